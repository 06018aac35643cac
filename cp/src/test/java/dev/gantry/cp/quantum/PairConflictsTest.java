package dev.gantry.cp.quantum;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.instances.TestData;
import dev.gantry.instances.quantum.QuantumReader;
import dev.gantry.modeling.api.SolveOptions;
import dev.gantry.modeling.quantum.QuantumInstance;
import dev.gantry.modeling.quantum.ScheduleMode;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PairConflictsTest {
    @Test
    void onTheStarD01ConflictsWithEveryOtherDemandAndNoOtherPairConflicts() throws IOException {
        QuantumInstance q = QuantumReader.read(TestData.require("quantum/linkscheduling_derived/instance_star_F0.7_L10_s1.json"));
        List<PairConflicts.Pair> conflicts = PairConflicts.find(q, ScheduleMode.RIGID, QuantumCpOptions.DEFAULT, Duration.ofSeconds(60),
                Duration.ofSeconds(5), SolveOptions.builder().workers(2).seed(1).build());
        // d01 (period 16) keeps the centre's comm qubit busy 10 of every 16 slots; every protocol needs 10 in a row there
        assertThat(conflicts).containsExactlyInAnyOrder(new PairConflicts.Pair("d00", "d01"), new PairConflicts.Pair("d01", "d02"),
                new PairConflicts.Pair("d01", "d03"), new PairConflicts.Pair("d01", "d04"), new PairConflicts.Pair("d01", "d05"),
                new PairConflicts.Pair("d01", "d06"), new PairConflicts.Pair("d01", "d07"));
    }
}
