package dev.gantry.metaheuristics.binpack;

import dev.gantry.metaheuristics.sa.AnnealingConfig;
import dev.gantry.metaheuristics.sa.AnnealingListener;
import dev.gantry.metaheuristics.sa.AnnealingProblem;
import dev.gantry.metaheuristics.sa.AnnealingResult;
import dev.gantry.metaheuristics.sa.Annealer;
import dev.gantry.metaheuristics.sa.AnnealingState;
import dev.gantry.metaheuristics.sa.Start;
import dev.gantry.metaheuristics.sa.Termination;
import dev.gantry.modeling.api.CancellationToken;
import dev.gantry.modeling.binpack.BinPacking;
import dev.gantry.modeling.binpack.Packing;
import java.time.Duration;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Spec §3.3's second mode: from a feasible packing of b bins, fix b − 1 bins, empty the lightest bin into the
 * others, and anneal the total overflow to zero; repeat down to the L1 bound or until the time is spent. A
 * bin count that fails within the time left ends the descent: the last feasible packing is the answer.
 */
public final class BinCountDescent {
    private BinCountDescent() {
    }

    public static Packing descend(BinPacking instance, Packing feasible, Duration limit, long seed, CancellationToken cancel) {
        long deadline = System.nanoTime() + limit.toNanos();
        int bound = instance.lowerBoundL1();
        Packing current = feasible.renumbered();
        SplittableRandom seeds = new SplittableRandom(seed);
        while (current.binCount() > bound && !cancel.isCancelled()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            int bins = current.binCount() - 1;
            int[] start = withoutLightestBin(instance, current);
            AnnealingResult<Packing> r = Annealer.run(new Problem(instance, bins, start),
                    AnnealingConfig.builder(Termination.time(Duration.ofNanos(left)).withTarget(0)).seed(seeds.nextLong()).build(),
                    Optional.empty(), AnnealingListener.none(), cancel);
            if (r.bestObjective() > 0) {
                break;
            }
            current = r.best();
        }
        return current;
    }

    /** The packing's bins but the lightest, its items each put into the then least-loaded bin (largest first). */
    static int[] withoutLightestBin(BinPacking instance, Packing packing) {
        int bins = packing.binCount();
        double[] load = new double[bins];
        for (int i = 0; i < instance.size(); i++) {
            load[packing.bin(i)] += instance.itemSize(i);
        }
        int lightest = 0;
        for (int b = 1; b < bins; b++) {
            if (load[b] < load[lightest]) {
                lightest = b;
            }
        }
        int[] assignment = new int[instance.size()];
        java.util.List<Integer> moved = new java.util.ArrayList<>();
        for (int i = 0; i < instance.size(); i++) {
            int b = packing.bin(i);
            if (b == lightest) {
                moved.add(i);
            } else {
                assignment[i] = b > lightest ? b - 1 : b; // close the gap the lightest bin leaves
            }
        }
        double[] rest = new double[bins - 1];
        for (int b = 0, k = 0; b < bins; b++) {
            if (b != lightest) {
                rest[k++] = load[b];
            }
        }
        moved.sort((x, y) -> Double.compare(instance.itemSize(y), instance.itemSize(x)));
        for (int item : moved) {
            int target = 0;
            for (int b = 1; b < rest.length; b++) {
                if (rest[b] < rest[target]) {
                    target = b;
                }
            }
            assignment[item] = target;
            rest[target] += instance.itemSize(item);
        }
        return assignment;
    }

    /** A fixed bin count as an annealing problem: every chain starts from the same stuffed assignment. */
    private record Problem(BinPacking instance, int bins, int[] start) implements AnnealingProblem<Packing> {
        @Override
        public AnnealingState<Packing> start(Start kind, SplittableRandom random) {
            return new OverflowState(instance, bins, start);
        }
    }
}
