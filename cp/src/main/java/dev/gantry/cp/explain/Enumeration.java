package dev.gantry.cp.explain;

import java.util.List;

/**
 * Every MUS and every MCS of the candidate groups (MARCO), by group name; {@code complete} when the enumeration ran to
 * its end within the limits.
 */
public record Enumeration(List<List<String>> muses, List<List<String>> mcses, boolean complete) {
    public Enumeration {
        muses = muses.stream().map(List::copyOf).toList();
        mcses = mcses.stream().map(List::copyOf).toList();
    }
}
