package dev.gantry.modeling.scheduling;

/** {@code start(after) ≥ end(before) + minLag} (finish-to-start), posted in the named group. */
public record Precedence(String before, String after, long minLag, String group) {
}
