package dev.gantry.instances.knapsack;

import dev.gantry.modeling.knapsack.Knapsack;

import java.util.SplittableRandom;

/**
 * Random knapsack instances of the Neural SA paper (spec metaheuristics §2.2, after Bello et al.): weights and values
 * drawn uniformly from (0, 1], capacity 12.5 for 50 items, 25 for 100 and 200, N/8 beyond. The same
 * {@code (n, seed)} gives the same instance on every JVM, since {@link SplittableRandom}'s sequence is specified.
 */
public final class KnapsackGenerator {
    private KnapsackGenerator() {
    }

    /**
     * The paper's capacity for {@code n} items. The paper only uses N = 50, 100, 200, 500, 1000, 2000; other sizes
     * take the rule of the next listed size up (12.5 up to 50, 25 up to 200, N/8 beyond), so the capacity never
     * shrinks as N grows.
     */
    public static double paperCapacity(int n) {
        if (n <= 50) {
            return 12.5;
        }
        if (n <= 200) {
            return 25;
        }
        return n / 8.0;
    }

    /** An instance with {@link #paperCapacity(int)}, named {@code knap_n<n>_s<seed>}. */
    public static Knapsack generate(int n, long seed) {
        return generate(n, paperCapacity(n), seed);
    }

    /**
     * An instance named {@code knap_n<n>_s<seed>} with the given capacity; item {@code i} gets the {@code 2i}-th
     * draw as weight and the {@code (2i+1)}-th as profit.
     *
     * @throws IllegalArgumentException if {@code n < 1} or the capacity is not a finite number ≥ 0
     */
    public static Knapsack generate(int n, double capacity, long seed) {
        if (n < 1) {
            throw new IllegalArgumentException("a knapsack instance needs at least 1 item, got " + n);
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] profits = new double[n];
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            weights[i] = unitOpenBelow(random);
            profits[i] = unitOpenBelow(random);
        }
        return new Knapsack("knap_n" + n + "_s" + seed, profits, weights, capacity);
    }

    /** A draw from (0, 1]: nextDouble() lies in [0, 1), so 1 minus it never gives 0. */
    private static double unitOpenBelow(SplittableRandom random) {
        return 1.0 - random.nextDouble();
    }
}
