package dev.gantry.heuristics.rcpsp;

import java.util.Locale;

/** The two schedule generation schemes of spec §2.4. */
public enum GenerationScheme {
    /** Activity increment: active schedules. */
    SERIAL,
    /** Time increment: non-delay schedules. */
    PARALLEL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
