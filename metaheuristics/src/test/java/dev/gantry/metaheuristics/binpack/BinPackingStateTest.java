package dev.gantry.metaheuristics.binpack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.metaheuristics.sa.AnnealingConfig;
import dev.gantry.metaheuristics.sa.AnnealingResult;
import dev.gantry.metaheuristics.sa.Annealer;
import dev.gantry.metaheuristics.sa.Start;
import dev.gantry.metaheuristics.sa.Termination;
import dev.gantry.modeling.binpack.BinPacking;
import dev.gantry.modeling.binpack.Packing;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BinPackingStateTest {
    static BinPacking random(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            s[i] = 20 + r.nextInt(81);
        }
        return new BinPacking("random" + n, 150, s);
    }

    static void assertFeasible(BinPacking instance, Packing packing) {
        double[] load = new double[instance.size()];
        for (int i = 0; i < instance.size(); i++) {
            load[packing.bin(i)] += instance.itemSize(i);
        }
        for (int b = 0; b < packing.binCount(); b++) {
            assertThat(load[b]).isPositive().isLessThanOrEqualTo(instance.capacity());
        }
    }

    @ParameterizedTest
    @EnumSource(BinPackingMoves.class)
    void deltasMatchTheRecomputedObjectiveFromANaiveStart(BinPackingMoves moves) {
        BinPacking instance = random(60, 7);
        AnnealingResult<Packing> result = Annealer.run(new BinPackingAnnealing(instance, moves),
                AnnealingConfig.builder(Termination.proposals(30_000)).start(Start.NAIVE).debugChecks(true).build());
        assertFeasible(instance, result.best());
        assertThat(result.best().binCount()).isLessThan(60);
        assertThat(Math.ceil(result.bestObjective())).isEqualTo(result.best().binCount());
    }

    @Test
    void firstFitDecreasingFillsBinsInOrder() {
        BinPacking instance = new BinPacking("ffd", 10, new double[] {3, 7, 5, 5, 2, 8});
        // sorted 8, 7, 5, 5, 3, 2: bin0 = 8+2, bin1 = 7+3, bin2 = 5+5
        assertThat(BinPackingAnnealing.firstFitDecreasing(instance)).isEqualTo(new Packing(new int[] {1, 1, 2, 2, 0, 0}));
    }

    @Test
    void stopsAtTheL1Bound() {
        BinPacking instance = random(120, 11);
        BinPackingAnnealing problem = new BinPackingAnnealing(instance, BinPackingMoves.RELOCATE_AND_SWAP);
        AnnealingResult<Packing> result = Annealer.run(problem, AnnealingConfig.builder(
                Termination.proposals(2_000_000).withTarget(problem.targetObjective())).build());
        assertFeasible(instance, result.best());
        assertThat(result.best().binCount()).isEqualTo(instance.lowerBoundL1());
    }
}
