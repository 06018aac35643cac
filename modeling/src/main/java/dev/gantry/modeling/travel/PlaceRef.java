package dev.gantry.modeling.travel;

import java.util.Optional;

/**
 * An entity of a plan, {@code Name, City}: the city is the text after the last comma, so names may hold commas.
 */
public record PlaceRef(String name, CityName city) {
    /** The reference in {@code text}, or empty when it has no comma. */
    public static Optional<PlaceRef> parse(String text) {
        int comma = text.lastIndexOf(',');
        if (comma < 0) {
            return Optional.empty();
        }
        return Optional.of(new PlaceRef(text.substring(0, comma).strip(), CityName.parse(text.substring(comma + 1))));
    }

    /** {@code Name, City} as Gantry writes it. */
    public static String text(String name, String city) {
        return name + ", " + city;
    }
}
