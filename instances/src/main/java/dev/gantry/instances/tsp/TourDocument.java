package dev.gantry.instances.tsp;

import dev.gantry.modeling.tsp.Tour;
import dev.gantry.modeling.tsp.Tsp;

import java.util.Arrays;
import java.util.List;

/**
 * A TSP plan in Gantry's tour JSON, as read: {@code {"problem":"tsp","instance":…,"tour":[…],"length":…}}. The tour
 * is kept exactly as written (cities 0-based, possibly out of range or repeated), since judging it is the
 * verifier's job, not the reader's.
 *
 * @param instance the instance name, or null
 * @param tour     the cities in visiting order; the return to the first is implied
 * @param length   the length the plan claims, or null
 * @param origin   where the document came from (the plan file as the caller named it), for messages; never written
 */
public record TourDocument(String instance, List<Integer> tour, Double length, String origin) {
    public static final String PROBLEM = "tsp";

    public TourDocument {
        tour = List.copyOf(tour);
    }

    /** The plan for {@code tour} on {@code tsp}, claiming the length the model computes. */
    public static TourDocument of(Tsp tsp, Tour tour) {
        return new TourDocument(tsp.name(), Arrays.stream(tour.order()).boxed().toList(), tour.length(tsp),
                "plan for " + tsp.name());
    }
}
