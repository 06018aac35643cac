package dev.gantry.modeling.construction;

import dev.gantry.modeling.scheduling.RelationType;
import java.util.OptionalLong;

/**
 * {@code pred → succ} of {@code type} with {@code lag} (may be negative) and optionally at most {@code maxLag}, both in
 * {@code unit} (spec scheduling §4.1). A calendar-day lag is measured between calendar days: an activity starts on the
 * morning of its first working day and ends on the evening of its last one, i.e. the morning of the next calendar day.
 */
public record Dependency(String pred, String succ, RelationType type, long lag, LagUnit unit, OptionalLong maxLag) {

    public static Dependency fs(String pred, String succ) {
        return new Dependency(pred, succ, RelationType.FS, 0, LagUnit.WD, OptionalLong.empty());
    }

    /** {@code A FS+2wd B}, {@code A SS+0..10wd B}: as reports write it. */
    public String describe() {
        return pred + " " + type + (lag >= 0 ? "+" : "") + lag + (maxLag.isPresent() ? ".." + maxLag.getAsLong() : "") + unit.code()
                + " " + succ;
    }
}
