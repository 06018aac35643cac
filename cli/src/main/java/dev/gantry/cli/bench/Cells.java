package dev.gantry.cli.bench;

import java.util.Locale;

/** Table cells shared by the benchmark tables: a missing value prints as {@code -}. */
final class Cells {
    private Cells() {
    }

    /** A makespan or bound; negative means none. */
    static String number(long v) {
        return v < 0 ? "-" : Long.toString(v);
    }

    /** A percentage with two decimals; null means none. */
    static String percent(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.2f", v);
    }
}
