package dev.gantry.metaheuristics.binpack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.metaheuristics.sa.AnnealingConfig;
import dev.gantry.metaheuristics.sa.AnnealingResult;
import dev.gantry.metaheuristics.sa.Annealer;
import dev.gantry.metaheuristics.sa.Termination;
import dev.gantry.modeling.api.CancellationToken;
import dev.gantry.modeling.binpack.BinPacking;
import dev.gantry.modeling.binpack.Packing;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BinCountDescentTest {
    // FFD packs 5+4, 4+3+2, 2 into three bins; {5,3,2} and {4,4,2} fill two, the L1 bound
    private static final BinPacking TRICKY = new BinPacking("tricky", 10, new double[] {5, 4, 4, 3, 2, 2});

    @Test
    void firstFitDecreasingMissesTheBoundThatTheDescentReaches() {
        Packing ffd = BinPackingAnnealing.firstFitDecreasing(TRICKY);
        assertThat(ffd.binCount()).isEqualTo(3);
        Packing best = BinCountDescent.descend(TRICKY, ffd, Duration.ofSeconds(10), 1, new CancellationToken());
        assertThat(best.binCount()).isEqualTo(2);
        BinPackingStateTest.assertFeasible(TRICKY, best);
    }

    @Test
    void emptyingTheLightestBinPutsItsItemsWhereTheLoadIsLeast() {
        // bins: {5,4}=9, {4,3,2}=9, {2}=2 → the lightest (bin 2) goes; its item joins the first least-loaded bin
        int[] start = BinCountDescent.withoutLightestBin(TRICKY, BinPackingAnnealing.firstFitDecreasing(TRICKY).renumbered());
        assertThat(start).hasSize(6);
        assertThat(java.util.Arrays.stream(start).max().getAsInt()).isEqualTo(1);
    }

    @Test
    void overflowDeltasMatchTheRecomputedOverflow() {
        BinPacking instance = BinPackingStateTest.random(80, 13);
        int bins = instance.lowerBoundL1();
        int[] start = new int[instance.size()];
        for (int i = 0; i < start.length; i++) {
            start[i] = i % bins;
        }
        AnnealingResult<Packing> r = Annealer.run((kind, random) -> new OverflowState(instance, bins, start),
                AnnealingConfig.builder(Termination.proposals(50_000)).debugChecks(true).build());
        assertThat(r.chains().get(0).drift()).isLessThan(1e-9);
        assertThat(r.bestObjective()).isLessThanOrEqualTo(r.chains().get(0).startObjective());
    }

    @Test
    void aDescentThatCannotImproveReturnsTheFeasiblePackingItStartedFrom() {
        BinPacking atBound = new BinPacking("full", 10, new double[] {6, 4, 7, 3});
        Packing ffd = BinPackingAnnealing.firstFitDecreasing(atBound);
        assertThat(BinCountDescent.descend(atBound, ffd, Duration.ofMillis(200), 1, new CancellationToken()).binCount()).isEqualTo(2);
    }
}
