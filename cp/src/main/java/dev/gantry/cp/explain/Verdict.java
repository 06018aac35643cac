package dev.gantry.cp.explain;

/** The answer of one check: the assumed groups hold together, cannot, or the limit came first. */
public enum Verdict {
    SAT, UNSAT, UNKNOWN
}
