package dev.gantry.metaheuristics.rcpsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.instances.TestData;
import dev.gantry.instances.rcpsp.SmReader;
import dev.gantry.metaheuristics.sa.AnnealingConfig;
import dev.gantry.metaheuristics.sa.AnnealingResult;
import dev.gantry.metaheuristics.sa.Annealer;
import dev.gantry.metaheuristics.sa.Start;
import dev.gantry.metaheuristics.sa.Termination;
import dev.gantry.modeling.rcpsp.Rcpsp;
import dev.gantry.modeling.rcpsp.RcpspSchedule;
import dev.gantry.verify.rcpsp.RcpspVerifier;
import java.io.IOException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RcpspStateTest {

    @Test
    void shiftMovesKeepEveryListPrecedenceFeasibleAndDeltasExact() throws IOException {
        Rcpsp p = SmReader.read(TestData.require("rcpsp/j30/j301_1.sm"));
        RcpspState state = new RcpspAnnealing(p).start(Start.NAIVE, new SplittableRandom(1));
        SplittableRandom random = new SplittableRandom(2);
        for (int step = 0; step < 2_000; step++) {
            double before = state.objective();
            double delta = state.propose(0, random);
            if (!Double.isNaN(delta)) {
                state.commit();
                // the decoder rejects an infeasible list, so evaluate() doubles as the feasibility check
                assertThat(state.evaluate()).isEqualTo(before + delta).isEqualTo(state.objective());
            }
        }
        RcpspSchedule s = new RcpspAnnealing(p).decode(state.snapshot());
        assertThat(RcpspVerifier.verify(s).valid()).isTrue();
        assertThat((double) s.makespan()).isEqualTo(state.objective());
    }

    @Test
    void annealingReachesJ301_1sOptimumAndTheScheduleVerifies() throws IOException {
        Rcpsp p = SmReader.read(TestData.require("rcpsp/j30/j301_1.sm"));
        RcpspAnnealing problem = new RcpspAnnealing(p);
        AnnealingResult<ActivityList> r = Annealer.run(problem,
                AnnealingConfig.builder(Termination.proposals(100_000).withTarget(43)).seed(1).debugChecks(true).build());
        RcpspSchedule plan = problem.decode(r.best());
        assertThat(plan.makespan()).isEqualTo(43);
        assertThat(RcpspVerifier.verify(plan).valid()).isTrue();
        assertThat(r.chains().get(0).drift()).isZero();
    }

    @Test
    void aListAgainstThePrecedencesIsRejected() throws IOException {
        Rcpsp p = SmReader.read(TestData.require("rcpsp/j30/j301_1.sm"));
        int[] backwards = new int[p.jobCount()];
        for (int i = 0; i < backwards.length; i++) {
            backwards[i] = backwards.length - 1 - i;
        }
        assertThatThrownBy(() -> new RcpspAnnealing(p).start(new ActivityList(backwards), new SplittableRandom(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the activity list puts job 32 before its predecessor 29");
    }
}
