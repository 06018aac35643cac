package dev.gantry.cli.family;

/**
 * What {@code gantry explain} passes to a family: the instance path (or name); whether the family's structural rules
 * (construction: plain zero-lag logic links; travel: the commonsense rules) become candidates too, as spec modeling E10's
 * automatic groups do (by default they stay in the background, so a conflict names what a user would change); the
 * reference data and the query options of families that take them (travel: the sandbox and {@code --set} variants).
 */
public record ExplainRequest(String instance, boolean includeRules, ReferenceData data, QueryOptions query) {
}
