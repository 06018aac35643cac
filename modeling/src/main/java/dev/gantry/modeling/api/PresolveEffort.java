package dev.gantry.modeling.api;

/**
 * How much a backend may spend simplifying a model before the search. {@link #LIGHT} suits many quick feasibility
 * checks of one small model (the explainer's): on CP-SAT it skips probing, which otherwise dominates such checks.
 * Backends without a tunable presolve (Choco) ignore it.
 */
public enum PresolveEffort {
    FULL, LIGHT
}
