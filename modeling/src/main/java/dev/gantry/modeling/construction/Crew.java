package dev.gantry.modeling.construction;

/** A crew (or pool of workers) of a trade; at most {@code capacity} units work at once. */
public record Crew(String id, long capacity) {
}
