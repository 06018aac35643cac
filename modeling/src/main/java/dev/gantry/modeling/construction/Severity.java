package dev.gantry.modeling.construction;

/** Whether a finding stops the project from being scheduled. */
public enum Severity {
    ERROR,
    WARNING
}
