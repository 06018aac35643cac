package dev.gantry.modeling.construction;

/** A work area (a cleanroom bay, a floor) where one trade works at a time. */
public record Zone(String id) {
}
