package dev.gantry.cp.quantum;

/**
 * The third objective stage. MINIMISE: {@code Σ |s_{k+1} − s_k − p|}. ZERO: enforce {@code s_k = s_0 + k·p}, which gives
 * zero jitter as a constraint and drops the stage.
 */
public enum JitterObjective {
    MINIMISE,
    ZERO
}
