package dev.gantry.instances.tsp;

import dev.gantry.modeling.tsp.EdgeWeight;
import dev.gantry.modeling.tsp.Tsp;

import java.util.SplittableRandom;

/**
 * Random uniform TSP instances as in the Neural SA paper (spec metaheuristics §2.2, after Kool et al.): {@code n}
 * points drawn uniformly from the unit square, with unrounded Euclidean distances. The same {@code (n, seed)} gives
 * the same instance on every JVM, since {@link SplittableRandom}'s sequence is specified.
 */
public final class TspGenerator {
    private TspGenerator() {
    }

    /**
     * An instance named {@code tsp_n<n>_s<seed>}; city {@code i} gets the {@code 2i}-th and {@code (2i+1)}-th draws
     * as x and y, each in [0, 1).
     *
     * @throws IllegalArgumentException if {@code n < 3}
     */
    public static Tsp generate(int n, long seed) {
        if (n < 3) {
            throw new IllegalArgumentException("a TSP instance needs at least 3 cities, got " + n);
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextDouble();
            y[i] = random.nextDouble();
        }
        return new Tsp("tsp_n" + n + "_s" + seed, x, y, EdgeWeight.EUCLIDEAN);
    }
}
