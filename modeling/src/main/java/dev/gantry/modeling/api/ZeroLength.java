package dev.gantry.modeling.api;

/** How NoOverlap treats zero-length intervals (semantics S1). */
public enum ZeroLength {
    /** A zero-length interval may touch another interval but not sit strictly inside it (CP-SAT, MiniZinc disjunctive_strict). */
    STRICT,
    /** Zero-length intervals are free (MiniZinc disjunctive, Choco cumulative). */
    IGNORE_ZERO
}
