package dev.gantry.modeling.quantum;

/** Rigid: every instance keeps its protocol's offsets. Flexible: operations move, every DAG edge enforced. */
public enum ScheduleMode {
    RIGID,
    FLEXIBLE
}
