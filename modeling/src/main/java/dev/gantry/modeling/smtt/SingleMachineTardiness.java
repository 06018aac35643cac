package dev.gantry.modeling.smtt;

import java.util.Arrays;

/**
 * Single-machine (weighted) total tardiness, 1||ΣwjTj: jobs with processing times, due dates and weights run
 * one at a time without idle time; a sequence's cost is Σ w_j·max(0, C_j − d_j). Processing times and weights
 * are at least 1; due dates may be negative. Unweighted instances have every weight 1.
 */
public record SingleMachineTardiness(String name, int[] processing, int[] weights, int[] dueDates) {
    public SingleMachineTardiness {
        if (processing.length != dueDates.length || processing.length != weights.length) {
            throw new IllegalArgumentException("tardiness instance " + name + ": " + processing.length + " processing times, "
                    + weights.length + " weights, " + dueDates.length + " due dates");
        }
        for (int j = 0; j < processing.length; j++) {
            if (processing[j] <= 0 || weights[j] <= 0) {
                throw new IllegalArgumentException("tardiness instance " + name + ": job " + j + " needs processing time and weight >= 1, got "
                        + processing[j] + " and " + weights[j]);
            }
        }
        processing = processing.clone();
        weights = weights.clone();
        dueDates = dueDates.clone();
    }

    /** An unweighted instance (every weight 1). */
    public static SingleMachineTardiness unweighted(String name, int[] processing, int[] dueDates) {
        int[] ones = new int[processing.length];
        Arrays.fill(ones, 1);
        return new SingleMachineTardiness(name, processing, ones, dueDates);
    }

    public int size() {
        return processing.length;
    }

    public int processing(int job) {
        return processing[job];
    }

    public int weight(int job) {
        return weights[job];
    }

    public int dueDate(int job) {
        return dueDates[job];
    }

    public boolean isWeighted() {
        return Arrays.stream(weights).anyMatch(w -> w != 1);
    }

    /** Σ w_j·T_j of the jobs run in this order from time 0 (no validity check: that is the verifier's job). */
    public long totalWeightedTardiness(int[] order) {
        long time = 0;
        long sum = 0;
        for (int job : order) {
            time += processing[job];
            sum += (long) weights[job] * Math.max(0, time - dueDates[job]);
        }
        return sum;
    }

    @Override
    public int[] processing() {
        return processing.clone();
    }

    @Override
    public int[] weights() {
        return weights.clone();
    }

    @Override
    public int[] dueDates() {
        return dueDates.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SingleMachineTardiness s && name.equals(s.name) && Arrays.equals(processing, s.processing)
                && Arrays.equals(weights, s.weights) && Arrays.equals(dueDates, s.dueDates);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * name.hashCode() + Arrays.hashCode(processing)) + Arrays.hashCode(dueDates);
    }

    @Override
    public String toString() {
        return "SingleMachineTardiness[" + name + ", " + processing.length + " jobs" + (isWeighted() ? ", weighted" : "") + "]";
    }
}
