package dev.gantry.metaheuristics.smtt;

/**
 * Σ w_k·(max(0, C_k + shift − d_k) − max(0, C_k − d_k)) over positions [from, to): how the weighted tardiness of
 * a contiguous run of jobs changes when all of them finish {@code shift} time units later: the hot loop of
 * every tardiness move. {@code BatchKernel::shiftedTardinessDelta} implements it, in SIMD or as its scalar twin.
 */
@FunctionalInterface
public interface SegmentDelta {
    long sum(int[] completion, int[] weight, int[] due, int from, int to, int shift);
}
