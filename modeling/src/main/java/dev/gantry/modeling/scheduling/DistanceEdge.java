package dev.gantry.modeling.scheduling;

/**
 * One edge of the distance graph of spec scheduling §3: {@code S_to ≥ S_from + weight}. {@code from} or {@code to} is
 * {@link TemporalAnalysis#SOURCE} for releases and deadlines; {@code reason} is the requirement it comes from, as a
 * report names it ({@code A FS+2 B}, {@code max lag of A SS+0..3 B}, {@code deadline 12 of C}).
 */
public record DistanceEdge(String from, String to, long weight, String reason) {
}
