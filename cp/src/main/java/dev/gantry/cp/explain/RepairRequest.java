package dev.gantry.cp.explain;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A numeric repair to look for (E8): parameter {@code param} may move in {@code direction} within {@code [lo, hi]}
 * (absent: 1000 or 100 times its value, whichever is more, on each allowed side). {@code phrase} words the change in
 * the text, {@code {value}} standing for the new value (e.g. {@code "end by day {value}"}).
 */
public record RepairRequest(String param, Direction direction, OptionalLong lo, OptionalLong hi, Optional<String> phrase) {
    public RepairRequest {
        Objects.requireNonNull(param, "param");
        Objects.requireNonNull(direction, "direction");
    }

    public static RepairRequest of(String param, Direction direction) {
        return new RepairRequest(param, direction, OptionalLong.empty(), OptionalLong.empty(), Optional.empty());
    }

    public RepairRequest within(long low, long high) {
        if (low > high) {
            throw new IllegalArgumentException("repair range [" + low + ", " + high + "] is empty");
        }
        return new RepairRequest(param, direction, OptionalLong.of(low), OptionalLong.of(high), phrase);
    }

    public RepairRequest phrased(String text) {
        return new RepairRequest(param, direction, lo, hi, Optional.of(text));
    }
}
