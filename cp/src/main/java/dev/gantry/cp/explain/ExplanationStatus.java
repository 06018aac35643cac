package dev.gantry.cp.explain;

/**
 * What the explainer found: the candidate groups conflict (INFEASIBLE), they all hold (FEASIBLE), the background alone
 * is infeasible (BACKGROUND_INFEASIBLE, E10, blamed on automatic groups), or the limits came first (UNKNOWN).
 */
public enum ExplanationStatus {
    INFEASIBLE, FEASIBLE, BACKGROUND_INFEASIBLE, UNKNOWN
}
