package dev.gantry.cli.family;

/**
 * What {@code gantry explain} passes to a family: the instance path (or name), and whether the family's structural rules
 * (construction: plain zero-lag logic links; travel: the commonsense rules) become candidates too, as spec modeling E10's
 * automatic groups do; by default they stay in the background, so a conflict names what a user would change.
 */
public record ExplainRequest(String instance, boolean includeRules) {
}
