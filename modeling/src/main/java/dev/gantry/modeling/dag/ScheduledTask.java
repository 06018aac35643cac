package dev.gantry.modeling.dag;

/** One task of a DAG schedule: the processor it runs on (from 0) and its half-open interval {@code [start, end)}. */
public record ScheduledTask(int task, int processor, long start, long end) {
    /** {@code n<task+1>}. */
    public String id() {
        return Dag.id(task);
    }
}
