package dev.gantry.metaheuristics.smtt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.metaheuristics.kernel.BatchKernels;
import dev.gantry.metaheuristics.sa.AnnealingConfig;
import dev.gantry.metaheuristics.sa.AnnealingResult;
import dev.gantry.metaheuristics.sa.Annealer;
import dev.gantry.metaheuristics.sa.Start;
import dev.gantry.metaheuristics.sa.Termination;
import dev.gantry.modeling.smtt.JobSequence;
import dev.gantry.modeling.smtt.SingleMachineTardiness;
import dev.gantry.verify.smtt.SequenceVerifier;
import org.junit.jupiter.api.Test;

class TardinessStateTest {
    @Test
    void swapAndInsertDeltasMatchTheRecomputedCost() {
        SingleMachineTardiness instance = TardinessLocalSearchTest.random(40, true, 3);
        AnnealingResult<JobSequence> r = Annealer.run(new TardinessAnnealing(instance),
                AnnealingConfig.builder(Termination.proposals(50_000)).start(Start.NAIVE).debugChecks(true).build());
        assertThat((double) SequenceVerifier.tardinessOf(instance, r.best())).isEqualTo(r.bestObjective());
        assertThat(r.chains().get(0).drift()).isZero();
    }

    @Test
    void insertionMovesAJobAndShiftsTheOthers() {
        // p = 3, 2, 4; d = 3, 9, 4; w = 1: order 0,1,2 finishes at 3, 5, 9 → tardiness 0 + 0 + 5 = 5
        SingleMachineTardiness instance = new SingleMachineTardiness("three", new int[] {3, 2, 4}, new int[] {1, 1, 1},
                new int[] {3, 9, 4});
        TardinessState state = new TardinessAnnealing(instance).start(new JobSequence(new int[] {0, 1, 2}), null);
        assertThat(state.objective()).isEqualTo(5.0);
        // job 1 to the end: 0, 2, 1 finishes at 3, 7, 9 → 0 + 3 + 0 = 3
        assertThat(state.insert(1, 2)).isEqualTo(-2.0);
        state.commit();
        assertThat(state.snapshot()).isEqualTo(new JobSequence(new int[] {0, 2, 1}));
        // swap the first and last: 1, 2, 0 finishes at 2, 6, 9 → 0 + 2 + 6 = 8
        assertThat(state.swap(0, 2)).isEqualTo(5.0);
    }

    @Test
    void earliestDueDateSortsByDueDateThenIndex() {
        SingleMachineTardiness instance = SingleMachineTardiness.unweighted("edd", new int[] {1, 1, 1, 1}, new int[] {5, 2, 5, 1});
        assertThat(TardinessAnnealing.earliestDueDate(instance)).isEqualTo(new JobSequence(new int[] {3, 1, 0, 2}));
    }

    @Test
    void theSimdKernelAndItsScalarTwinGiveTheSameRunBitForBit() {
        SingleMachineTardiness instance = TardinessLocalSearchTest.random(300, true, 9);
        AnnealingConfig config = AnnealingConfig.builder(Termination.proposals(100_000)).seed(4).build();
        AnnealingResult<JobSequence> simd = Annealer.run(new TardinessAnnealing(instance,
                BatchKernels.best()::shiftedTardinessDelta), config);
        AnnealingResult<JobSequence> scalar = Annealer.run(new TardinessAnnealing(instance,
                BatchKernels.scalar()::shiftedTardinessDelta), config);
        assertThat(simd.best()).isEqualTo(scalar.best());
        assertThat(simd.chains().get(0).accepted()).isEqualTo(scalar.chains().get(0).accepted());
        assertThat((double) SequenceVerifier.tardinessOf(instance, simd.best())).isEqualTo(simd.bestObjective());
    }
}
