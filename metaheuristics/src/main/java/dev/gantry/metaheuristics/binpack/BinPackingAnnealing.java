package dev.gantry.metaheuristics.binpack;

import dev.gantry.metaheuristics.sa.AnnealingProblem;
import dev.gantry.metaheuristics.sa.Start;
import dev.gantry.modeling.binpack.BinPacking;
import dev.gantry.modeling.binpack.Packing;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Bin packing as an annealing problem: naive start one item per bin (the paper's), constructive start
 * first-fit decreasing. Stop a run at the L1 bound with {@link #targetObjective()}.
 */
public final class BinPackingAnnealing implements AnnealingProblem<Packing> {
    private final BinPacking instance;
    private final BinPackingMoves moves;
    private final BinPackingObjective objective;

    public BinPackingAnnealing(BinPacking instance, BinPackingMoves moves, BinPackingObjective objective) {
        this.instance = instance;
        this.moves = moves;
        this.objective = objective;
    }

    public BinPackingAnnealing(BinPacking instance, BinPackingMoves moves) {
        this(instance, moves, BinPackingObjective.BINS_AND_FILL);
    }

    @Override
    public BinPackingState start(Start start, SplittableRandom random) {
        int[] bins = start == Start.NAIVE ? IntStream.range(0, instance.size()).toArray() : firstFitDecreasing(instance).binOfItem();
        return new BinPackingState(instance, moves, objective, bins);
    }

    @Override
    public BinPackingState start(Packing solution, SplittableRandom random) {
        return new BinPackingState(instance, moves, objective, solution.binOfItem());
    }

    /**
     * The objective at or below which a packing uses at most L1 = ⌈Σs/C⌉ bins, which is optimal: the fill term
     * keeps a packing of b bins in (b − 1, b].
     */
    public double targetObjective() {
        return instance.lowerBoundL1();
    }

    /** First-fit decreasing: items by size, largest first (ties by index), each into the first bin it fits. */
    public static Packing firstFitDecreasing(BinPacking instance) {
        int n = instance.size();
        int[] order = IntStream.range(0, n).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -instance.itemSize(i)).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
        double[] load = new double[n];
        int bins = 0;
        int[] binOf = new int[n];
        for (int item : order) {
            int b = 0;
            while (b < bins && load[b] + instance.itemSize(item) > instance.capacity()) {
                b++;
            }
            if (b == bins) {
                bins++;
            }
            load[b] += instance.itemSize(item);
            binOf[item] = b;
        }
        return new Packing(binOf);
    }
}
