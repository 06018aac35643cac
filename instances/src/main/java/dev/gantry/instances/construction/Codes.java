package dev.gantry.instances.construction;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;

/** The enum codes of the import formats ({@code fs}, {@code cd}, {@code soft}), read case-insensitively. */
final class Codes {
    private Codes() {
    }

    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
        String wanted = text.strip().toUpperCase(Locale.ROOT);
        return EnumSet.allOf(type).stream().filter(e -> e.name().equals(wanted)).findFirst();
    }

    /** {@code expected one of [fs, ss, ff, sf], found 'XS'}. */
    static <E extends Enum<E>> String expected(Class<E> type, String text) {
        return "expected one of " + EnumSet.allOf(type).stream().map(e -> e.name().toLowerCase(Locale.ROOT)).toList() + ", found '" + text + "'";
    }
}
