package dev.gantry.verify.travel;

import dev.gantry.modeling.api.InputFormatException;
import dev.gantry.modeling.travel.Accommodation;
import dev.gantry.modeling.travel.Attraction;
import dev.gantry.modeling.travel.CityList;
import dev.gantry.modeling.travel.CityName;
import dev.gantry.modeling.travel.CurrentCity;
import dev.gantry.modeling.travel.Cuisine;
import dev.gantry.modeling.travel.DayField;
import dev.gantry.modeling.travel.Flight;
import dev.gantry.modeling.travel.GroundRoute;
import dev.gantry.modeling.travel.Meal;
import dev.gantry.modeling.travel.PlaceRef;
import dev.gantry.modeling.travel.PlanDay;
import dev.gantry.modeling.travel.Restaurant;
import dev.gantry.modeling.travel.Sandbox;
import dev.gantry.modeling.travel.TransportMode;
import dev.gantry.modeling.travel.TransportText;
import dev.gantry.modeling.travel.TravelPlan;
import dev.gantry.modeling.travel.TravelQuery;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The intended semantics (spec V1–V3): entities resolve by exact trimmed name within their city, a flight by number,
 * route and that day's date, a drive by the road rule; the first of several same-named records is used, with a warning.
 */
final class StrictVerifier {
    private final TravelQuery q;
    private final Sandbox sb;
    private final TravelPlan plan;
    private final int n;
    private final Set<String> warnings = new LinkedHashSet<>();

    /** A resolved leg: its mode, and the flight or route when the sandbox has it. */
    private record Leg(TransportText text, Optional<Flight> flight, Optional<GroundRoute> route) {
    }

    StrictVerifier(TravelQuery query, Sandbox sandbox, TravelPlan plan) {
        this.q = query;
        this.sb = sandbox;
        this.plan = plan;
        this.n = query.days();
    }

    TravelReport verify() {
        for (int d = n + 1; d <= plan.days().size(); d++) {
            if (!plan.day(d).isEmpty()) {
                warnings.add("day " + d + ": a non-empty day after the trip's " + n + " days (ignored)");
            }
        }
        List<CostItem> costs = costs();
        long total = costs.stream().mapToLong(CostItem::amount).sum();
        List<CheckResult> checks = List.of(withinSandbox(), complete(), currentCity(), route(), diverseRestaurants(),
                diverseAttractions(), transportConsistency(), minimumNights(), budget(total), roomRule(), roomType(), cuisine(),
                transportation());
        return new TravelReport(Mode.STRICT, plan.delivered(), checks, total, costs, List.copyOf(warnings));
    }

    // ---------------------------------------------------------------- resolution

    private static String where(int day, DayField field) {
        return "day " + day + " " + field.key();
    }

    private <T> Optional<T> resolve(List<T> records, Function<T, String> name, PlaceRef ref, int day, DayField field,
                                    Function<List<T>, String> detail) {
        List<T> matches = records.stream().filter(r -> name.apply(r).strip().equals(ref.name())).toList();
        if (matches.size() > 1) {
            warnings.add(where(day, field) + ": '" + ref.name() + ", " + ref.city().name() + "' matches " + matches.size()
                    + " records (" + detail.apply(matches) + "); the first is used");
        }
        return matches.stream().findFirst();
    }

    private Optional<Restaurant> restaurant(int day, Meal meal) {
        return plan.day(day).meal(meal).flatMap(ref -> resolve(sb.restaurants(ref.city().name()), Restaurant::name, ref, day,
                DayField.of(meal), m -> m.stream().map(r -> "$" + r.averageCost()).collect(Collectors.joining(", "))));
    }

    private Optional<Attraction> attraction(int day, String item) {
        return PlaceRef.parse(item).flatMap(ref -> resolve(sb.attractions(ref.city().name()), Attraction::name, ref, day,
                DayField.ATTRACTION, m -> m.stream().map(Attraction::address).collect(Collectors.joining("; "))));
    }

    private Optional<Accommodation> stay(int day) {
        Optional<Accommodation> stay = plan.day(day).accommodation().flatMap(ref -> resolve(sb.accommodations(ref.city().name()),
                Accommodation::name, ref, day, DayField.ACCOMMODATION,
                m -> m.stream().map(a -> "$" + a.price()).collect(Collectors.joining(", "))));
        stay.filter(a -> !a.complete()).ifPresent(a -> warnings.add(where(day, DayField.ACCOMMODATION) + ": '" + a.name()
                + "' has empty fields (the upstream evaluator drops such records)"));
        return stay;
    }

    private Optional<Leg> leg(int day) {
        PlanDay pd = plan.day(day);
        Optional<TransportText> text = pd.transport();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        TransportText t = text.get();
        String from = t.from().name();
        String to = t.to().name();
        if (t.mode() == TransportMode.FLIGHT) {
            String number = t.flightNumber().orElseThrow();
            if (!sb.flightsKnown()) {
                throw new InputFormatException("plan", 0, where(day, DayField.TRANSPORTATION), "flight " + number
                        + " cannot be checked: the sandbox has no flight data (pass --flights FILE or a reference file)");
            }
            Optional<Flight> f = sb.flights(from, to, q.date(day)).stream().filter(x -> x.number().equals(number)).findFirst();
            f.ifPresent(x -> {
                if (!t.departure().orElse("").equals(x.departure().toString()) || !t.arrival().orElse("").equals(x.arrival().toString())) {
                    warnings.add(where(day, DayField.TRANSPORTATION) + ": stated times " + t.departure().orElse("?") + "–"
                            + t.arrival().orElse("?") + " differ from the sandbox's " + x.departure() + "–" + x.arrival());
                }
            });
            return Optional.of(new Leg(t, f, Optional.empty()));
        }
        Optional<GroundRoute> r = sb.route(from, to, t.mode());
        r.ifPresent(route -> {
            stated(day, "duration", t.duration(), route.duration());
            stated(day, "distance", t.distance(), route.distance());
            stated(day, "cost", t.cost(), String.valueOf(route.costPerVehicle()));
        });
        return Optional.of(new Leg(t, Optional.empty(), r));
    }

    private void stated(int day, String what, Optional<String> stated, String sandbox) {
        if (stated.isPresent() && !stated.get().strip().equals(sandbox)) {
            warnings.add(where(day, DayField.TRANSPORTATION) + ": stated " + what + " " + stated.get().strip() + " differs from the sandbox's "
                    + sandbox + " (the sandbox figure is used)");
        }
    }

    // ---------------------------------------------------------------- V1 cost

    private List<CostItem> costs() {
        int p = q.people();
        List<CostItem> items = new ArrayList<>();
        for (int d = 1; d <= n; d++) {
            PlanDay day = plan.day(d);
            final int dd = d;
            leg(d).ifPresent(leg -> {
                long amount = leg.flight().map(f -> (long) f.price() * p)
                        .or(() -> leg.route().map(r -> (long) r.costPerVehicle() * r.mode().vehicles(p))).orElse(0L);
                items.add(new CostItem(dd, CostKind.TRANSPORT, day.text(DayField.TRANSPORTATION), amount));
            });
            for (Meal meal : Meal.values()) {
                restaurant(d, meal).ifPresent(r -> items.add(new CostItem(dd, CostKind.MEAL, day.text(DayField.of(meal)),
                        (long) r.averageCost() * p)));
            }
            stay(d).ifPresent(a -> items.add(new CostItem(dd, CostKind.ACCOMMODATION, day.text(DayField.ACCOMMODATION), a.nightCost(p))));
        }
        return items;
    }

    // ---------------------------------------------------------------- V2

    private CheckResult withinSandbox() {
        List<String> f = new ArrayList<>();
        for (int d = 1; d <= n; d++) {
            PlanDay day = plan.day(d);
            if (day.filled(DayField.TRANSPORTATION)) {
                Optional<Leg> leg = leg(d);
                if (leg.isEmpty()) {
                    f.add(where(d, DayField.TRANSPORTATION) + ": cannot read '" + day.text(DayField.TRANSPORTATION) + "'");
                } else if (leg.get().text().mode() == TransportMode.FLIGHT && leg.get().flight().isEmpty()) {
                    TransportText t = leg.get().text();
                    f.add(where(d, DayField.TRANSPORTATION) + ": no flight " + t.flightNumber().orElseThrow() + " from "
                            + t.from().name() + " to " + t.to().name() + " on " + q.date(d));
                } else if (leg.get().text().mode() != TransportMode.FLIGHT && leg.get().route().isEmpty()) {
                    TransportText t = leg.get().text();
                    f.add(where(d, DayField.TRANSPORTATION) + ": no usable road for " + t.mode().label().toLowerCase(java.util.Locale.ROOT)
                            + " from " + t.from().name() + " to " + t.to().name());
                }
            }
            for (Meal meal : Meal.values()) {
                DayField field = DayField.of(meal);
                if (day.filled(field) && restaurant(d, meal).isEmpty()) {
                    f.add(where(d, field) + ": no restaurant '" + day.text(field).strip() + "' in the sandbox");
                }
            }
            for (String item : day.attractionItems()) {
                if (attraction(d, item).isEmpty()) {
                    f.add(where(d, DayField.ATTRACTION) + ": no attraction '" + item + "' in the sandbox");
                }
            }
            if (day.filled(DayField.ACCOMMODATION) && stay(d).isEmpty()) {
                f.add(where(d, DayField.ACCOMMODATION) + ": no accommodation '" + day.text(DayField.ACCOMMODATION).strip() + "' in the sandbox");
            }
        }
        return CheckResult.of(Check.WITHIN_SANDBOX, f);
    }

    /** The cities of the route, day by day: A on a stay day, A then B on a travel day. */
    private List<String> citySequence() {
        List<String> cities = new ArrayList<>();
        for (int d = 1; d <= n; d++) {
            plan.day(d).currentCity().ifPresent(c -> {
                cities.add(c.from().name());
                c.to().ifPresent(t -> cities.add(t.name()));
            });
        }
        return cities;
    }

    private CheckResult complete() {
        List<String> f = new ArrayList<>();
        int filled = 0;
        for (int d = 1; d <= n; d++) {
            PlanDay day = plan.day(d);
            if (day.isEmpty()) {
                f.add("day " + d + ": missing (the trip has " + n + " days)");
                continue;
            }
            if (day.number() != null && day.number() != 0) {
                filled++;
            }
            for (DayField field : DayField.values()) {
                if (!day.has(field)) {
                    f.add(where(d, field) + ": key missing");
                } else if (day.filled(field)) {
                    filled++;
                }
            }
            Optional<CurrentCity> cc = day.currentCity();
            if (cc.isEmpty()) {
                f.add(where(d, DayField.CURRENT_CITY) + ": empty");
                continue;
            }
            if (cc.get().travel()) {
                if (!day.filled(DayField.TRANSPORTATION)) {
                    f.add(where(d, DayField.TRANSPORTATION) + ": a travel day without transport");
                }
            } else {
                for (Meal meal : Meal.values()) {
                    if (!day.filled(DayField.of(meal))) {
                        f.add(where(d, DayField.of(meal)) + ": a stay day without " + meal.key());
                    }
                }
                if (day.attractionItems().isEmpty()) {
                    f.add(where(d, DayField.ATTRACTION) + ": a stay day without an attraction");
                }
            }
            if (d < n && !day.filled(DayField.ACCOMMODATION)) {
                f.add(where(d, DayField.ACCOMMODATION) + ": no stay for the night");
            }
            if (d == n && day.filled(DayField.ACCOMMODATION)) {
                f.add(where(d, DayField.ACCOMMODATION) + ": the last day has a stay; it should be '-'");
            }
        }
        PlanDay first = plan.day(1);
        if (first.currentCity().isPresent() && (!first.currentCity().get().travel()
                || !first.currentCity().get().from().name().equals(q.org()))) {
            f.add(where(1, DayField.CURRENT_CITY) + ": day 1 must leave " + q.org());
        }
        Set<String> visited = new LinkedHashSet<>(citySequence());
        visited.remove(q.org());
        if (visited.size() != q.visitingCityNumber()) {
            f.add("route: visits " + visited.size() + " cities " + visited + " besides " + q.org() + "; the query asks for "
                    + q.visitingCityNumber());
        }
        if (filled * 2 < 6 * n) {
            f.add("plan: " + filled + " filled fields, fewer than half of " + 6 * n);
        }
        return CheckResult.of(Check.COMPLETE_INFORMATION, f);
    }

    private CheckResult currentCity() {
        List<String> f = new ArrayList<>();
        for (int d = 1; d <= n; d++) {
            final int dd = d;
            PlanDay day = plan.day(d);
            Optional<CurrentCity> cc = day.currentCity();
            if (cc.isEmpty()) {
                continue;
            }
            String a = cc.get().from().name();
            Optional<String> b = cc.get().to().map(CityName::name);
            Set<String> here = b.isPresent() ? Set.of(a, b.get()) : Set.of(a);
            String place = b.map(x -> a + " or " + x).orElse(a);
            if (b.isEmpty() && day.filled(DayField.TRANSPORTATION)) {
                f.add(where(d, DayField.TRANSPORTATION) + ": transport on a stay day in " + a);
            }
            if (b.isPresent()) {
                day.transport().ifPresent(t -> {
                    if (!t.from().name().equals(a) || !t.to().name().equals(b.get())) {
                        f.add(where(dd, DayField.TRANSPORTATION) + ": goes from " + t.from().name() + " to " + t.to().name()
                                + ", but current_city says from " + a + " to " + b.get());
                    }
                });
            }
            boolean ateInB = false;
            for (Meal meal : Meal.values()) {
                Optional<PlaceRef> ref = day.meal(meal);
                if (ref.isEmpty()) {
                    continue;
                }
                String city = ref.get().city().name();
                if (!here.contains(city)) {
                    f.add(where(d, DayField.of(meal)) + ": in " + city + ", not in " + place);
                } else if (b.isPresent()) {
                    if (city.equals(b.get()) && !city.equals(a)) {
                        ateInB = true;
                    } else if (ateInB) {
                        f.add(where(d, DayField.of(meal)) + ": back in " + a + " after an earlier meal in " + b.get());
                    }
                }
            }
            for (String item : day.attractionItems()) {
                PlaceRef.parse(item).map(r -> r.city().name()).filter(c -> !here.contains(c))
                        .ifPresent(c -> f.add(where(dd, DayField.ATTRACTION) + ": '" + item + "' is in " + c + ", not in " + place));
            }
            // the last day's stay is Complete Information's business, so one fault is reported once
            if (d < n) {
                String night = b.orElse(a);
                day.accommodation().map(r -> r.city().name()).filter(c -> !c.equals(night))
                        .ifPresent(c -> f.add(where(dd, DayField.ACCOMMODATION) + ": in " + c + ", but the night is in " + night));
            }
        }
        return CheckResult.of(Check.WITHIN_CURRENT_CITY, f);
    }

    private CheckResult route() {
        List<String> f = new ArrayList<>();
        List<String> seq = new ArrayList<>();
        for (String c : citySequence()) {
            if (seq.isEmpty() || !seq.get(seq.size() - 1).equals(c)) {
                seq.add(c);
            }
        }
        if (seq.isEmpty()) {
            return CheckResult.of(Check.REASONABLE_CITY_ROUTE, List.of("route: no current_city on any day"));
        }
        if (!seq.get(0).equals(q.org())) {
            f.add("route: starts in " + seq.get(0) + ", not in " + q.org());
        }
        if (!seq.get(seq.size() - 1).equals(q.org())) {
            f.add("route: ends in " + seq.get(seq.size() - 1) + ", not back in " + q.org());
        }
        List<String> inner = seq.size() > 2 ? seq.subList(1, seq.size() - 1) : List.of();
        Set<String> seen = new HashSet<>();
        for (String c : inner) {
            if (c.equals(q.org())) {
                f.add("route: passes through " + q.org() + " mid-trip");
            } else if (!seen.add(c)) {
                f.add("route: returns to " + c + " after leaving it");
            }
        }
        Optional<CityList> list = sb.cityList();
        for (String c : new LinkedHashSet<>(inner)) {
            if (c.equals(q.org())) {
                continue;
            }
            if (q.destIsCity()) {
                if (!c.equals(q.dest())) {
                    f.add("route: visits " + c + ", but the query's destination is " + q.dest());
                }
            } else if (list.isPresent()) {
                String state = list.get().stateOf(c).orElse(null);
                if (state != null && !state.equals(q.dest())) {
                    f.add("route: " + c + " lies in " + state + ", not in " + q.dest());
                }
            }
        }
        if (list.isPresent()) {
            for (String c : new LinkedHashSet<>(seq)) {
                if (!list.get().contains(c)) {
                    f.add("route: " + c + " is not in the city list");
                }
            }
            for (int d = 1; d <= n; d++) {
                final int day = d;
                plan.day(d).currentCity().ifPresent(cc -> {
                    List<CityName> names = new ArrayList<>(List.of(cc.from()));
                    cc.to().ifPresent(names::add);
                    for (CityName name : names) {
                        name.state().ifPresent(s -> list.get().stateOf(name.name()).filter(real -> !real.equals(s))
                                .ifPresent(real -> f.add(where(day, DayField.CURRENT_CITY) + ": " + name.text() + " but "
                                        + name.name() + " lies in " + real)));
                    }
                });
            }
        } else if (!q.destIsCity()) {
            warnings.add("route: no city list, so the states of the cities are not checked");
        }
        return CheckResult.of(Check.REASONABLE_CITY_ROUTE, f);
    }

    private CheckResult diverseRestaurants() {
        List<String> f = new ArrayList<>();
        Set<Object> used = new HashSet<>();
        for (int d = 1; d <= n; d++) {
            for (Meal meal : Meal.values()) {
                PlanDay day = plan.day(d);
                if (!day.filled(DayField.of(meal))) {
                    continue;
                }
                Object key = restaurant(d, meal).map(r -> (Object) new IdentityKey(r)).orElse(day.text(DayField.of(meal)).strip());
                if (!used.add(key)) {
                    f.add(where(d, DayField.of(meal)) + ": '" + day.text(DayField.of(meal)).strip() + "' was already used");
                }
            }
        }
        return CheckResult.of(Check.DIVERSE_RESTAURANTS, f);
    }

    private CheckResult diverseAttractions() {
        List<String> f = new ArrayList<>();
        Set<Object> used = new HashSet<>();
        for (int d = 1; d <= n; d++) {
            for (String item : plan.day(d).attractionItems()) {
                Object key = attraction(d, item).map(a -> (Object) new IdentityKey(a)).orElse(item);
                if (!used.add(key)) {
                    f.add(where(d, DayField.ATTRACTION) + ": '" + item + "' was already visited");
                }
            }
        }
        return CheckResult.of(Check.DIVERSE_ATTRACTIONS, f);
    }

    /** A record by identity: two equal records (exact duplicates in the data) are still two records. */
    private record IdentityKey(Object record) {
        @Override
        public boolean equals(Object o) {
            return o instanceof IdentityKey k && k.record == record;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(record);
        }
    }

    private CheckResult transportConsistency() {
        List<String> f = new ArrayList<>();
        if (!plan.day(1).filled(DayField.TRANSPORTATION)) {
            f.add(where(1, DayField.TRANSPORTATION) + ": day 1 has no transport");
        }
        Set<TransportMode> modes = new LinkedHashSet<>();
        for (int d = 1; d <= n; d++) {
            plan.day(d).transport().ifPresent(t -> modes.add(t.mode()));
        }
        if (modes.contains(TransportMode.SELF_DRIVING) && modes.size() > 1) {
            f.add("transport: self-driving together with " + modes.stream().filter(m -> m != TransportMode.SELF_DRIVING)
                    .map(m -> m.label().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.joining(" and ")));
        }
        return CheckResult.of(Check.NON_CONFLICTING_TRANSPORTATION, f);
    }

    private CheckResult minimumNights() {
        List<String> f = new ArrayList<>();
        int d = 1;
        while (d <= n) {
            String text = plan.day(d).text(DayField.ACCOMMODATION).strip();
            int start = d;
            while (d <= n && plan.day(d).text(DayField.ACCOMMODATION).strip().equals(text)) {
                d++;
            }
            int nights = d - start;
            if (!text.isEmpty() && !text.equals("-")) {
                Optional<Accommodation> stay = stay(start);
                if (stay.isPresent() && stay.get().minimumNights() != null && nights < stay.get().minimumNights()) {
                    f.add(where(start, DayField.ACCOMMODATION) + ": " + nights + " night(s) at '" + stay.get().name()
                            + "', which asks at least " + stay.get().minimumNights());
                }
            }
        }
        return CheckResult.of(Check.MINIMUM_NIGHTS, f);
    }

    // ---------------------------------------------------------------- V3

    private CheckResult budget(long total) {
        return CheckResult.of(Check.BUDGET, total <= q.budget() ? List.of()
                : List.of("cost: $" + total + " exceeds the budget of $" + q.budget()));
    }

    private CheckResult roomRule() {
        return q.houseRule().map(rule -> stays(Check.ROOM_RULE, a -> a.forbids(rule), a -> "says " + rule.prohibition()))
                .orElse(CheckResult.notApplicable(Check.ROOM_RULE));
    }

    private CheckResult roomType() {
        return q.roomType().map(type -> stays(Check.ROOM_TYPE, a -> !type.admits(a.roomKind()),
                a -> "is a " + a.roomKind().label() + ", not a " + type.label())).orElse(CheckResult.notApplicable(Check.ROOM_TYPE));
    }

    /** {@code check} fails on every day whose resolved stay is {@code bad}, saying {@code why}. */
    private CheckResult stays(Check check, java.util.function.Predicate<Accommodation> bad, Function<Accommodation, String> why) {
        List<String> f = new ArrayList<>();
        for (int d = 1; d <= n; d++) {
            final int day = d;
            stay(d).filter(bad).ifPresent(a -> f.add(where(day, DayField.ACCOMMODATION) + ": '" + a.name() + "' " + why.apply(a)));
        }
        return CheckResult.of(check, f);
    }

    private CheckResult cuisine() {
        if (q.cuisines().isEmpty()) {
            return CheckResult.notApplicable(Check.CUISINE);
        }
        Set<Cuisine> eaten = new HashSet<>();
        for (int d = 1; d <= n; d++) {
            for (Meal meal : Meal.values()) {
                restaurant(d, meal).filter(r -> !r.city().equals(q.org()))
                        .ifPresent(r -> q.cuisines().stream().filter(r::serves).forEach(eaten::add));
            }
        }
        List<String> f = q.cuisines().stream().filter(c -> !eaten.contains(c))
                .map(c -> "meals: no " + c.label() + " restaurant outside " + q.org()).toList();
        return CheckResult.of(Check.CUISINE, f);
    }

    private CheckResult transportation() {
        if (q.transport().isEmpty()) {
            return CheckResult.notApplicable(Check.TRANSPORTATION);
        }
        TransportMode forbidden = q.transport().get().forbidden();
        List<String> f = new ArrayList<>();
        for (int d = 1; d <= n; d++) {
            final int day = d;
            plan.day(d).transport().filter(t -> t.mode() == forbidden).ifPresent(t -> f.add(where(day, DayField.TRANSPORTATION)
                    + ": " + forbidden.label().toLowerCase(java.util.Locale.ROOT) + ", which the query forbids (" + q.transport().get().label() + ")"));
        }
        return CheckResult.of(Check.TRANSPORTATION, f);
    }
}
