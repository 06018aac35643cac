package dev.gantry.modeling.spi;

/** The unit of {@code SolveOptions.workLimit} for a backend. */
public enum WorkUnit {
    DETERMINISTIC_SECONDS, FAILURES, MOVES, STEPS
}
