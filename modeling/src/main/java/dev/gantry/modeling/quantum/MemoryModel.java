package dev.gantry.modeling.quantum;

/**
 * The Gantry memory assumption (§3.2): depolarising decay with T2 {@code tCommSeconds} / {@code tStorageSeconds}, and
 * an optional explicit limit {@code maxHoldSlots} on every hold ({@code null}: derive h_max from the decay).
 */
public record MemoryModel(double tCommSeconds, double tStorageSeconds, Integer maxHoldSlots) {
}
