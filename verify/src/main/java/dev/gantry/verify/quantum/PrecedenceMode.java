package dev.gantry.verify.quantum;

/**
 * How V8 treats a DAG edge whose consumer starts before its producer ends (plus λ). STRICT: a violation.
 * SHARED_QUBIT: the [LS] rule, a violation only when the two operations share a qubit, a warning otherwise, so that
 * the [LS] reference schedules verify. Flexible schedules are always checked strictly.
 */
public enum PrecedenceMode {
    STRICT,
    SHARED_QUBIT
}
