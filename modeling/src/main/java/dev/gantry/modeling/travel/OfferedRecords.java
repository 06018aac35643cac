package dev.gantry.modeling.travel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The sandbox records a plan may name (spec M1), over the candidate cities in their order. A record is offered only
 * when its {@code Name, City} label resolves to it alone in both verification modes: no line break, and no other record
 * of its kind in its city whose name contains it (compat mode resolves names as substrings, so names shared by several
 * records are never offered). Stays also need every field filled, since compat mode drops the others. Attraction names
 * must not hold {@code ;}, which separates a day's items.
 *
 * @param cities the candidate cities; city {@code c} of the model is {@code cities.get(c - 1)}, 0 is {@code org}
 */
record OfferedRecords(List<String> cities, List<Restaurant> restaurants, List<Attraction> attractions,
                      List<Accommodation> stays) {

    static OfferedRecords of(TravelQuery query, Sandbox sandbox) {
        List<String> cities = sandbox.candidateCities(query);
        List<Restaurant> restaurants = new ArrayList<>();
        List<Attraction> attractions = new ArrayList<>();
        List<Accommodation> stays = new ArrayList<>();
        for (String city : cities) {
            offered(sandbox.restaurants(city), Restaurant::name, r -> true, restaurants);
            offered(sandbox.attractions(city), Attraction::name, a -> !a.name().contains(";"), attractions);
            offered(sandbox.accommodations(city), Accommodation::name, Accommodation::complete, stays);
        }
        return new OfferedRecords(List.copyOf(cities), List.copyOf(restaurants), List.copyOf(attractions), List.copyOf(stays));
    }

    /** The model's index of {@code city}: 1-based among the candidates. */
    int cityIndex(String city) {
        return cities.indexOf(city) + 1;
    }

    private static <T> void offered(List<T> records, Function<T, String> nameOf, java.util.function.Predicate<T> fit, List<T> out) {
        for (int i = 0; i < records.size(); i++) {
            T r = records.get(i);
            String name = nameOf.apply(r).strip();
            if (name.isEmpty() || name.contains("\n") || name.contains("\r") || !fit.test(r)) {
                continue;
            }
            boolean clash = false;
            for (int j = 0; j < records.size() && !clash; j++) {
                clash = j != i && nameOf.apply(records.get(j)).contains(name);
            }
            if (!clash) {
                out.add(r);
            }
        }
    }
}
