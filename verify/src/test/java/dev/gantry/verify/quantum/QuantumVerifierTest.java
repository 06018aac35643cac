package dev.gantry.verify.quantum;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.instances.TestData;
import dev.gantry.instances.quantum.QuantumReader;
import dev.gantry.instances.quantum.QuantumSolution;
import dev.gantry.instances.quantum.QuantumSolutionJson;
import dev.gantry.modeling.quantum.Hardware;
import dev.gantry.modeling.quantum.MemoryModel;
import dev.gantry.modeling.quantum.QuantumInstance;
import dev.gantry.modeling.quantum.QuantumSchedule;
import dev.gantry.modeling.quantum.ScheduleMode;
import dev.gantry.modeling.quantum.ScheduleStatus;
import dev.gantry.modeling.quantum.ScheduledInstance;
import dev.gantry.modeling.quantum.ScheduledOp;
import dev.gantry.verify.Violation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** §4.4 (3): the outcomes §3.4 states for the nine reference solutions, and each check catching its fault. */
class QuantumVerifierTest {
    private static final String DIR = "quantum/linkscheduling_derived/";
    private static final String LINE = DIR + "instance_line_F0.8_L10_s4.json";

    @ParameterizedTest
    @CsvSource({"instance_star_F0.7_L10_s1.json, true", "instance_H_F0.7_L20_s2.json, true", "instance_line_F0.8_L10_s4.json, false"})
    void referenceSolutionsPassSharedQubitAndStrictOnlyOffTheLine(String file, boolean strictPasses) throws IOException {
        Path path = TestData.require(DIR + file);
        QuantumInstance q = QuantumReader.read(path);
        Map<String, QuantumSolution> refs = QuantumSolutionJson.references(path, q);
        assertThat(refs).hasSize(3);
        for (QuantumSolution s : refs.values()) {
            QuantumReport shared = QuantumVerifier.verify(q, s.schedule(), QuantumCheckOptions.DEFAULT);
            assertThat(shared.report().violations()).isEmpty();
            assertThat(shared.report().objective().doubleValue()).isEqualTo(s.stated().orElseThrow().throughput());
            QuantumReport strict = QuantumVerifier.verify(q, s.schedule(), QuantumCheckOptions.STRICT);
            assertThat(strict.valid()).isEqualTo(strictPasses);
            if (!strictPasses) {
                assertThat(strict.failedChecks()).containsExactly("V8");
                // every line reference accepts d01, whose distillation shares slot 32 with its input swap S;0;2
                assertThat(strict.report().violations()).extracting(Violation::items)
                        .contains(List.of("d01#0.S;0;2", "d01#0.D;0;3;1"));
                assertThat(shared.warnings()).isNotEmpty();
            } else {
                assertThat(shared.warnings()).isEmpty();
            }
        }
    }

    @Test
    void eachCheckCatchesItsFault() throws IOException {
        Path path = TestData.require(LINE);
        QuantumInstance q = QuantumReader.read(path);
        QuantumSchedule ref = QuantumSolutionJson.references(path, q).get("RCPSP-NP-EDF").schedule();

        // V4: a missing instance; V1: an instance of a rejected demand
        List<ScheduledInstance> runs = new ArrayList<>(ref.instances());
        ScheduledInstance dropped = runs.stream().filter(r -> r.demand().equals("d02") && r.instance() == 3).findFirst().orElseThrow();
        runs.remove(dropped);
        runs.add(new ScheduledInstance("d05", 0, 400, 433));
        assertThat(checks(q, with(ref, runs))).containsExactlyInAnyOrder("V1", "V4");

        // V5 + V6 + V7: d00#0 moved onto d02#0's slot with a wrong length
        runs = new ArrayList<>(ref.instances());
        ScheduledInstance d00 = runs.stream().filter(r -> r.demand().equals("d00")).findFirst().orElseThrow();
        runs.set(runs.indexOf(d00), new ScheduledInstance("d00", 0, 509, 515));
        assertThat(checks(q, with(ref, runs))).contains("V5", "V7");

        ScheduledInstance d02 = ref.instances().stream().filter(r -> r.demand().equals("d02") && r.instance() == 0).findFirst().orElseThrow();
        ScheduledInstance d04 = ref.instances().stream().filter(r -> r.demand().equals("d04") && r.instance() == 0).findFirst().orElseThrow();
        runs = new ArrayList<>(ref.instances());
        // run d04#0 exactly where d02#0 runs: their protocols share a qubit
        runs.set(runs.indexOf(d04), new ScheduledInstance("d04", 0, d02.start(), d02.start() + (d04.end() - d04.start())));
        assertThat(q.protocol("d02").qubits()).containsAnyElementsOf(q.protocol("d04").qubits());
        assertThat(checks(q, with(ref, runs))).containsExactly("V6");

        // V7: an op_schedule disagreeing with the rigid offsets
        List<ScheduledOp> ops = List.of(new ScheduledOp("d00", 0, q.protocol("d00").ops().get(0).id(), d00.start() + 1));
        QuantumSchedule withOps = new QuantumSchedule(ref.accepted(), ref.hyperperiod(), ref.instances(), ops, ScheduleMode.RIGID, ScheduleStatus.HEURISTIC);
        assertThat(checks(q, withOps)).containsExactly("V7");

        // V9: d01 holds 1-S1 for 24 slots; h_max = 10 rejects it
        QuantumReport limited = QuantumVerifier.verify(q, ref, new QuantumCheckOptions(PrecedenceMode.SHARED_QUBIT, 10));
        assertThat(limited.failedChecks()).containsExactly("V9");
    }

    @Test
    void flexibleScheduleNeedsEveryOperationAndChecksEdgesStrictly() throws IOException {
        Path path = TestData.require(LINE);
        QuantumInstance q = QuantumReader.read(path);
        // d01 alone, every operation at its rigid offset: complete, but D;0;3;1 shares slot 32 with S;0;2
        List<ScheduledInstance> runs = List.of(new ScheduledInstance("d01", 0, 0, 33), new ScheduledInstance("d01", 1, 256, 289));
        List<ScheduledOp> ops = new ArrayList<>();
        for (ScheduledInstance r : runs) {
            q.protocol("d01").ops().forEach(o -> ops.add(new ScheduledOp("d01", r.instance(), o.id(), r.start() + o.offset())));
        }
        QuantumSchedule flexible = new QuantumSchedule(List.of("d01"), 512, runs, ops, ScheduleMode.FLEXIBLE, ScheduleStatus.FEASIBLE);
        QuantumReport report = QuantumVerifier.verify(q, flexible, QuantumCheckOptions.DEFAULT);
        assertThat(report.failedChecks()).containsExactly("V8");
        assertThat(report.report().violations()).hasSize(2);

        // the distillation one slot later (and the instance one slot longer) removes the gap
        List<ScheduledInstance> longer = List.of(new ScheduledInstance("d01", 0, 0, 34), new ScheduledInstance("d01", 1, 256, 290));
        List<ScheduledOp> shifted = ops.stream().map(o -> o.op().equals("D;0;3;1")
                ? new ScheduledOp(o.demand(), o.instance(), o.op(), o.start() + 1) : o).toList();
        QuantumReport fixed = QuantumVerifier.verify(q, new QuantumSchedule(List.of("d01"), 512, longer, shifted,
                ScheduleMode.FLEXIBLE, ScheduleStatus.FEASIBLE), QuantumCheckOptions.DEFAULT);
        assertThat(fixed.report().violations()).isEmpty();

        QuantumSchedule missing = new QuantumSchedule(List.of("d01"), 512, runs, ops.subList(1, ops.size()), ScheduleMode.FLEXIBLE, ScheduleStatus.FEASIBLE);
        assertThat(QuantumVerifier.verify(q, missing, QuantumCheckOptions.DEFAULT).failedChecks()).contains("V7");
    }

    @Test
    void aMemoryModelMakesMultiHopInstancesFailDecayAwareFidelity() throws IOException {
        Path path = TestData.require(DIR + "instance_star_F0.7_L10_s1.json");
        QuantumInstance plain = QuantumReader.read(path);
        QuantumInstance withMemory = new QuantumInstance(plain.name(), plain.slotSeconds(),
                new Hardware(1, 1, 0, new MemoryModel(1.0, 1.0, null)), plain.network(), plain.demands(), plain.protocols());
        QuantumSchedule ref = QuantumSolutionJson.references(path, plain).get("RCPSP-NP-EDF").schedule();
        QuantumReport report = QuantumVerifier.verify(withMemory, ref, QuantumCheckOptions.DEFAULT);
        // every star protocol is 2-hop (11 slots): 0.661 < 0.7 at the rigid waits, in each of the 20 instances
        assertThat(report.failedChecks()).containsExactly("V3");
        assertThat(report.report().violations()).hasSize(20);
    }

    private static QuantumSchedule with(QuantumSchedule s, List<ScheduledInstance> runs) {
        return new QuantumSchedule(s.accepted(), s.hyperperiod(), runs, s.ops(), s.mode(), s.status());
    }

    private static List<String> checks(QuantumInstance q, QuantumSchedule s) {
        return QuantumVerifier.verify(q, s, QuantumCheckOptions.DEFAULT).failedChecks();
    }
}
