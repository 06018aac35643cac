package dev.gantry.modeling.quantum;

/** How a schedule was obtained: by a heuristic, by a solver without proof, or proven optimal. */
public enum ScheduleStatus {
    HEURISTIC,
    FEASIBLE,
    OPTIMAL
}
