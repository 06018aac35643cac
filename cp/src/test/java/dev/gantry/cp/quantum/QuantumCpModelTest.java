package dev.gantry.cp.quantum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.gantry.heuristics.quantum.QuantumHeuristic;
import dev.gantry.instances.TestData;
import dev.gantry.instances.quantum.QuantumReader;
import dev.gantry.instances.quantum.QuantumSolutionJson;
import dev.gantry.modeling.api.SolveOptions;
import dev.gantry.modeling.quantum.QuantumInstance;
import dev.gantry.modeling.quantum.QuantumMetrics;
import dev.gantry.modeling.quantum.QuantumSchedule;
import dev.gantry.modeling.quantum.ScheduleMode;
import dev.gantry.modeling.quantum.ScheduleStatus;
import dev.gantry.modeling.quantum.ScheduledOp;
import dev.gantry.verify.Violation;
import dev.gantry.verify.quantum.QuantumCheckOptions;
import dev.gantry.verify.quantum.QuantumReport;
import dev.gantry.verify.quantum.QuantumVerifier;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** §4.4 (2) on the star and §4.4 (4) on the line: the exact rigid and flexible models, every schedule verified. */
class QuantumCpModelTest {
    private static final String DIR = "quantum/linkscheduling_derived/";

    private static QuantumInstance read(String file) throws IOException {
        return QuantumReader.read(TestData.require(DIR + file));
    }

    private static QuantumSchedule solve(QuantumInstance q, ScheduleMode mode, QuantumCpOptions options, boolean hinted) {
        SolveOptions limits = SolveOptions.builder().workers(2).seed(1).timeLimit(Duration.ofSeconds(60)).build();
        Optional<QuantumSchedule> start = hinted ? Optional.of(QuantumHeuristic.RCPSP_NP_EDF.admit(q)) : Optional.empty();
        return QuantumCp.solve(q, mode, options, limits, start).schedule().orElseThrow();
    }

    /** The instance restricted to the given demands (same network and hardware). */
    private static QuantumInstance only(QuantumInstance q, List<String> ids) {
        return new QuantumInstance(q.name() + "-" + String.join("-", ids), q.slotSeconds(), q.hardware(), q.network(),
                q.demands().stream().filter(d -> ids.contains(d.id())).toList(),
                q.protocols().stream().filter(p -> ids.contains(p.demand())).toList());
    }

    private static QuantumReport verify(QuantumInstance q, QuantumSchedule s, QuantumCheckOptions options) {
        return QuantumVerifier.verify(q, s, options);
    }

    @Test
    void rigidStarReachesTheReferenceOptimumAboveTheHeuristic() throws IOException {
        QuantumInstance q = read("instance_star_F0.7_L10_s1.json");
        QuantumSchedule s = solve(q, ScheduleMode.RIGID, QuantumCpOptions.DEFAULT, true);

        assertThat(s.status()).isEqualTo(ScheduleStatus.OPTIMAL);
        assertThat(s.mode()).isEqualTo(ScheduleMode.RIGID);
        assertThat(s.accepted()).containsExactly("d01");
        QuantumMetrics m = s.metrics(q);
        assertThat(m.throughput()).isEqualTo(6.25);
        assertThat(m.maxResponseTime()).isCloseTo(0.11, within(1e-9));
        assertThat(m.maxJitter()).isEqualTo(0.0);
        assertThat(m.throughput()).isGreaterThanOrEqualTo(QuantumHeuristic.RCPSP_NP_EDF.admit(q).metrics(q).throughput());
        QuantumReport report = verify(q, s, QuantumCheckOptions.STRICT);
        assertThat(report.report().violations()).isEmpty();
        assertThat(report.report().objective().doubleValue()).isEqualTo(6.25);
    }

    @Test
    void countAndAdmissionOrderAcceptWhatTheGreedyLoopAccepts() throws IOException {
        QuantumInstance q = read("instance_star_F0.7_L10_s1.json");
        QuantumSchedule greedy = QuantumHeuristic.RCPSP_NP_EDF.admit(q);
        QuantumCpOptions zeroJitter = QuantumCpOptions.DEFAULT.withJitter(JitterObjective.ZERO);

        // every star protocol needs the centre's comm qubit: 7 is the most demands that fit (the heuristics' 7 of 8)
        QuantumSchedule count = solve(q, ScheduleMode.RIGID, zeroJitter.withAcceptance(AcceptanceObjective.COUNT), true);
        assertThat(count.accepted()).hasSize(7);
        assertThat(count.status()).isEqualTo(ScheduleStatus.OPTIMAL);
        assertThat(verify(q, count, QuantumCheckOptions.STRICT).report().violations()).isEmpty();
        assertThat(count.metrics(q).maxJitter()).isEqualTo(0.0);

        // the greedy loop's accepted set is the lexicographic optimum in file order
        QuantumSchedule ordered = solve(q, ScheduleMode.RIGID, zeroJitter.withAcceptance(AcceptanceObjective.ADMISSION_ORDER)
                .withResponse(ResponseObjective.SUM), false);
        assertThat(ordered.accepted()).containsExactlyElementsOf(greedy.accepted());
        assertThat(verify(q, ordered, QuantumCheckOptions.STRICT).report().violations()).isEmpty();
        assertThat(ordered.metrics(q).throughput()).isEqualTo(greedy.metrics(q).throughput());
    }

    @Test
    void flexibleLineRulesOutTheDistillationInTheSlotOfItsSwap() throws IOException {
        Path path = TestData.require(DIR + "instance_line_F0.8_L10_s4.json");
        QuantumInstance line = QuantumReader.read(path);
        // the reference rigid schedules run d01's D;0;3;1 in the slot of its input swap S;0;2: strict V8 fails
        QuantumSchedule reference = QuantumSolutionJson.references(path, line).get("RCPSP-NP-EDF").schedule();
        assertThat(verify(line, reference, QuantumCheckOptions.STRICT).failedChecks()).containsExactly("V8");

        QuantumInstance q = only(line, List.of("d00", "d01", "d02"));
        QuantumSchedule rigid = solve(q, ScheduleMode.RIGID, QuantumCpOptions.DEFAULT, true);
        assertThat(rigid.accepted()).contains("d01");
        assertThat(verify(q, rigid, QuantumCheckOptions.DEFAULT).report().violations()).isEmpty();
        assertThat(verify(q, rigid, QuantumCheckOptions.STRICT).report().violations()).extracting(Violation::items)
                .contains(List.of("d01#0.S;0;2", "d01#0.D;0;3;1"));

        QuantumSchedule flexible = solve(q, ScheduleMode.FLEXIBLE, QuantumCpOptions.DEFAULT, true);
        assertThat(flexible.mode()).isEqualTo(ScheduleMode.FLEXIBLE);
        assertThat(flexible.status()).isEqualTo(ScheduleStatus.OPTIMAL);
        assertThat(flexible.accepted()).containsExactly("d00", "d01", "d02");
        QuantumReport strict = verify(q, flexible, QuantumCheckOptions.STRICT);
        assertThat(strict.report().violations()).isEmpty();
        assertThat(strict.warnings()).isEmpty();
        int instances = flexible.hyperperiod() / q.demand("d01").period();
        assertThat(instances).isPositive();
        for (int k = 0; k < instances; k++) {
            int swap = start(flexible, "d01", k, "S;0;2");
            int distill = start(flexible, "d01", k, "D;0;3;1");
            assertThat(distill).as("d01#%d distils after its swap ends", k).isGreaterThanOrEqualTo(swap + 1);
        }
        assertThat(flexible.metrics(q).throughput()).isEqualTo(rigid.metrics(q).throughput());
    }

    @Test
    void aStorageLimitOfZeroMakesMultiHopProtocolsInfeasible() throws IOException {
        QuantumInstance q = only(read("instance_line_F0.8_L10_s4.json"), List.of("d00", "d01"));
        // d01 swaps pairs that cannot both be ready in the slot of the swap at a node with one comm qubit (§3.2)
        QuantumSchedule s = solve(q, ScheduleMode.FLEXIBLE, QuantumCpOptions.DEFAULT.withHMax(0), false);
        assertThat(s.accepted()).containsExactly("d00");
        assertThat(verify(q, s, new QuantumCheckOptions(dev.gantry.verify.quantum.PrecedenceMode.STRICT, 0)).report().violations())
                .isEmpty();
    }

    @Test
    void theHeuristicScheduleIsAWholeSolutionOfTheModelExceptWhereItBreaksAnEdge() throws IOException {
        QuantumInstance h = read("instance_H_F0.7_L20_s2.json");
        QuantumSchedule greedy = QuantumHeuristic.RCPSP_NP_EDF.admit(h);
        for (ScheduleMode mode : ScheduleMode.values()) {
            QuantumCpModel model = QuantumCpModel.of(h, mode, QuantumCpOptions.DEFAULT);
            QuantumSchedule decoded = model.decode(model.asSolution(model.hint(greedy)).orElseThrow(), ScheduleStatus.FEASIBLE);
            assertThat(decoded.hyperperiod()).isEqualTo(greedy.hyperperiod()).isEqualTo(512);
            assertThat(decoded.accepted()).containsExactlyElementsOf(greedy.accepted());
            assertThat(decoded.instances()).containsExactlyInAnyOrderElementsOf(greedy.instances());
            assertThat(verify(h, decoded, QuantumCheckOptions.STRICT).report().violations()).isEmpty();
        }
        // the line's rigid offsets run a distillation in the slot of its input swap: not a flexible solution
        QuantumInstance line = read("instance_line_F0.8_L10_s4.json");
        QuantumCpModel flexible = QuantumCpModel.of(line, ScheduleMode.FLEXIBLE, QuantumCpOptions.DEFAULT);
        assertThat(flexible.asSolution(flexible.hint(QuantumHeuristic.RCPSP_NP_EDF.admit(line)))).isEmpty();
    }

    private static int start(QuantumSchedule s, String demand, int k, String op) {
        return s.ops().stream().filter(o -> o.demand().equals(demand) && o.instance() == k && o.op().equals(op))
                .mapToInt(ScheduledOp::start).findFirst().orElseThrow();
    }
}
