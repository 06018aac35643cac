package dev.gantry.metaheuristics.knapsack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.metaheuristics.sa.AnnealingConfig;
import dev.gantry.metaheuristics.sa.AnnealingResult;
import dev.gantry.metaheuristics.sa.Annealer;
import dev.gantry.metaheuristics.sa.Start;
import dev.gantry.metaheuristics.sa.Temperatures;
import dev.gantry.metaheuristics.sa.Termination;
import dev.gantry.modeling.knapsack.Knapsack;
import dev.gantry.modeling.knapsack.Selection;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class KnapsackStateTest {
    static Knapsack random(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] p = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            p[i] = 1 + r.nextInt(100);
            w[i] = 1 + r.nextInt(100);
        }
        return new Knapsack("random" + n, p, w, 25 * n);
    }

    @ParameterizedTest
    @EnumSource(KnapsackMoves.class)
    void deltasStayExactAndEveryAcceptedSelectionFits(KnapsackMoves moves) {
        Knapsack k = random(60, 4);
        AnnealingResult<Selection> result = Annealer.run(new KnapsackAnnealing(k, moves),
                AnnealingConfig.builder(Termination.proposals(30_000)).start(Start.NAIVE).debugChecks(true).build());
        assertThat(result.best().weight(k)).isLessThanOrEqualTo(k.capacity());
        assertThat(-result.best().profit(k)).isEqualTo(result.bestObjective());
        assertThat(result.chains().get(0).drift()).isZero();
    }

    @Test
    void greedyTakesItemsByRatioWhileTheyFit() {
        Knapsack k = new Knapsack("tiny", new double[] {10, 7, 6, 1}, new double[] {5, 7, 3, 1}, 9);
        // ratios 2, 1, 2, 1: items 0 and 2 (weight 8), then item 3 fits (9), item 1 does not
        assertThat(KnapsackAnnealing.greedy(k)).isEqualTo(new Selection(new boolean[] {true, false, true, true}));
    }

    @Test
    void annealingFindsTheOptimumOfASmallInstance() {
        Knapsack k = new Knapsack("tiny", new double[] {10, 7, 6, 1, 9}, new double[] {5, 7, 3, 1, 6}, 12);
        // optimum: items 0, 3 and 4 (weight 12, profit 20) beat greedy's 0, 2, 3 (weight 9, profit 17)
        AnnealingResult<Selection> result = Annealer.run(new KnapsackAnnealing(k, KnapsackMoves.FLIP_AND_SWAP),
                AnnealingConfig.builder(Termination.proposals(20_000)).temperatures(new Temperatures.Fixed(5, 0.05)).build());
        assertThat(result.bestObjective()).isEqualTo(-20.0);
    }
}
