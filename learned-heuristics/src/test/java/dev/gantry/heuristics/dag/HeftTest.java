package dev.gantry.heuristics.dag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.instances.dag.CanonicalDag;
import dev.gantry.instances.dag.DagGenerator;
import dev.gantry.modeling.dag.Dag;
import dev.gantry.modeling.dag.DagEdge;
import dev.gantry.modeling.dag.DagSchedule;
import dev.gantry.modeling.dag.ScheduledTask;
import dev.gantry.verify.VerificationReport;
import dev.gantry.verify.dag.DagVerifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The canonical test vector of spec scheduling §5 (Topcuoglu et al. 2002, Fig. 2). */
class HeftTest {
    private static final Dag DAG = CanonicalDag.topcuoglu2002();

    @Test
    void upwardRanksAreTheExactFractionsOfThePaper() {
        assertThat(Heft.upwardRanks(DAG)).containsExactly(
                Fraction.of(108), Fraction.of(77), Fraction.of(80), Fraction.of(80), Fraction.of(69),
                Fraction.of(190, 3), Fraction.of(128, 3), Fraction.of(107, 3), Fraction.of(133, 3), Fraction.of(44, 3));
        assertThat(Fraction.of(190, 3).toString()).isEqualTo("190/3");
        assertThat(Fraction.of(380, 6)).isEqualTo(Fraction.of(190, 3));
    }

    @Test
    void ordersByRankWithTiesToTheLowerIndex() {
        // n1, n3, n4, n2, n5, n6, n9, n7, n8, n10 (n3 and n4 tie at 80)
        assertThat(Heft.order(DAG)).containsExactly(0, 2, 3, 1, 4, 5, 8, 6, 7, 9);
    }

    @Test
    void reproducesThePapersScheduleAndMakespan80() {
        DagSchedule s = Heft.schedule(DAG);
        assertThat(s.onProcessor(0)).containsExactly(task(2, 0, 27, 40), task(8, 0, 57, 62));
        assertThat(s.onProcessor(1)).containsExactly(task(4, 1, 18, 26), task(6, 1, 26, 42), task(9, 1, 56, 68), task(10, 1, 73, 80));
        assertThat(s.onProcessor(2)).containsExactly(task(1, 2, 0, 9), task(3, 2, 9, 28), task(5, 2, 28, 38), task(7, 2, 38, 49));
        assertThat(s.makespan()).isEqualTo(80);
        VerificationReport report = DagVerifier.verify(s);
        assertThat(report.violations()).isEmpty();
        assertThat(report.objective()).isEqualTo(80L);
    }

    @Test
    void paysCommunicationOnlyAcrossProcessorsAndTiesGoToTheLowerProcessor() {
        // n1 ties at EFT 2 on both processors and takes P0; n2 stays on P0 (EFT 12 beats 2 + 50 + 10 on P1);
        // n3 would wait till 12 on P0, so it runs on P1 at 0
        Dag dag = new Dag("comm", 2, new long[][] {{2, 2}, {10, 10}, {1, 1}}, List.of(DagEdge.of(0, 1, 50)));
        assertThat(Heft.schedule(dag).tasks()).containsExactly(new ScheduledTask(0, 0, 0, 2), new ScheduledTask(1, 0, 2, 12),
                new ScheduledTask(2, 1, 0, 1));
    }

    @Test
    void insertsIntoAnIdleGapLeftByWaitingForData() {
        // order n1 (rank 50.5 + 5 + 17), n2 (17), n3 (11.5). n1 → P0 [0,1); n2 waits for n1's data on P1, [6,10),
        // leaving P1 idle in [0,6); n3 fits that gap: P1 [0,3) (EFT 3) beats P0 [1,21)
        Dag dag = new Dag("hole", 2, new long[][] {{1, 100}, {30, 4}, {20, 3}}, List.of(DagEdge.of(0, 1, 5)));
        DagSchedule s = Heft.schedule(dag);
        assertThat(s.tasks()).containsExactly(new ScheduledTask(0, 0, 0, 1), new ScheduledTask(1, 1, 6, 10),
                new ScheduledTask(2, 1, 0, 3));
        assertThat(DagVerifier.verify(s).violations()).isEmpty();
    }

    @Test
    void schedulesGeneratedDagsValidly() {
        for (long seed = 1; seed <= 30; seed++) {
            DagSchedule s = Heft.schedule(DagGenerator.generate(DagGenerator.Parameters.of(40, 4), seed));
            assertThat(DagVerifier.verify(s).violations()).as("seed %d", seed).isEmpty();
        }
    }

    private static ScheduledTask task(int n, int processor, long start, long end) {
        return new ScheduledTask(n - 1, processor, start, end);
    }
}
