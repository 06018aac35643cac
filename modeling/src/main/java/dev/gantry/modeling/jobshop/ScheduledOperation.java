package dev.gantry.modeling.jobshop;

/** One operation of a job-shop plan: id {@code J<job>.O<index>}, with the machine it runs on and {@code [start, end)}. */
public record ScheduledOperation(int job, int index, int machine, long start, long end) {
    public String id() {
        return "J" + job + ".O" + index;
    }
}
