package dev.gantry.modeling.quantum;

/** Instance {@code k} of a demand, run as one block on {@code [start, end)} slots. */
public record ScheduledInstance(String demand, int instance, int start, int end) {
}
