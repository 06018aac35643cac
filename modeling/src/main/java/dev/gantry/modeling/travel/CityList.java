package dev.gantry.modeling.travel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The valid cities and their states ({@code citySet_with_states.txt}), in file order. */
public record CityList(Map<String, String> stateOfCity) {
    public CityList {
        stateOfCity = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stateOfCity));
    }

    public boolean contains(String city) {
        return stateOfCity.containsKey(city);
    }

    public Optional<String> stateOf(String city) {
        return Optional.ofNullable(stateOfCity.get(city));
    }

    /** The cities of {@code state}, in file order. */
    public List<String> citiesIn(String state) {
        return stateOfCity.entrySet().stream().filter(e -> e.getValue().equals(state)).map(Map.Entry::getKey).toList();
    }

    public boolean isState(String name) {
        return stateOfCity.containsValue(name);
    }
}
