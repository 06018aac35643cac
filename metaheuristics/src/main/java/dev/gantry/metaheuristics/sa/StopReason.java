package dev.gantry.metaheuristics.sa;

/** Why a chain stopped. */
public enum StopReason {
    PROPOSAL_BUDGET,
    TIME_BUDGET,
    STAGNATION,
    TARGET_REACHED,
    CANCELLED
}
