package dev.gantry.modeling.scheduling;

/** What a scheduling problem minimises. */
public enum SchedulingObjective {
    /** The latest end of any task. */
    MAKESPAN,
    /** {@code Σ wᵢ·max(0, endᵢ − dueᵢ)} over tasks with a due date. */
    TOTAL_WEIGHTED_TARDINESS
}
