package dev.gantry.metaheuristics.smtt;

/**
 * Σ w_k·(max(0, C_k + shift − d_k) − max(0, C_k − d_k)) over positions [from, to): how the weighted tardiness of
 * a contiguous run of jobs changes when all of them finish {@code shift} time units later. The hot loop of
 * every tardiness move, and the place where a SIMD kernel can take over.
 */
@FunctionalInterface
public interface SegmentDelta {
    long sum(int[] completion, int[] weight, int[] due, int from, int to, int shift);

    /** The plain loop. */
    static long scalar(int[] completion, int[] weight, int[] due, int from, int to, int shift) {
        long sum = 0;
        for (int k = from; k < to; k++) {
            int late = completion[k] - due[k];
            sum += (long) weight[k] * (Math.max(0, late + shift) - Math.max(0, late));
        }
        return sum;
    }
}
