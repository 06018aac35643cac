package dev.gantry.modeling.knapsack;

import java.util.Arrays;

/**
 * A 0/1 knapsack instance: choose items of maximum total profit whose total weight fits the capacity.
 * Profits and weights are non-negative; they may be fractional (the low-dimensional OR instances, the
 * Neural SA distribution), in which case {@link #isIntegral()} is false.
 */
public record Knapsack(String name, double[] profits, double[] weights, double capacity) {
    public Knapsack {
        if (profits.length != weights.length) {
            throw new IllegalArgumentException("knapsack " + name + ": " + profits.length + " profits but " + weights.length + " weights");
        }
        if (!(capacity >= 0) || Double.isInfinite(capacity)) {
            throw new IllegalArgumentException("knapsack " + name + ": capacity must be a finite number >= 0, got " + capacity);
        }
        for (int i = 0; i < profits.length; i++) {
            if (!(profits[i] >= 0) || !(weights[i] >= 0) || Double.isInfinite(profits[i]) || Double.isInfinite(weights[i])) {
                throw new IllegalArgumentException("knapsack " + name + ": item " + i + " needs finite profit and weight >= 0, got "
                        + profits[i] + " and " + weights[i]);
            }
        }
        profits = profits.clone();
        weights = weights.clone();
    }

    public int size() {
        return profits.length;
    }

    public double profit(int item) {
        return profits[item];
    }

    public double weight(int item) {
        return weights[item];
    }

    /** True when capacity, every profit and every weight are whole numbers (exact DP applies directly). */
    public boolean isIntegral() {
        if (capacity != Math.rint(capacity)) {
            return false;
        }
        for (int i = 0; i < profits.length; i++) {
            if (profits[i] != Math.rint(profits[i]) || weights[i] != Math.rint(weights[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public double[] profits() {
        return profits.clone();
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Knapsack k && name.equals(k.name) && capacity == k.capacity && Arrays.equals(profits, k.profits)
                && Arrays.equals(weights, k.weights);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * name.hashCode() + Arrays.hashCode(profits)) + Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return "Knapsack[" + name + ", " + profits.length + " items, capacity " + capacity + "]";
    }
}
