package dev.gantry.modeling.quantum;

/** The start slot of one operation of instance {@code k} of a demand (flexible mode; implied by offsets in rigid mode). */
public record ScheduledOp(String demand, int instance, String op, int start) {
}
