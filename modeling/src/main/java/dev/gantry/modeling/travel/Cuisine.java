package dev.gantry.modeling.travel;

import java.util.Arrays;
import java.util.Optional;

/** The cuisines a query may ask for (the dataset's seven); restaurants list more kinds, which no query names. */
public enum Cuisine {
    CHINESE("Chinese"), AMERICAN("American"), ITALIAN("Italian"), MEXICAN("Mexican"), INDIAN("Indian"),
    MEDITERRANEAN("Mediterranean"), FRENCH("French");

    private final String label;

    Cuisine(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Cuisine> fromLabel(String label) {
        return Arrays.stream(values()).filter(c -> c.label.equals(label)).findFirst();
    }
}
