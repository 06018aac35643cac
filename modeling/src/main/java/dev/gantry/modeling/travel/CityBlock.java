package dev.gantry.modeling.travel;

import java.util.List;

/** Everything the sandbox offers in one city, in the data's order. */
public record CityBlock(String city, List<Attraction> attractions, List<Restaurant> restaurants,
                        List<Accommodation> accommodations) {
    public CityBlock {
        attractions = List.copyOf(attractions);
        restaurants = List.copyOf(restaurants);
        accommodations = List.copyOf(accommodations);
    }
}
