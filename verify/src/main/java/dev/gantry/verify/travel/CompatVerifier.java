package dev.gantry.verify.travel;

import dev.gantry.modeling.api.InputFormatException;
import dev.gantry.modeling.travel.Accommodation;
import dev.gantry.modeling.travel.Attraction;
import dev.gantry.modeling.travel.CityList;
import dev.gantry.modeling.travel.Cuisine;
import dev.gantry.modeling.travel.DayField;
import dev.gantry.modeling.travel.Flight;
import dev.gantry.modeling.travel.GroundRoute;
import dev.gantry.modeling.travel.Meal;
import dev.gantry.modeling.travel.PlanDay;
import dev.gantry.modeling.travel.Restaurant;
import dev.gantry.modeling.travel.Sandbox;
import dev.gantry.modeling.travel.TransportMode;
import dev.gantry.modeling.travel.TravelPlan;
import dev.gantry.modeling.travel.TravelQuery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The upstream evaluator's reading (spec V5, quirks 1–12), written from its documented behaviour: raw texts, substring
 * name matches with the first record winning, flights by number and route without the date, and the same
 * short-cuts. Where the upstream script would crash, the check fails with a reason saying so (quirk 12).
 */
final class CompatVerifier {
    private static final Pattern FROM_TO = Pattern.compile("from\\s+(.+?)\\s+to\\s+([^,]+)(?=[,\\s]|$)");
    private static final Pattern BEFORE_PAREN = Pattern.compile("^(.*?)\\([^)]*\\)");
    private static final Pattern NAME_CITY = Pattern.compile("(.*?),\\s*([^,]+)(\\(\\w[\\w\\s]*\\))?$");
    private static final String NO_MORE_DAYS = "You don't need to fill in the information for this or later days.";

    private final TravelQuery q;
    private final Sandbox sb;
    private final TravelPlan plan;
    private final int n;
    /** Days looked at: the first {@code days}, or fewer when the plan is shorter. */
    private final int m;
    private final Set<String> warnings = new LinkedHashSet<>();

    CompatVerifier(TravelQuery query, Sandbox sandbox, TravelPlan plan) {
        this.q = query;
        this.sb = sandbox;
        this.plan = plan;
        this.n = query.days();
        this.m = Math.min(n, plan.days().size());
    }

    TravelReport verify(List<String> strictWarnings) {
        warnings.addAll(strictWarnings);
        CheckResult sandbox = withinSandbox();
        CheckResult complete = complete(sandbox);
        List<CostItem> costs = costs();
        long total = costs.stream().mapToLong(CostItem::amount).sum();
        boolean hardRuns = sandbox.verdict() == Verdict.PASS && complete.verdict() == Verdict.PASS;
        List<CheckResult> checks = new ArrayList<>(List.of(sandbox, complete, currentCity(), route(), diverseRestaurants(),
                diverseAttractions(), transportConsistency(), minimumNights()));
        List<CheckResult> hard = List.of(CheckResult.of(Check.BUDGET, total <= q.budget() ? List.of()
                        : List.of("cost: $" + total + " exceeds the budget of $" + q.budget())), roomRule(), roomType(), cuisine(),
                transportation());
        for (CheckResult h : hard) {
            if (hardRuns || h.verdict() == Verdict.NA) {
                checks.add(h);
            } else {
                checks.add(new CheckResult(h.check(), Verdict.FAIL, List.of("not evaluated: upstream runs hard checks only for "
                        + "plans that pass Complete Information and Within Sandbox, and counts them as failed")));
            }
        }
        return new TravelReport(Mode.COMPAT, plan.delivered(), checks, total, costs, List.copyOf(warnings));
    }

    // ---------------------------------------------------------------- the upstream helpers

    /** {@code extract_from_to}: A and B of {@code from A to B}, or null. */
    static String[] fromTo(String text) {
        Matcher x = FROM_TO.matcher(text);
        return x.find() ? new String[] {x.group(1), x.group(2)} : null;
    }

    /** {@code extract_before_parenthesis}. */
    static String beforeParen(String s) {
        Matcher x = BEFORE_PAREN.matcher(s);
        return x.find() ? x.group(1) : s;
    }

    /** {@code get_valid_name_city}: name and city, or {@code -}, {@code -}. */
    static String[] nameCity(String info) {
        Matcher x = NAME_CITY.matcher(info);
        return x.find() ? new String[] {x.group(1).strip(), beforeParen(x.group(2).strip()).strip()} : new String[] {"-", "-"};
    }

    /** {@code split(';')[:-1]}: the items before the last {@code ;} (quirk 4). */
    static List<String> attractionItems(String text) {
        String[] parts = text.split(";", -1);
        return Arrays.asList(parts).subList(0, parts.length - 1);
    }

    /** {@code transportation_match}: taxi, then self-driving, then flight (quirk 10). */
    static Optional<TransportMode> modeOf(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return t.contains("taxi") ? Optional.of(TransportMode.TAXI) : t.contains("self-driving") ? Optional.of(TransportMode.SELF_DRIVING)
                : t.contains("flight") ? Optional.of(TransportMode.FLIGHT) : Optional.empty();
    }

    /** Truthy and not {@code -}, as upstream tests a field. */
    private static boolean given(PlanDay day, DayField field) {
        return day.has(field) && !day.text(field).isEmpty() && !day.text(field).equals("-");
    }

    private static String where(int day, DayField field) {
        return "day " + day + " " + field.key();
    }

    /** The first record of {@code city} whose name contains {@code name} (quirk 2). */
    private static <T> Optional<T> first(List<T> records, Function<T, String> nameOf, String name) {
        return records.stream().filter(r -> nameOf.apply(r).contains(name)).findFirst();
    }

    private static <T> long count(List<T> records, Function<T, String> nameOf, String name) {
        return records.stream().filter(r -> nameOf.apply(r).contains(name)).count();
    }

    private Optional<Restaurant> restaurant(String text) {
        String[] nc = nameCity(text);
        return first(sb.restaurants(nc[1]), Restaurant::name, nc[0]);
    }

    /** Stays with every field filled: upstream drops the rest when loading (quirk 1). */
    private List<Accommodation> stays(String city) {
        return sb.accommodations(city).stream().filter(Accommodation::complete).toList();
    }

    private Optional<Accommodation> stay(String text) {
        String[] nc = nameCity(text);
        return first(stays(nc[1]), Accommodation::name, nc[0]);
    }

    /** The flight table: the reference's rows, or the flights file (quirk 3 ignores the date). */
    private List<Flight> flightTable(int day, String number) {
        if (!sb.flightsKnown()) {
            throw new InputFormatException("plan", 0, where(day, DayField.TRANSPORTATION), "flight " + number
                    + " cannot be checked: the sandbox has no flight data (pass --flights FILE or a reference file)");
        }
        return sb.allFlights();
    }

    /** The flight number as upstream cuts it, or null where its split would fail. */
    private static String flightNumber(String value) {
        int at = value.indexOf("Flight Number: ");
        if (at < 0) {
            return null;
        }
        String rest = value.substring(at + "Flight Number: ".length());
        int comma = rest.indexOf(',');
        return comma < 0 ? rest : rest.substring(0, comma);
    }

    private String[] legCities(PlanDay day, String value) {
        String[] ft = fromTo(value);
        if (ft == null && day.has(DayField.CURRENT_CITY)) {
            ft = fromTo(day.text(DayField.CURRENT_CITY));
        }
        return ft;
    }

    // ---------------------------------------------------------------- checks

    private CheckResult withinSandbox() {
        List<String> f = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            int d = i + 1;
            PlanDay day = plan.day(d);
            if (!day.has(DayField.TRANSPORTATION)) {
                f.add(where(d, DayField.TRANSPORTATION) + ": key missing (upstream would crash)");
                continue;
            }
            if (given(day, DayField.TRANSPORTATION)) {
                String value = day.text(DayField.TRANSPORTATION);
                String[] ft = legCities(day, value);
                String lower = value.toLowerCase(Locale.ROOT);
                if (lower.contains("flight number")) {
                    String number = flightNumber(value);
                    if (ft == null || number == null) {
                        f.add(where(d, DayField.TRANSPORTATION) + ": cannot parse '" + value + "' (upstream would crash)");
                    } else {
                        String from = beforeParen(ft[0]);
                        String to = beforeParen(ft[1]);
                        if (flightTable(d, number).stream().noneMatch(x -> x.number().equals(number) && x.origin().equals(from)
                                && x.destination().equals(to))) {
                            f.add(where(d, DayField.TRANSPORTATION) + ": no flight " + number + " from " + from + " to " + to);
                        }
                    }
                } else if (lower.contains("self-driving") || lower.contains("taxi")) {
                    String from = ft == null ? "-" : beforeParen(ft[0]);
                    String to = ft == null ? "-" : beforeParen(ft[1]);
                    TransportMode mode = lower.contains("self-driving") ? TransportMode.SELF_DRIVING : TransportMode.TAXI;
                    if (sb.route(from, to, mode).isEmpty()) {
                        f.add(where(d, DayField.TRANSPORTATION) + ": no usable road from " + from + " to " + to);
                    }
                }
            }
            for (Meal meal : Meal.values()) {
                DayField field = DayField.of(meal);
                if (given(day, field) && restaurant(day.text(field)).isEmpty()) {
                    f.add(where(d, field) + ": no restaurant matching '" + day.text(field) + "'");
                }
            }
            if (given(day, DayField.ATTRACTION)) {
                for (String item : attractionItems(day.text(DayField.ATTRACTION))) {
                    String[] nc = nameCity(item);
                    if (first(sb.attractions(nc[1]), Attraction::name, nc[0]).isEmpty()) {
                        f.add(where(d, DayField.ATTRACTION) + ": no attraction matching '" + item + "'");
                    }
                }
            }
            if (given(day, DayField.ACCOMMODATION) && stay(day.text(DayField.ACCOMMODATION)).isEmpty()) {
                f.add(where(d, DayField.ACCOMMODATION) + ": no complete accommodation record matching '" + day.text(DayField.ACCOMMODATION) + "'");
            }
        }
        return CheckResult.of(Check.WITHIN_SANDBOX, f);
    }

    /** {@code is_not_absent}: day count, city count, the sandbox check, the keys, and half the fields filled. */
    private CheckResult complete(CheckResult sandbox) {
        List<String> f = new ArrayList<>();
        int lens = 0;
        for (int i = 0; i < m; i++) {
            PlanDay day = plan.day(i + 1);
            if (!day.isEmpty() && !day.has(DayField.CURRENT_CITY)) {
                return CheckResult.of(Check.COMPLETE_INFORMATION, List.of(where(i + 1, DayField.CURRENT_CITY) + ": key missing (upstream would crash)"));
            }
            if (!day.isEmpty() && !day.text(DayField.CURRENT_CITY).equals(NO_MORE_DAYS)) {
                lens++;
            }
        }
        if (lens != n) {
            return CheckResult.of(Check.COMPLETE_INFORMATION, List.of("plan: " + lens + " days, the query has " + n));
        }
        Set<String> cities = new HashSet<>();
        for (int i = 0; i < m; i++) {
            String cc = plan.day(i + 1).text(DayField.CURRENT_CITY);
            if (cc.contains("from")) {
                String[] ft = fromTo(cc);
                if (ft == null) {
                    return CheckResult.of(Check.COMPLETE_INFORMATION, List.of(where(i + 1, DayField.CURRENT_CITY) + ": cannot parse '" + cc
                            + "' (upstream would crash)"));
                }
                if (i == 0 && !beforeParen(ft[0]).equals(q.org())) {
                    return CheckResult.of(Check.COMPLETE_INFORMATION, List.of(where(1, DayField.CURRENT_CITY) + ": the first day's city should be " + q.org()));
                }
                cities.add(beforeParen(ft[0]));
                cities.add(beforeParen(ft[1]));
            } else {
                cities.add(beforeParen(cc));
            }
        }
        cities.remove(q.org());
        if (cities.size() != q.visitingCityNumber()) {
            f.add("route: " + cities.size() + " cities besides " + q.org() + ", the query asks for " + q.visitingCityNumber());
            return CheckResult.of(Check.COMPLETE_INFORMATION, f);
        }
        if (sandbox.verdict() == Verdict.FAIL) {
            return CheckResult.of(Check.COMPLETE_INFORMATION, List.of("plan: invalid information exists (upstream's check includes Within Sandbox)"));
        }
        int filled = 0;
        for (int i = 0; i < m; i++) {
            int d = i + 1;
            PlanDay day = plan.day(d);
            for (DayField key : List.of(DayField.TRANSPORTATION, DayField.BREAKFAST, DayField.LUNCH, DayField.DINNER,
                    DayField.ATTRACTION, DayField.ACCOMMODATION)) {
                if (!day.has(key)) {
                    return CheckResult.of(Check.COMPLETE_INFORMATION, List.of(where(d, key) + ": key missing"));
                }
            }
            String cc = day.text(DayField.CURRENT_CITY);
            boolean blankTransport = day.text(DayField.TRANSPORTATION).isEmpty() || day.text(DayField.TRANSPORTATION).equals("-");
            if ((cc.contains("from ") || cc.contains("to ")) && blankTransport) {
                return CheckResult.of(Check.COMPLETE_INFORMATION, List.of(where(d, DayField.TRANSPORTATION) + ": no transport on a travel day"));
            }
            if (!cc.contains("from ") && !cc.contains(" to ") && !given(day, DayField.ATTRACTION)) {
                return CheckResult.of(Check.COMPLETE_INFORMATION, List.of(where(d, DayField.ATTRACTION) + ": no attraction on a stay day"));
            }
            if (i != n - 1 && !given(day, DayField.ACCOMMODATION)) {
                return CheckResult.of(Check.COMPLETE_INFORMATION, List.of(where(d, DayField.ACCOMMODATION) + ": no accommodation"));
            }
            boolean mealMissing = Arrays.stream(Meal.values()).anyMatch(meal -> !given(day, DayField.of(meal)));
            if (mealMissing && !cc.contains("from ")) {
                return CheckResult.of(Check.COMPLETE_INFORMATION, List.of("day " + d + ": a meal is missing on a stay day"));
            }
            if (day.number() != null && day.number() != 0) {
                filled++;
            }
            for (DayField key : DayField.values()) {
                if (given(day, key)) {
                    filled++;
                }
            }
        }
        if (filled * 2 < 6 * n) {
            f.add("plan: " + filled + " filled fields, fewer than half of " + 6 * n);
        }
        return CheckResult.of(Check.COMPLETE_INFORMATION, f);
    }

    /** {@code is_valid_information_in_current_city}; on a stay day the "cities" are the name's characters (quirk 5). */
    private CheckResult currentCity() {
        List<String> f = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            int d = i + 1;
            PlanDay day = plan.day(d);
            String cc = day.text(DayField.CURRENT_CITY);
            List<String> cities;
            if (cc.contains("from")) {
                String[] ft = fromTo(cc);
                if (ft == null) {
                    f.add(where(d, DayField.CURRENT_CITY) + ": cannot parse '" + cc + "' (upstream would crash)");
                    continue;
                }
                cities = List.of(beforeParen(ft[0]), beforeParen(ft[1]));
            } else {
                cities = beforeParen(cc).codePoints().mapToObj(Character::toString).toList();
            }
            if (given(day, DayField.TRANSPORTATION)) {
                for (String city : cities) {
                    if (!day.text(DayField.TRANSPORTATION).contains(city)) {
                        f.add(where(d, DayField.TRANSPORTATION) + ": does not name " + city);
                        break;
                    }
                }
            }
            for (Meal meal : Meal.values()) {
                DayField field = DayField.of(meal);
                if (given(day, field) && cities.stream().noneMatch(c -> day.text(field).contains(c))) {
                    f.add(where(d, field) + ": names no city of '" + cc + "'");
                }
            }
            if (given(day, DayField.ATTRACTION)) {
                for (String item : attractionItems(day.text(DayField.ATTRACTION))) {
                    if (cities.stream().noneMatch(item::contains)) {
                        f.add(where(d, DayField.ATTRACTION) + ": '" + item + "' names no city of '" + cc + "'");
                    }
                }
            }
            if (given(day, DayField.ACCOMMODATION) && !cities.isEmpty()
                    && !day.text(DayField.ACCOMMODATION).contains(cities.get(cities.size() - 1))) {
                f.add(where(d, DayField.ACCOMMODATION) + ": does not name " + cities.get(cities.size() - 1));
            }
        }
        return CheckResult.of(Check.WITHIN_CURRENT_CITY, f);
    }

    /** {@code is_reasonalbe_visiting_city}; the 3-day destination is not compared (quirk 8). */
    private CheckResult route() {
        List<String> list = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            String cc = plan.day(i + 1).text(DayField.CURRENT_CITY);
            if (cc.contains("from")) {
                String[] ft = fromTo(cc);
                if (ft == null) {
                    return CheckResult.of(Check.REASONABLE_CITY_ROUTE, List.of(where(i + 1, DayField.CURRENT_CITY) + ": cannot parse '" + cc
                            + "' (upstream would crash)"));
                }
                if (i == 0 && !beforeParen(ft[0]).equals(q.org())) {
                    return CheckResult.of(Check.REASONABLE_CITY_ROUTE, List.of("route: the first day's city should be " + q.org()));
                }
                list.add(beforeParen(ft[0]));
                list.add(beforeParen(ft[1]));
            } else {
                list.add(beforeParen(cc));
            }
        }
        if (list.isEmpty()) {
            return CheckResult.of(Check.REASONABLE_CITY_ROUTE, List.of("route: no days (upstream would crash)"));
        }
        if (!list.get(0).equals(list.get(list.size() - 1))) {
            return CheckResult.of(Check.REASONABLE_CITY_ROUTE, List.of("route: not a closed circle"));
        }
        if (!validSequence(list)) {
            return CheckResult.of(Check.REASONABLE_CITY_ROUTE, List.of("route: the city sequence " + list + " is invalid"));
        }
        Optional<CityList> cities = sb.cityList();
        if (cities.isEmpty()) {
            warnings.add("route: no city list, so cities and states are not checked");
            return CheckResult.of(Check.REASONABLE_CITY_ROUTE, List.of());
        }
        for (int idx = 0; idx < list.size(); idx++) {
            String city = list.get(idx);
            if (!cities.get().contains(city)) {
                return CheckResult.of(Check.REASONABLE_CITY_ROUTE, List.of("route: " + city + " is not a valid city"));
            }
            if (idx != 0 && idx != list.size() - 1 && n > 3 && !cities.get().stateOf(city).orElseThrow().equals(q.dest())) {
                return CheckResult.of(Check.REASONABLE_CITY_ROUTE, List.of("route: " + city + " is not in " + q.dest()));
            }
        }
        return CheckResult.of(Check.REASONABLE_CITY_ROUTE, List.of());
    }

    /** {@code is_valid_city_sequence}: inner cities contiguous, none seen again, none appearing only once. */
    static boolean validSequence(List<String> cities) {
        if (cities.size() < 3) {
            return false;
        }
        Set<String> visited = new HashSet<>();
        int i = 0;
        while (i < cities.size()) {
            String city = cities.get(i);
            if (visited.contains(city) && i != 0 && i != cities.size() - 1) {
                return false;
            }
            int count = 0;
            while (i < cities.size() && cities.get(i).equals(city)) {
                count++;
                i++;
            }
            if (count == 1 && 0 < i - 1 && i - 1 < cities.size() - 1) {
                return false;
            }
            visited.add(city);
        }
        return true;
    }

    private CheckResult diverseRestaurants() {
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            PlanDay day = plan.day(i + 1);
            for (Meal meal : Meal.values()) {
                DayField field = DayField.of(meal);
                if (given(day, field)) {
                    if (seen.contains(day.text(field))) {
                        return CheckResult.of(Check.DIVERSE_RESTAURANTS, List.of(where(i + 1, field) + ": '" + day.text(field) + "' is repeated"));
                    }
                    seen.add(day.text(field));
                }
            }
        }
        return CheckResult.of(Check.DIVERSE_RESTAURANTS, List.of());
    }

    private CheckResult diverseAttractions() {
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            PlanDay day = plan.day(i + 1);
            if (given(day, DayField.ATTRACTION)) {
                for (String item : attractionItems(day.text(DayField.ATTRACTION))) {
                    if (seen.contains(item)) {
                        return CheckResult.of(Check.DIVERSE_ATTRACTIONS, List.of(where(i + 1, DayField.ATTRACTION) + ": '" + item + "' is repeated"));
                    }
                    seen.add(item);
                }
            }
        }
        return CheckResult.of(Check.DIVERSE_ATTRACTIONS, List.of());
    }

    private CheckResult transportConsistency() {
        PlanDay first = plan.day(1);
        if (!first.has(DayField.TRANSPORTATION) || first.text(DayField.TRANSPORTATION).isEmpty()
                || first.text(DayField.TRANSPORTATION).equals("-")) {
            return CheckResult.of(Check.NON_CONFLICTING_TRANSPORTATION, List.of(where(1, DayField.TRANSPORTATION) + ": should not be empty"));
        }
        Set<Optional<TransportMode>> modes = new HashSet<>();
        for (int i = 0; i < m; i++) {
            PlanDay day = plan.day(i + 1);
            if (given(day, DayField.TRANSPORTATION)) {
                modes.add(modeOf(day.text(DayField.TRANSPORTATION)));
            }
        }
        boolean driving = modes.contains(Optional.of(TransportMode.SELF_DRIVING));
        if (driving && (modes.contains(Optional.of(TransportMode.FLIGHT)) || modes.contains(Optional.of(TransportMode.TAXI)))) {
            return CheckResult.of(Check.NON_CONFLICTING_TRANSPORTATION, List.of("transport: self-driving with a flight or a taxi"));
        }
        return CheckResult.of(Check.NON_CONFLICTING_TRANSPORTATION, List.of());
    }

    /** Runs of equal stays; tested only when the name matches exactly one record (quirk 7). */
    private CheckResult minimumNights() {
        List<String> stays = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            PlanDay day = plan.day(i + 1);
            if (!day.has(DayField.ACCOMMODATION)) {
                return CheckResult.of(Check.MINIMUM_NIGHTS, List.of(where(i + 1, DayField.ACCOMMODATION) + ": key missing"));
            }
            stays.add(day.text(DayField.ACCOMMODATION));
        }
        int i = 0;
        while (i < stays.size()) {
            int start = i;
            while (i < stays.size() && stays.get(i).equals(stays.get(start))) {
                i++;
            }
            String value = stays.get(start);
            if (value.isEmpty() || value.equals("-")) {
                continue;
            }
            String[] nc = nameCity(value);
            List<Accommodation> matching = stays(nc[1]).stream().filter(a -> a.name().contains(nc[0])).toList();
            if (matching.size() == 1 && i - start < matching.get(0).minimumNights()) {
                return CheckResult.of(Check.MINIMUM_NIGHTS, List.of(where(start + 1, DayField.ACCOMMODATION) + ": " + (i - start)
                        + " night(s), the stay asks at least " + matching.get(0).minimumNights()));
            }
        }
        return CheckResult.of(Check.MINIMUM_NIGHTS, List.of());
    }

    /** {@code get_total_cost}: first matches, flights by number alone, a stay on the last day charged (quirk 9). */
    private List<CostItem> costs() {
        int p = q.people();
        List<CostItem> items = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            int d = i + 1;
            PlanDay day = plan.day(d);
            if (given(day, DayField.TRANSPORTATION)) {
                String value = day.text(DayField.TRANSPORTATION);
                String[] ft = legCities(day, value);
                String lower = value.toLowerCase(Locale.ROOT);
                if (ft != null && lower.contains("flight number")) {
                    String number = flightNumber(value);
                    Optional<Flight> f = number == null ? Optional.empty()
                            : flightTable(d, number).stream().filter(x -> x.number().equals(number)).findFirst();
                    f.ifPresent(x -> items.add(new CostItem(d, CostKind.TRANSPORT, value, (long) x.price() * p)));
                } else if (ft != null && (lower.contains("self-driving") || lower.contains("taxi"))) {
                    TransportMode mode = lower.contains("self-driving") ? TransportMode.SELF_DRIVING : TransportMode.TAXI;
                    Optional<GroundRoute> r = sb.route(beforeParen(ft[0]), beforeParen(ft[1]), mode);
                    if (r.isPresent()) {
                        items.add(new CostItem(d, CostKind.TRANSPORT, value, (long) r.get().costPerVehicle() * mode.vehicles(p)));
                    } else {
                        warnings.add(where(d, DayField.TRANSPORTATION) + ": no road to price (upstream would crash); counted as $0");
                    }
                }
            }
            for (Meal meal : Meal.values()) {
                DayField field = DayField.of(meal);
                if (given(day, field)) {
                    restaurant(day.text(field)).ifPresent(r -> {
                        items.add(new CostItem(d, CostKind.MEAL, day.text(field), (long) r.averageCost() * p));
                        substituted(d, field, day.text(field), r.name(), sb.restaurants(nameCity(day.text(field))[1]), Restaurant::name);
                    });
                }
            }
            if (given(day, DayField.ACCOMMODATION)) {
                stay(day.text(DayField.ACCOMMODATION)).ifPresent(a -> {
                    items.add(new CostItem(d, CostKind.ACCOMMODATION, day.text(DayField.ACCOMMODATION), a.nightCost(p)));
                    substituted(d, DayField.ACCOMMODATION, day.text(DayField.ACCOMMODATION), a.name(),
                            stays(nameCity(day.text(DayField.ACCOMMODATION))[1]), Accommodation::name);
                });
            }
        }
        return items;
    }

    /** Notes when the substring match picked a record whose name is not the one written (the cost may differ). */
    private <T> void substituted(int day, DayField field, String text, String picked, List<T> records, Function<T, String> nameOf) {
        String name = nameCity(text)[0];
        if (!picked.strip().equals(name) && count(records, nameOf, name) > 0) {
            warnings.add(where(day, field) + ": compat prices '" + name + "' as \"" + picked + "\" (first substring match)");
        }
    }

    private CheckResult roomRule() {
        return q.houseRule().map(rule -> firstStay(Check.ROOM_RULE, a -> a.forbids(rule), a -> "says " + rule.prohibition()))
                .orElse(CheckResult.notApplicable(Check.ROOM_RULE));
    }

    private CheckResult roomType() {
        return q.roomType().map(type -> firstStay(Check.ROOM_TYPE, a -> !type.admits(a.roomKind()),
                a -> "a " + a.roomKind().label() + ", not a " + type.label())).orElse(CheckResult.notApplicable(Check.ROOM_TYPE));
    }

    /** {@code check} fails at the first day whose first-matching stay is {@code bad}, as upstream returns there. */
    private CheckResult firstStay(Check check, java.util.function.Predicate<Accommodation> bad, Function<Accommodation, String> why) {
        for (int i = 0; i < m; i++) {
            PlanDay day = plan.day(i + 1);
            if (given(day, DayField.ACCOMMODATION)) {
                Optional<Accommodation> a = stay(day.text(DayField.ACCOMMODATION)).filter(bad);
                if (a.isPresent()) {
                    return CheckResult.of(check, List.of(where(i + 1, DayField.ACCOMMODATION) + ": " + why.apply(a.get())));
                }
            }
        }
        return CheckResult.of(check, List.of());
    }

    /** A meal in {@code org} ends the scan of its day (quirk 6); cuisines match as substrings of the text. */
    private CheckResult cuisine() {
        if (q.cuisines().isEmpty()) {
            return CheckResult.notApplicable(Check.CUISINE);
        }
        Set<Cuisine> eaten = new HashSet<>();
        for (int i = 0; i < m; i++) {
            PlanDay day = plan.day(i + 1);
            for (Meal meal : Meal.values()) {
                DayField field = DayField.of(meal);
                if (!given(day, field)) {
                    continue;
                }
                if (nameCity(day.text(field))[1].equals(q.org())) {
                    break;
                }
                restaurant(day.text(field)).ifPresent(r -> q.cuisines().stream().filter(c -> r.cuisinesText().contains(c.label()))
                        .forEach(eaten::add));
            }
        }
        return q.cuisines().stream().filter(c -> !eaten.contains(c)).findFirst()
                .map(c -> CheckResult.of(Check.CUISINE, List.of("meals: the cuisine " + c.label() + " is not satisfied")))
                .orElse(CheckResult.of(Check.CUISINE, List.of()));
    }

    /** Looks for {@code Flight} / {@code Self-driving} with their capitals (quirk 10). */
    private CheckResult transportation() {
        if (q.transport().isEmpty()) {
            return CheckResult.notApplicable(Check.TRANSPORTATION);
        }
        String word = q.transport().get().forbidden().label();
        for (int i = 0; i < m; i++) {
            PlanDay day = plan.day(i + 1);
            if (given(day, DayField.TRANSPORTATION) && day.text(DayField.TRANSPORTATION).contains(word)) {
                return CheckResult.of(Check.TRANSPORTATION, List.of(where(i + 1, DayField.TRANSPORTATION) + ": " + word
                        + ", which the query forbids"));
            }
        }
        return CheckResult.of(Check.TRANSPORTATION, List.of());
    }
}
