package dev.gantry.heuristics.rcpsp;

import dev.gantry.instances.TestData;
import dev.gantry.instances.rcpsp.PsplibOptima;
import dev.gantry.instances.rcpsp.SmReader;
import dev.gantry.modeling.rcpsp.Job;
import dev.gantry.modeling.rcpsp.Rcpsp;
import dev.gantry.modeling.rcpsp.RcpspSchedule;
import dev.gantry.verify.rcpsp.RcpspVerifier;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PrioritySgsTest {

    private static RcpspSchedule verified(RcpspSchedule s, long optimum) {
        var report = RcpspVerifier.verify(s.instance(), dev.gantry.instances.schedule.ScheduleDocument.ofRcpsp(s, null, null),
                OptionalLong.of(optimum));
        assertThat(report.violations()).as(s.instance().name()).isEmpty();
        return s;
    }

    @Test
    void lftReferenceValues() throws IOException {
        Rcpsp j301 = SmReader.read(TestData.require("rcpsp/j30/j301_1.sm"));
        Rcpsp j1201 = SmReader.read(TestData.require("rcpsp/j120/j1201_1.sm"));

        assertThat(verified(PrioritySgs.schedule(j301, GenerationScheme.SERIAL, PriorityRule.LFT, 0), 43).makespan()).isEqualTo(49);
        assertThat(verified(PrioritySgs.schedule(j301, GenerationScheme.PARALLEL, PriorityRule.LFT, 0), 43).makespan()).isEqualTo(43);
        assertThat(verified(PrioritySgs.schedule(j1201, GenerationScheme.SERIAL, PriorityRule.LFT, 0), 104).makespan()).isEqualTo(123);
        assertThat(verified(PrioritySgs.schedule(j1201, GenerationScheme.PARALLEL, PriorityRule.LFT, 0), 104).makespan()).isEqualTo(126);
    }

    @Test
    void lftOverAllJ30MatchesTheReferenceMeansAndCounts() throws IOException {
        PsplibOptima optima = PsplibOptima.read(TestData.require("rcpsp/j30/optimum/optimum.csv"));
        Path dir = TestData.require("rcpsp/j30");
        double[] deviation = new double[2];
        int[] optimal = new int[2];
        for (PsplibOptima.Entry e : optima.all().values()) {
            Rcpsp p = SmReader.read(dir.resolve(e.instance() + ".sm"));
            for (GenerationScheme scheme : GenerationScheme.values()) {
                long makespan = verified(PrioritySgs.schedule(p, scheme, PriorityRule.LFT, 0), e.upperBound()).makespan();
                deviation[scheme.ordinal()] += 100.0 * (makespan - e.upperBound()) / e.upperBound();
                optimal[scheme.ordinal()] += makespan == e.upperBound() ? 1 : 0;
            }
        }
        assertThat(deviation[0] / 480).isCloseTo(5.58, within(0.005));
        assertThat(deviation[1] / 480).isCloseTo(4.39, within(0.005));
        assertThat(optimal).containsExactly(240, 206);
    }

    @Test
    void tiesGoToTheLowestJobNumberAndZeroDurationJobsRepeatTheStep() {
        // source → {2, 3, 4}; 2 and 3 are a tie under every rule; 4 is a zero-length milestone before 5
        Rcpsp p = new Rcpsp("ties", List.of(
                new Job(0, List.of(0L), List.of(1, 2, 3)),
                new Job(2, List.of(1L), List.of(5)),
                new Job(2, List.of(1L), List.of(5)),
                new Job(0, List.of(0L), List.of(4)),
                new Job(1, List.of(1L), List.of(5)),
                new Job(0, List.of(0L), List.of())), List.of(1L));

        RcpspSchedule parallel = verified(PrioritySgs.schedule(p, GenerationScheme.PARALLEL, PriorityRule.GRPW, 0), 0);
        // GRPW: 2 and 3 weigh 2, milestone 4 weighs 1 (its successor), 5 weighs 1: job 2 first, then at t = 0 job 4
        // (zero length) opens job 5, which no longer fits; job 3 follows at 2, job 5 at 4
        assertThat(parallel.starts()).containsExactly(0L, 0L, 2L, 0L, 4L, 5L);
        RcpspSchedule serial = verified(PrioritySgs.schedule(p, GenerationScheme.SERIAL, PriorityRule.GRPW, 0), 0);
        assertThat(serial.starts()).containsExactly(0L, 0L, 2L, 0L, 4L, 5L);
        assertThat(dev.gantry.modeling.rcpsp.SerialSgs.activityList(p, PriorityRule.GRPW.keys(p, 0))).containsExactly(0, 1, 2, 3, 4, 5);
    }

    @Test
    void everyRuleAndSchemeGivesAVerifiedScheduleAndBestIsTheMinimum() throws IOException {
        Rcpsp p = SmReader.read(TestData.require("rcpsp/j30/j301_2.sm"));
        long best = Long.MAX_VALUE;
        for (RcpspHeuristic h : RcpspHeuristic.all()) {
            RcpspSchedule s = verified(h.schedule(p, 7), 47);
            if (h.rule() != PriorityRule.RANDOM) {
                best = Math.min(best, s.makespan());
            }
        }
        assertThat(PrioritySgs.best(p).makespan()).isEqualTo(best);
        assertThat(RcpspHeuristic.byId("parallel-grpw")).contains(new RcpspHeuristic(GenerationScheme.PARALLEL, PriorityRule.GRPW));
        assertThat(RcpspHeuristic.all()).hasSize(10);
    }

    @Test
    void mtsCountsAllTransitiveSuccessors() {
        Rcpsp chain = new Rcpsp("chain", List.of(
                new Job(0, List.of(), List.of(1, 2)),
                new Job(1, List.of(), List.of(3)),
                new Job(1, List.of(), List.of(3)),
                new Job(0, List.of(), List.of())), List.of());
        assertThat(PriorityRule.MTS.keys(chain, 0)).containsExactly(-3, -1, -1, 0);
        assertThat(PriorityRule.LFT.keys(chain, 0)).containsExactly(0, 1, 1, 1);
        assertThat(PriorityRule.LST.keys(chain, 0)).containsExactly(0, 0, 0, 1);
    }
}
