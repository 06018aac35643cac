package dev.gantry.cp.explain;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.LongFunction;

/**
 * A numeric repair to look for (E8): parameter {@code param} may move in {@code direction} within {@code [lo, hi]}
 * (absent: 1000 or 100 times its value, whichever is more, on each allowed side). {@code phrase} words the change in
 * the text, {@code {value}} standing for the new value (e.g. {@code "end by day {value}"}); {@code valueText} writes a
 * value there and after "instead of" (a working-day index as a date, say; plain digits by default).
 */
public record RepairRequest(String param, Direction direction, OptionalLong lo, OptionalLong hi, Optional<String> phrase,
                            LongFunction<String> valueText) {
    public RepairRequest {
        Objects.requireNonNull(param, "param");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(valueText, "valueText");
    }

    public static RepairRequest of(String param, Direction direction) {
        return new RepairRequest(param, direction, OptionalLong.empty(), OptionalLong.empty(), Optional.empty(), Long::toString);
    }

    public RepairRequest within(long low, long high) {
        if (low > high) {
            throw new IllegalArgumentException("repair range [" + low + ", " + high + "] is empty");
        }
        return new RepairRequest(param, direction, OptionalLong.of(low), OptionalLong.of(high), phrase, valueText);
    }

    public RepairRequest phrased(String text) {
        return new RepairRequest(param, direction, lo, hi, Optional.of(text), valueText);
    }

    public RepairRequest phrased(String text, LongFunction<String> values) {
        return new RepairRequest(param, direction, lo, hi, Optional.of(text), values);
    }

    /** The change in words: "end by day 9 instead of 8". */
    String sentence(long from, long to) {
        String changed = phrase.map(p -> p.replace("{value}", valueText.apply(to))).orElse(param + " " + valueText.apply(to));
        return changed + " instead of " + valueText.apply(from);
    }
}
