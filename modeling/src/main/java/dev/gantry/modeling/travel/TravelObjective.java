package dev.gantry.modeling.travel;

import java.util.Arrays;
import java.util.Optional;

/** What a travel plan optimises (spec M5), always within every active requirement. */
public enum TravelObjective {
    /** Any plan that satisfies the query (feasibility). */
    NONE("none"),
    /** The least total cost (spec V1); the default. */
    CHEAPEST("cheapest"),
    /**
     * The most rating: Σ 10·rating over meals plus Σ nights·10·review rate over stays; then the least cost (one stage,
     * {@code rating·W − cost} with W above any cost, maximised).
     */
    BEST_RATED("best-rated");

    private final String label;

    TravelObjective(String label) {
        this.label = label;
    }

    /** The CLI's spelling, e.g. {@code best-rated}. */
    public String label() {
        return label;
    }

    public static Optional<TravelObjective> fromLabel(String label) {
        return Arrays.stream(values()).filter(o -> o.label.equals(label)).findFirst();
    }
}
