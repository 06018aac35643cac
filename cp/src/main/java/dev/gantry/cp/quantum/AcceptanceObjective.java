package dev.gantry.cp.quantum;

/** The first objective stage: which accepted set is best (spec quantum §3.1). */
public enum AcceptanceObjective {
    /** Maximise the accepted rate {@code Σ x_d·H/p_d}, the throughput up to the factor H·δ. */
    RATE,
    /** Maximise the number of accepted demands. */
    COUNT,
    /** Lexicographic in file order, like the greedy admission loop: accepting an earlier demand outweighs all later ones. */
    ADMISSION_ORDER
}
