package dev.gantry.modeling.api;

/** The outcome of a solve (R14); the CLI maps INFEASIBLE to exit code 3 and UNKNOWN to 4. */
public enum Status {
    /** A solution proven best; never reported for a model without objective. */
    OPTIMAL,
    /** A solution without proof of optimality (or a satisfiable model without objective). */
    FEASIBLE,
    /** Proven to have no solution; only backends that prove infeasibility report it. */
    INFEASIBLE,
    /** No solution and no proof, e.g. a limit was hit first. */
    UNKNOWN,
    /** The model failed validation or a backend cannot express it; the reason is in the diagnostics. */
    MODEL_INVALID;

    public boolean hasSolution() {
        return this == OPTIMAL || this == FEASIBLE;
    }
}
