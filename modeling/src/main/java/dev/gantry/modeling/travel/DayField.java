package dev.gantry.modeling.travel;

import java.util.Arrays;
import java.util.Optional;

/** The text fields of a plan day besides {@code days} (spec T4), in the order plans write them. */
public enum DayField {
    CURRENT_CITY("current_city"), TRANSPORTATION("transportation"), BREAKFAST("breakfast"), ATTRACTION("attraction"),
    LUNCH("lunch"), DINNER("dinner"), ACCOMMODATION("accommodation");

    private final String key;

    DayField(String key) {
        this.key = key;
    }

    /** The plan's JSON key. */
    public String key() {
        return key;
    }

    public static DayField of(Meal meal) {
        return switch (meal) {
            case BREAKFAST -> BREAKFAST;
            case LUNCH -> LUNCH;
            case DINNER -> DINNER;
        };
    }

    public static Optional<DayField> fromKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
