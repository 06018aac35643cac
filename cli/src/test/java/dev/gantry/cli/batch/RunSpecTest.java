package dev.gantry.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a distributed batch ships: specs to the executors, records back, by Java serialization. */
class RunSpecTest {
    private static Object roundTrip(Object value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }

    @Test
    void specsAndRecordsSurviveJavaSerialization() throws Exception {
        RunSpec limited = new RunSpec("ft06", "jobshop", "cpsat", Optional.of(Duration.ofMillis(1500)), 2, 7);
        RunSpec unlimited = new RunSpec("la01", "jobshop", "sa", Optional.empty(), 1, 1);
        assertThat(roundTrip(limited)).isEqualTo(limited);
        assertThat(roundTrip(unlimited)).isEqualTo(unlimited);
        RunRecord record = new RunRecord("ft06", "jobshop", "cpsat", limited.options(), "OPTIMAL", 55L, 55L, 0.0, 120, true, 0, List.of(), 0, null);
        RunRecord back = (RunRecord) roundTrip(record);
        assertThat(back).isEqualTo(record);
        assertThat(back.key()).isEqualTo(limited.key());
        assertThat(roundTrip(RunRecord.failed(unlimited, 134, 10, "crashed"))).isEqualTo(RunRecord.failed(unlimited, 134, 10, "crashed"));
    }
}
