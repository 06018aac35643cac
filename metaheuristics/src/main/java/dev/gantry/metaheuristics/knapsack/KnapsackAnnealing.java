package dev.gantry.metaheuristics.knapsack;

import dev.gantry.metaheuristics.sa.AnnealingProblem;
import dev.gantry.metaheuristics.sa.Start;
import dev.gantry.modeling.knapsack.Knapsack;
import dev.gantry.modeling.knapsack.Selection;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/** The 0/1 knapsack as an annealing problem: naive start empty (the paper's), constructive start greedy by ratio. */
public final class KnapsackAnnealing implements AnnealingProblem<Selection> {
    private final Knapsack knapsack;
    private final KnapsackMoves moves;

    public KnapsackAnnealing(Knapsack knapsack, KnapsackMoves moves) {
        this.knapsack = knapsack;
        this.moves = moves;
    }

    @Override
    public KnapsackState start(Start start, SplittableRandom random) {
        return new KnapsackState(knapsack, moves, start == Start.NAIVE ? new boolean[knapsack.size()] : greedy(knapsack).chosen());
    }

    @Override
    public KnapsackState start(Selection solution, SplittableRandom random) {
        return new KnapsackState(knapsack, moves, solution.chosen());
    }

    /** Items by profit/weight ratio, best first (ties by index), each added when it still fits. */
    public static Selection greedy(Knapsack k) {
        boolean[] chosen = new boolean[k.size()];
        double load = 0;
        int[] order = IntStream.range(0, k.size()).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -ratio(k, i)).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
        for (int i : order) {
            if (load + k.weight(i) <= k.capacity()) {
                chosen[i] = true;
                load += k.weight(i);
            }
        }
        return new Selection(chosen);
    }

    private static double ratio(Knapsack k, int item) {
        return k.weight(item) == 0 ? Double.POSITIVE_INFINITY : k.profit(item) / k.weight(item);
    }
}
