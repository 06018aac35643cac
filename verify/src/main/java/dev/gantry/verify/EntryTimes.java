package dev.gantry.verify;

import java.util.List;

/** The part of check C3 every schedule family shares: an entry gives a start and an end, and the start is ≥ 0. */
public final class EntryTimes {
    private EntryTimes() {
    }

    /** Adds a C3 violation for a missing start, a negative start and a missing end of item {@code id}. */
    public static void check(String id, Long start, Long end, List<Violation> violations) {
        List<String> items = List.of(id);
        if (start == null) {
            violations.add(new Violation("C3", items, "missing start: " + id + " has no start"));
        } else if (start < 0) {
            violations.add(new Violation("C3", items, "negative start: " + id + " starts at " + start));
        }
        if (end == null) {
            violations.add(new Violation("C3", items, "missing end: " + id + " has no end"));
        }
    }
}
