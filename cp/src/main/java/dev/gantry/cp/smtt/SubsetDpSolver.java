package dev.gantry.cp.smtt;

import dev.gantry.modeling.smtt.JobSequence;
import dev.gantry.modeling.smtt.SingleMachineTardiness;

import java.util.Objects;

/**
 * Exact 1||ΣwjTj by dynamic programming over job subsets (spec smtt §4.3), the test oracle for small instances:
 * V(∅) = 0 and V(J) = min over k ∈ J of V(J∖k) + w_k·max(0, Σ_J p − d_k), k being the last job of J. It handles
 * weights and any due dates, and needs O(n·2ⁿ) time and 2·2ⁿ longs plus 2ⁿ bytes, hence the limit n ≤ {@value #MAX_JOBS}.
 */
public final class SubsetDpSolver {
    /** 2²² states: 64 MB of values and loads, 4 MB of choices, a few seconds of work. */
    public static final int MAX_JOBS = 22;

    private SubsetDpSolver() {
    }

    /** The optimal sequence and its total weighted tardiness (always proven). */
    public record Result(JobSequence sequence, long value) {
        public Result {
            Objects.requireNonNull(sequence, "sequence");
        }
    }

    public static Result solve(SingleMachineTardiness instance) {
        Objects.requireNonNull(instance, "instance");
        int n = instance.size();
        if (n > MAX_JOBS) {
            throw new IllegalArgumentException("subset DP handles at most " + MAX_JOBS + " jobs, " + instance.name() + " has " + n);
        }
        int[] p = instance.processing();
        int[] w = instance.weights();
        int[] d = instance.dueDates();
        int states = 1 << n;
        long[] value = new long[states];
        byte[] last = new byte[states];
        // Σp of each subset, filled incrementally from the subset without its lowest job.
        long[] load = new long[states];
        for (int mask = 1; mask < states; mask++) {
            int low = Integer.numberOfTrailingZeros(mask);
            load[mask] = load[mask & (mask - 1)] + p[low];
            long best = Long.MAX_VALUE;
            int bestJob = -1;
            for (int rest = mask; rest != 0; rest &= rest - 1) {
                int k = Integer.numberOfTrailingZeros(rest);
                long v = value[mask ^ (1 << k)] + (long) w[k] * Math.max(0, load[mask] - d[k]);
                if (v < best) {
                    best = v;
                    bestJob = k;
                }
            }
            value[mask] = best;
            last[mask] = (byte) bestJob;
        }
        int[] order = new int[n];
        int mask = states - 1;
        for (int i = n - 1; i >= 0; i--) {
            int k = last[mask];
            order[i] = k;
            mask ^= 1 << k;
        }
        return new Result(new JobSequence(order), value[states - 1]);
    }
}
