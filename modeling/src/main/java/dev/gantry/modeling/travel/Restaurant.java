package dev.gantry.modeling.travel;

import java.util.List;

/**
 * A restaurant of the sandbox.
 *
 * @param averageCost dollars per person per meal
 * @param cuisines    the items of its {@code Cuisines} list, in order
 */
public record Restaurant(String name, int averageCost, List<String> cuisines, double rating, String city) {
    public Restaurant {
        cuisines = List.copyOf(cuisines);
    }

    /** Whether {@code cuisine} is an item of its list (strict V3; compat tests a substring of the text). */
    public boolean serves(Cuisine cuisine) {
        return cuisines.contains(cuisine.label());
    }

    /** The {@code Cuisines} text as the data writes it. */
    public String cuisinesText() {
        return String.join(", ", cuisines);
    }
}
