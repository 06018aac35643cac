package dev.gantry.modeling.travel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The closed world a plan is drawn from (spec T2, T3, F1): city blocks of attractions, restaurants and stays, flights
 * per (origin, destination, date), ground routes per (origin, destination, mode), and the city list when known. What
 * it does not list does not exist. A reference sandbox covers one route; a database sandbox every city, with flights
 * only when a flights file was read ({@link #flightsKnown()}).
 */
public final class Sandbox {
    /** Where the sandbox came from. */
    public enum Kind {
        /** A per-query reference file: closed world of one route. */
        REFERENCE,
        /** The database CSVs, with a flights file or without flights. */
        DATABASE
    }

    private record FlightKey(String from, String to, LocalDate date) {
    }

    private record RouteKey(String from, String to, TransportMode mode) {
    }

    private final Kind kind;
    private final Map<String, CityBlock> blocks;
    private final Map<FlightKey, List<Flight>> flights;
    private final List<Flight> allFlights;
    private final boolean flightsKnown;
    private final Map<RouteKey, GroundRoute> routes;
    private final Optional<CityList> cityList;

    private Sandbox(Builder b) {
        this.kind = b.kind;
        this.blocks = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.blocks));
        Map<FlightKey, List<Flight>> byLeg = new LinkedHashMap<>();
        b.flights.forEach(f -> byLeg.computeIfAbsent(new FlightKey(f.origin(), f.destination(), f.date()), k -> new ArrayList<>()).add(f));
        byLeg.replaceAll((k, v) -> List.copyOf(v));
        this.flights = byLeg;
        this.allFlights = List.copyOf(b.flights);
        this.flightsKnown = b.flightsKnown;
        this.routes = Map.copyOf(b.routes);
        this.cityList = b.cityList;
    }

    public static Builder builder(Kind kind) {
        return new Builder(kind);
    }

    public Kind kind() {
        return kind;
    }

    /** The cities that have a block, in the source's order. */
    public Set<String> cities() {
        return blocks.keySet();
    }

    public Optional<CityBlock> block(String city) {
        return Optional.ofNullable(blocks.get(city));
    }

    public List<Attraction> attractions(String city) {
        return block(city).map(CityBlock::attractions).orElse(List.of());
    }

    public List<Restaurant> restaurants(String city) {
        return block(city).map(CityBlock::restaurants).orElse(List.of());
    }

    public List<Accommodation> accommodations(String city) {
        return block(city).map(CityBlock::accommodations).orElse(List.of());
    }

    /** Whether flights are known: always for a reference, for a database only with a flights file. */
    public boolean flightsKnown() {
        return flightsKnown;
    }

    /** The flights from {@code from} to {@code to} on {@code date}, in the source's order. */
    public List<Flight> flights(String from, String to, LocalDate date) {
        return flights.getOrDefault(new FlightKey(from, to, date), List.of());
    }

    /** Every flight row, in the source's order. */
    public List<Flight> allFlights() {
        return allFlights;
    }

    public Optional<GroundRoute> route(String from, String to, TransportMode mode) {
        return Optional.ofNullable(routes.get(new RouteKey(from, to, mode)));
    }

    /** The city list with states: always for a database, for a reference when one was attached. */
    public Optional<CityList> cityList() {
        return cityList;
    }

    /**
     * The cities a plan for {@code query} may visit (spec M1): for a reference, its cities with a stay block; for a
     * database, {@code dest} (one city) or the listed cities of state {@code dest}; never {@code org}.
     */
    public List<String> candidateCities(TravelQuery query) {
        List<String> cities;
        if (kind == Kind.REFERENCE) {
            cities = new ArrayList<>(blocks.keySet());
        } else if (query.destIsCity()) {
            cities = List.of(query.dest());
        } else {
            cities = cityList.map(l -> l.citiesIn(query.dest())).orElse(List.of());
        }
        return cities.stream().filter(c -> !c.equals(query.org()) && blocks.containsKey(c)).toList();
    }

    /** The same sandbox with {@code list} as its city list. */
    public Sandbox withCityList(CityList list) {
        Builder b = new Builder(kind);
        b.blocks.putAll(blocks);
        b.flights.addAll(allFlights);
        b.flightsKnown = flightsKnown;
        b.routes.putAll(routes);
        b.cityList = Optional.of(list);
        return new Sandbox(b);
    }

    /** Collects a sandbox; later entries for the same city or route replace earlier ones only where noted. */
    public static final class Builder {
        private final Kind kind;
        private final Map<String, CityBlock> blocks = new LinkedHashMap<>();
        private final List<Flight> flights = new ArrayList<>();
        private boolean flightsKnown;
        private final Map<RouteKey, GroundRoute> routes = new LinkedHashMap<>();
        private Optional<CityList> cityList = Optional.empty();

        private Builder(Kind kind) {
            this.kind = kind;
            this.flightsKnown = kind == Kind.REFERENCE;
        }

        public Builder city(CityBlock block) {
            blocks.put(block.city(), block);
            return this;
        }

        public Builder flight(Flight flight) {
            flights.add(flight);
            return this;
        }

        public Builder flightsKnown(boolean known) {
            flightsKnown = known;
            return this;
        }

        /** Adds a route unless one of that mode and pair exists (the first row of a pair wins, spec T3). */
        public Builder route(GroundRoute route) {
            routes.putIfAbsent(new RouteKey(route.from(), route.to(), route.mode()), route);
            return this;
        }

        public Builder cityList(CityList list) {
            cityList = Optional.of(list);
            return this;
        }

        public Sandbox build() {
            return new Sandbox(this);
        }
    }
}
