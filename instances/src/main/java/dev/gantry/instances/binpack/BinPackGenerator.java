package dev.gantry.instances.binpack;

import dev.gantry.modeling.binpack.BinPacking;

import java.util.SplittableRandom;

/**
 * Random bin-packing instances of the Neural SA paper (spec metaheuristics §2.2): item sizes drawn uniformly from
 * (0, 1), bin capacity 1. The same {@code (n, seed)} gives the same instance on every JVM, since
 * {@link SplittableRandom}'s sequence is specified.
 */
public final class BinPackGenerator {
    private BinPackGenerator() {
    }

    /**
     * An instance named {@code binpack_n<n>_s<seed>}: item {@code i} gets the {@code i}-th non-zero draw.
     *
     * @throws IllegalArgumentException if {@code n < 1}
     */
    public static BinPacking generate(int n, long seed) {
        if (n < 1) {
            throw new IllegalArgumentException("a bin-packing instance needs at least 1 item, got " + n);
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] sizes = new double[n];
        for (int i = 0; i < n; i++) {
            double size;
            do {
                // nextDouble() lies in [0, 1); a zero-size item is not an item, so the rare 0 is drawn again.
                size = random.nextDouble();
            } while (size == 0);
            sizes[i] = size;
        }
        return new BinPacking("binpack_n" + n + "_s" + seed, 1.0, sizes);
    }
}
