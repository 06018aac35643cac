package dev.gantry.instances.jobshop;

import dev.gantry.instances.TestData;
import dev.gantry.modeling.jobshop.JobShop;
import dev.gantry.modeling.jobshop.Operation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JobShopWriterTest {

    @Test
    void writesHeaderAndOneLinePerJob() {
        JobShop shop = new JobShop("tiny", 2, List.of(
                List.of(new Operation(0, 5), new Operation(1, 0)),
                List.of(new Operation(1, 12), new Operation(0, 3))));

        assertThat(JobShopWriter.write(shop)).isEqualTo("2 2\n0 5 1 0\n1 12 0 3\n");
    }

    @Test
    void roundTripsThroughAFile(@TempDir Path dir) throws IOException {
        for (String name : BundledInstances.names()) {
            JobShop original = BundledInstances.jobShop(name).orElseThrow();
            Path file = dir.resolve(name + ".txt");

            JobShopWriter.write(original, file);

            assertThat(JobShopReader.read(file)).isEqualTo(original);
        }
    }

    @Test
    void keepsEveryTokenOfAStagedFile() throws IOException {
        Path ta01 = TestData.require("jobshop/instances/Taillard1993/ta01js.txt");

        String written = JobShopWriter.write(JobShopReader.read(ta01));

        assertThat(written.split("\\s+")).containsExactly(Files.readString(ta01).strip().split("\\s+"));
    }

    @Test
    void refusesJobsTheFormatCannotHold() {
        JobShop ragged = new JobShop("ragged", 2, List.of(List.of(new Operation(0, 5))));

        assertThatThrownBy(() -> JobShopWriter.write(ragged))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("job 0 of ragged has 1 operations; the standard format needs exactly 2");
    }
}
