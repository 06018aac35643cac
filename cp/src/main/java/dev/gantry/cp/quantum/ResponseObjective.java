package dev.gantry.cp.quantum;

/** The second objective stage, with the accepted set fixed: the worst response {@code end − k·p}, or their sum. */
public enum ResponseObjective {
    MAX,
    SUM
}
