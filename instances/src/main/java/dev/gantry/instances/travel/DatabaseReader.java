package dev.gantry.instances.travel;

import dev.gantry.instances.io.SourceFiles;
import dev.gantry.modeling.api.InputFormatException;
import dev.gantry.modeling.travel.Accommodation;
import dev.gantry.modeling.travel.Attraction;
import dev.gantry.modeling.travel.CityBlock;
import dev.gantry.modeling.travel.CityList;
import dev.gantry.modeling.travel.GroundRoute;
import dev.gantry.modeling.travel.Restaurant;
import dev.gantry.modeling.travel.Sandbox;
import dev.gantry.modeling.travel.TransportMode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the TravelPlanner database folder (spec T3) into a {@link Sandbox}, optionally with a flights file (F1).
 * Stays with empty fields are kept (their fields null); the first distance row of a pair decides whether the road
 * exists, and it is usable only with a duration and a distance and no {@code day} in the duration.
 */
public final class DatabaseReader {
    public static final String ACCOMMODATIONS = "accommodations/clean_accommodations_2022.csv";
    public static final String RESTAURANTS = "restaurants/clean_restaurant_2022.csv";
    public static final String ATTRACTIONS = "attractions/attractions.csv";
    public static final String DISTANCES = "googleDistanceMatrix/distance.csv";
    public static final String CITIES = "background/citySet_with_states.txt";

    private DatabaseReader() {
    }

    /** The database in {@code dir}, with the flights of {@code flights} when given. */
    public static Sandbox read(Path dir, Optional<Path> flights) throws IOException {
        Sandbox.Builder sandbox = Sandbox.builder(Sandbox.Kind.DATABASE);
        CityList cityList = cityList(dir.resolve(CITIES));
        sandbox.cityList(cityList);
        Map<String, List<Attraction>> attractions = new LinkedHashMap<>();
        Map<String, List<Restaurant>> restaurants = new LinkedHashMap<>();
        Map<String, List<Accommodation>> stays = new LinkedHashMap<>();
        for (QuotedCsv.Row row : csv(dir.resolve(ATTRACTIONS), Cells.ATTRACTION).rows()) {
            Attraction a = cells(row).attraction();
            attractions.computeIfAbsent(a.city(), c -> new ArrayList<>()).add(a);
        }
        for (QuotedCsv.Row row : csv(dir.resolve(RESTAURANTS), Cells.RESTAURANT).rows()) {
            Restaurant r = cells(row).restaurant();
            restaurants.computeIfAbsent(r.city(), c -> new ArrayList<>()).add(r);
        }
        for (QuotedCsv.Row row : csv(dir.resolve(ACCOMMODATIONS), Cells.ACCOMMODATION).rows()) {
            Accommodation s = cells(row).accommodation();
            stays.computeIfAbsent(s.city(), c -> new ArrayList<>()).add(s);
        }
        Set<String> cities = new LinkedHashSet<>(cityList.stateOfCity().keySet());
        cities.addAll(attractions.keySet());
        cities.addAll(restaurants.keySet());
        cities.addAll(stays.keySet());
        for (String city : cities) {
            sandbox.city(new CityBlock(city, attractions.getOrDefault(city, List.of()), restaurants.getOrDefault(city, List.of()),
                    stays.getOrDefault(city, List.of())));
        }
        routes(dir.resolve(DISTANCES)).forEach(sandbox::route);
        if (flights.isPresent()) {
            FlightsReader.read(flights.get()).flights().forEach(sandbox::flight);
            sandbox.flightsKnown(true);
        }
        return sandbox.build();
    }

    /** {@code city<TAB>state} lines. */
    public static CityList cityList(Path file) throws IOException {
        Map<String, String> states = new LinkedHashMap<>();
        List<String> lines = SourceFiles.readUtf8(file).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] parts = lines.get(i).split("\t");
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new InputFormatException(file.toString(), i + 1, "city", "expected 'city<TAB>state'");
            }
            states.putIfAbsent(parts[0].strip(), parts[1].strip());
        }
        return new CityList(states);
    }

    /** Both ground modes of every usable first row of a pair. */
    static List<GroundRoute> routes(Path file) throws IOException {
        List<GroundRoute> routes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (QuotedCsv.Row row : csv(file, List.of("origin", "destination", "duration", "distance")).rows()) {
            String from = row.text("origin");
            String to = row.text("destination");
            if (!seen.add(from + "\n" + to)) {
                continue;
            }
            String duration = row.cell("duration").strip();
            String distance = row.cell("distance").strip();
            if (duration.isEmpty() || distance.isEmpty() || duration.contains("day")) {
                continue;
            }
            double km;
            try {
                km = GroundRoute.kilometres(distance);
            } catch (IllegalArgumentException e) {
                throw row.error("distance", "expected a distance like '1,863 km', found '" + distance + "'");
            }
            for (TransportMode mode : List.of(TransportMode.SELF_DRIVING, TransportMode.TAXI)) {
                routes.add(new GroundRoute(mode, from, to, duration, distance, km, GroundRoute.costPerVehicle(mode, km)));
            }
        }
        return routes;
    }

    static QuotedCsv csv(Path file, List<String> required) throws IOException {
        return QuotedCsv.parse(file.toString(), SourceFiles.readUtf8(file), required);
    }

    static Cells cells(QuotedCsv.Row row) {
        return new Cells(row.source(), row.line(), "", row.cells()::get);
    }
}
