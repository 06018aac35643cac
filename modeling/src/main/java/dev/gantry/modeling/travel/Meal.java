package dev.gantry.modeling.travel;

/** The three meal slots of a day, in the order they are eaten. */
public enum Meal {
    BREAKFAST("breakfast"), LUNCH("lunch"), DINNER("dinner");

    private final String key;

    Meal(String key) {
        this.key = key;
    }

    /** The plan's JSON key. */
    public String key() {
        return key;
    }
}
