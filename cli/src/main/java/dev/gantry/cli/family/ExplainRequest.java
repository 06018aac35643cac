package dev.gantry.cli.family;

/** What {@code gantry explain} passes to a family: the instance path (or name). */
public record ExplainRequest(String instance) {
}
