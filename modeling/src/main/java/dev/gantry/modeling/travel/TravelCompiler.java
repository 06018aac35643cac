package dev.gantry.modeling.travel;

import static dev.gantry.modeling.api.Constraints.allDifferent;
import static dev.gantry.modeling.api.Constraints.allowed;
import static dev.gantry.modeling.api.Constraints.clause;
import static dev.gantry.modeling.api.Constraints.exactlyOne;
import static dev.gantry.modeling.api.Constraints.implies;

import dev.gantry.modeling.api.BoolVar;
import dev.gantry.modeling.api.IntVar;
import dev.gantry.modeling.api.LinExpr;
import dev.gantry.modeling.api.Model;
import dev.gantry.modeling.api.ModelBuilder;
import dev.gantry.modeling.api.Param;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compiles a query over a sandbox to the CP model of spec M2–M4. Every constraint is posted inside a named group: the
 * background rules of M3 ({@code rules/…}) and the user's requirements of M4 ({@code budget}, {@code house-rule},
 * {@code room-type}, {@code cuisine/C}, {@code transportation}, {@code destination}). A requirement's group holds only
 * linear constraints over variables the {@code rules/sandbox} tables define, so an assumption literal can switch it
 * off on every backend.
 */
final class TravelCompiler {
    static final String ROUTE = "rules/route";
    static final String SANDBOX = "rules/sandbox";
    static final String CURRENT_CITY = "rules/current-city";
    static final String COMPLETE = "rules/complete";
    static final String DIVERSE_RESTAURANTS = "rules/diverse-restaurants";
    static final String DIVERSE_ATTRACTIONS = "rules/diverse-attractions";
    static final String TRANSPORT_CONSISTENCY = "rules/transport-consistency";
    static final String MINIMUM_NIGHTS = "rules/minimum-nights";
    static final String BUDGET = "budget";
    static final String HOUSE_RULE = "house-rule";
    static final String ROOM_TYPE = "room-type";
    static final String CUISINE = TravelProblem.CUISINE + "/";
    static final String TRANSPORTATION = "transportation";
    static final String DESTINATION = "destination";

    private final TravelQuery q;
    private final Sandbox sb;
    private final OfferedRecords offer;
    private final int k;
    private final int n;
    private final int p;
    private final ModelBuilder b;
    private final Map<String, ModelBuilder.GroupBuilder> groups = new LinkedHashMap<>();

    private final List<IntVar> city = new ArrayList<>();
    private final List<IntVar> t = new ArrayList<>();
    private final List<List<BoolVar>> leaveOn = new ArrayList<>();
    private final List<IntVar> mode = new ArrayList<>();
    private final List<IntVar> selfDriving = new ArrayList<>();
    private final List<IntVar> flight = new ArrayList<>();
    private final List<IntVar> legCost = new ArrayList<>();
    private final List<Flight> flights = new ArrayList<>();
    private final Map<Flight, Integer> flightIds = new LinkedHashMap<>();
    private final List<IntVar> stay = new ArrayList<>();
    private final List<IntVar> roomKind = new ArrayList<>();
    private final List<IntVar> forbids = new ArrayList<>();
    private LinExpr cost = LinExpr.constant(0);
    private final List<IntVar> nightsOf = new ArrayList<>();
    private final List<IntVar> mealsAtStop = new ArrayList<>();
    /** Per stop (index i-1), the literals placing a meal there. */
    private final List<List<BoolVar>> atStop = new ArrayList<>();
    /** Per cuisine asked for: the number of meals that serve it. */
    private Map<String, LinExpr> cuisineServings = Map.of();

    private TravelCompiler(TravelQuery query, Sandbox sandbox) {
        this.q = query;
        this.sb = sandbox;
        this.offer = OfferedRecords.of(query, sandbox);
        this.k = query.visitingCityNumber();
        this.n = query.days();
        this.p = query.people();
        this.b = Model.builder("travel " + query.org() + " to " + query.dest(), 64 * query.days());
    }

    /** The model without objective, its variables, and what was offered. */
    record Compiled(Model model, TravelVariables variables, OfferedRecords offer) {
    }

    static Compiled compile(TravelQuery query, Sandbox sandbox) {
        TravelCompiler c = new TravelCompiler(query, sandbox);
        c.declareGroups();
        c.route();
        c.legs();
        c.stays();
        List<List<IntVar>> meals = c.meals();
        List<IntVar> attractions = c.attractions();
        c.requirements();
        TravelVariables vars = new TravelVariables(List.copyOf(c.city), List.copyOf(c.t), List.copyOf(c.mode),
                List.copyOf(c.flight), List.copyOf(c.stay), List.copyOf(c.nightsOf), meals, attractions, List.copyOf(c.mealsAtStop),
                List.copyOf(c.flights), c.cost);
        return new Compiled(c.b.build(), vars, c.offer);
    }

    private void declareGroups() {
        group(ROUTE, "The trip leaves " + q.org() + " on day 1, visits " + k + (k == 1 ? " city" : " distinct cities")
                + " one after the other and is back on day " + n);
        group(SANDBOX, "Every leg, meal, attraction and stay is one the sandbox lists");
        group(CURRENT_CITY, "Meals and attractions are in the day's city, no meal back in the city left");
        group(COMPLETE, "Every day between travel days has three meals and an attraction");
        group(DIVERSE_RESTAURANTS, "No restaurant is visited twice");
        group(DIVERSE_ATTRACTIONS, "No attraction is visited twice");
        group(TRANSPORT_CONSISTENCY, "Self-driving is used on every leg or on none");
        group(MINIMUM_NIGHTS, "Every stay lasts at least its minimum nights");
        group(BUDGET, "The trip costs at most ${budget}");
        q.houseRule().ifPresent(r -> group(HOUSE_RULE, "Every stay allows " + r.label()));
        q.roomType().ifPresent(r -> group(ROOM_TYPE, "Every stay is " + r.withArticle()));
        q.cuisines().forEach(c -> group(CUISINE + c.label(), "Meals include " + c.label() + " food"));
        q.transport().ifPresent(r -> group(TRANSPORTATION, r == TransportRestriction.NO_FLIGHT ? "No flights" : "No self-driving"));
        group(DESTINATION, "Stay in " + q.dest());
    }

    private void group(String name, String label) {
        groups.put(name, b.group(name).label(label));
    }

    private ModelBuilder.GroupBuilder in(String name) {
        return groups.get(name);
    }

    /** Cities, travel days and nights (M2); stop 0 and stop k+1 are {@code org}, city index 0. */
    private void route() {
        int m = offer.cities().size();
        city.add(b.intVar("city[0]", 0, 0));
        for (int i = 1; i <= k; i++) {
            city.add(b.intVar("city[" + i + "]", 1, Math.max(1, m)));
        }
        city.add(b.intVar("city[" + (k + 1) + "]", 0, 0));
        if (m == 0) {
            in(ROUTE).add(city.get(1).eq(0)); // no candidate city: the query cannot be planned
        }
        in(ROUTE).add(allDifferent(city.subList(1, k + 1)));
        for (int j = 0; j <= k; j++) {
            long lo = j == 0 ? 1 : j == k ? n : 1 + j;
            long hi = j == 0 ? 1 : j == k ? n : n - k + j;
            IntVar tj = b.intVar("t[" + j + "]", lo, hi);
            t.add(tj);
            List<BoolVar> onDay = new ArrayList<>();
            LinExpr weighted = LinExpr.constant(0);
            for (long d = lo; d <= hi; d++) {
                BoolVar on = b.boolVar("leaves[" + j + "]@" + d);
                onDay.add(on);
                weighted = weighted.plus(on.times(d));
            }
            leaveOn.add(onDay);
            in(ROUTE).add(exactlyOne(onDay)).add(tj.eq(weighted));
            if (j > 0) {
                in(ROUTE).add(t.get(j - 1).lt(tj));
            }
        }
    }

    /** 1 when leg j has left by the end of day d ({@code t[j] <= d}), as a sum of one-hot literals. */
    private LinExpr leftBy(int j, int d) {
        LinExpr e = LinExpr.constant(0);
        long lo = t.get(j).domain().min();
        for (long day = lo; day <= Math.min(d, t.get(j).domain().max()); day++) {
            e = e.plus(leaveOn.get(j).get((int) (day - lo)));
        }
        return e;
    }

    /** 1 when leg j leaves on day d (a sum of one-hot literals, so a linear expression). */
    private LinExpr travelOn(int d) {
        LinExpr e = LinExpr.constant(0);
        for (int j = 0; j <= k; j++) {
            long lo = t.get(j).domain().min();
            if (d >= lo && d <= t.get(j).domain().max()) {
                e = e.plus(leaveOn.get(j).get((int) (d - lo)));
            }
        }
        return e;
    }

    private String cityName(int index) {
        return index == 0 ? q.org() : offer.cities().get(index - 1);
    }

    /** One table per leg over (from, to, day, mode, self-driving, flight id, cost for the group). */
    private void legs() {
        List<Integer> candidates = new ArrayList<>();
        for (int c = 1; c <= offer.cities().size(); c++) {
            candidates.add(c);
        }
        for (int j = 0; j <= k; j++) {
            List<Integer> froms = j == 0 ? List.of(0) : candidates;
            List<Integer> tos = j == k ? List.of(0) : candidates;
            List<long[]> tuples = new ArrayList<>();
            for (int a : froms) {
                for (int c : tos) {
                    if (a == c) {
                        continue;
                    }
                    String from = cityName(a);
                    String to = cityName(c);
                    for (long d = t.get(j).domain().min(); d <= t.get(j).domain().max(); d++) {
                        for (Flight f : sb.flights(from, to, q.date((int) d))) {
                            int id = flightIds.computeIfAbsent(f, x -> {
                                flights.add(x);
                                return flights.size();
                            });
                            tuples.add(new long[] {a, c, d, TransportMode.FLIGHT.ordinal(), 0, id, (long) f.price() * p});
                        }
                        for (TransportMode ground : List.of(TransportMode.SELF_DRIVING, TransportMode.TAXI)) {
                            Optional<GroundRoute> r = sb.route(from, to, ground);
                            if (r.isPresent()) {
                                tuples.add(new long[] {a, c, d, ground.ordinal(), ground == TransportMode.SELF_DRIVING ? 1 : 0, 0,
                                        (long) r.get().costPerVehicle() * ground.vehicles(p)});
                            }
                        }
                    }
                }
            }
            IntVar modeJ = b.intVar("mode[" + j + "]", 0, TransportMode.values().length - 1);
            IntVar sdJ = b.boolVar("selfDriving[" + j + "]");
            IntVar flightJ = b.intVar("flight[" + j + "]", 0, Math.max(0, flights.size()));
            IntVar costJ = b.intVar("legCost[" + j + "]", 0, max(tuples, 6));
            in(SANDBOX).add(allowed(List.of(city.get(j), city.get(j + 1), t.get(j), modeJ, sdJ, flightJ, costJ), tuples));
            mode.add(modeJ);
            selfDriving.add(sdJ);
            flight.add(flightJ);
            legCost.add(costJ);
            cost = cost.plus(costJ);
            if (j > 0) {
                in(TRANSPORT_CONSISTENCY).add(sdJ.eq(selfDriving.get(0)));
            }
        }
    }

    /** One stay per stop (M3: one stay per city loses nothing), priced for its nights by one table. */
    private void stays() {
        HouseRule rule = q.houseRule().orElse(null);
        int maxNights = n - k;
        for (int i = 1; i <= k; i++) {
            IntVar nights = b.intVar("nights[" + i + "]", 1, maxNights);
            in(ROUTE).add(nights.eq(t.get(i).minus(t.get(i - 1))));
            List<long[]> tuples = new ArrayList<>();
            for (int s = 0; s < offer.stays().size(); s++) {
                Accommodation a = offer.stays().get(s);
                for (long v = 1; v <= maxNights; v++) {
                    long[] row = {s + 1, offer.cityIndex(a.city()), v, (long) a.nightCost(p) * v, a.minimumNights(),
                            a.roomKind().ordinal(), rule != null && a.forbids(rule) ? 1 : 0};
                    tuples.add(row);
                }
            }
            IntVar stayI = b.intVar("stay[" + i + "]", 1, Math.max(1, offer.stays().size()));
            IntVar stayCity = b.intVar("stayCity[" + i + "]", 1, Math.max(1, offer.cities().size()));
            IntVar stayCost = b.intVar("stayCost[" + i + "]", 0, max(tuples, 3));
            IntVar minNights = b.intVar("minNights[" + i + "]", 0, max(tuples, 4));
            IntVar kind = b.intVar("roomKind[" + i + "]", 0, RoomKind.values().length - 1);
            List<IntVar> columns = new ArrayList<>(List.of(stayI, stayCity, nights, stayCost, minNights, kind));
            if (rule != null) {
                IntVar forbidsRule = b.boolVar("forbidsRule[" + i + "]");
                columns.add(forbidsRule);
                forbids.add(forbidsRule);
            } else {
                tuples.replaceAll(row -> java.util.Arrays.copyOf(row, 6));
            }
            in(SANDBOX).add(allowed(columns, tuples));
            // a stop's stay defines where its nights are spent (route structure), so the stay's city is no rule to relax
            in(ROUTE).add(stayCity.eq(city.get(i)));
            in(MINIMUM_NIGHTS).add(minNights.le(nights));
            stay.add(stayI);
            roomKind.add(kind);
            cost = cost.plus(stayCost);
            nightsOf.add(nights);
        }
    }

    /** Per day and slot: a restaurant or that slot's own "none", so one AllDifferent gives diversity. */
    private List<List<IntVar>> meals() {
        List<List<IntVar>> out = new ArrayList<>();
        List<IntVar> all = new ArrayList<>();
        Map<String, LinExpr> servings = new LinkedHashMap<>();
        q.cuisines().forEach(c -> servings.put(c.label(), LinExpr.constant(0)));
        int none = 0;
        atStop.clear();
        for (int i = 0; i < k; i++) {
            atStop.add(new ArrayList<>());
        }
        LinExpr mealCosts = LinExpr.constant(0);
        for (int d = 1; d <= n; d++) {
            List<IntVar> day = new ArrayList<>();
            List<List<BoolVar>> at = new ArrayList<>();
            for (Meal slot : Meal.values()) {
                long noneId = -(++none);
                List<long[]> tuples = new ArrayList<>();
                tuples.add(row(noneId, 0, 0, 0, new long[q.cuisines().size()]));
                for (int r = 0; r < offer.restaurants().size(); r++) {
                    Restaurant x = offer.restaurants().get(r);
                    long[] flags = q.cuisines().stream().mapToLong(c -> x.serves(c) ? 1 : 0).toArray();
                    tuples.add(row(r + 1, offer.cityIndex(x.city()), x.averageCost(), 1, flags));
                }
                String name = "d" + d + "." + slot.key();
                IntVar meal = b.intVar(name, noneId, Math.max(1, offer.restaurants().size()));
                IntVar mealCity = b.intVar(name + ".city", 0, Math.max(0, offer.cities().size()));
                IntVar mealCost = b.intVar(name + ".cost", 0, max(tuples, 2));
                BoolVar has = b.boolVar(name + ".eaten");
                List<IntVar> columns = new ArrayList<>(List.of(meal, mealCity, mealCost, has));
                for (Cuisine c : q.cuisines()) {
                    BoolVar serves = b.boolVar(name + ".serves." + c.label());
                    columns.add(serves);
                    servings.put(c.label(), servings.get(c.label()).plus(serves));
                }
                in(SANDBOX).add(allowed(columns, tuples));
                at.add(placed(name, d, has, mealCity, true));
                in(COMPLETE).add(has.plus(travelOn(d)).ge(1));
                cost = cost.plus(mealCost.times(p));
                mealCosts = mealCosts.plus(mealCost);
                day.add(meal);
                all.add(meal);
            }
            // on a travel day from stop i to stop i+1, no meal in stop i after a meal in stop i+1
            for (int s = 0; s < at.size(); s++) {
                for (int s2 = s + 1; s2 < at.size(); s2++) {
                    for (int i = 0; i + 1 < at.get(s).size(); i++) {
                        BoolVar laterBack = at.get(s2).get(i);
                        BoolVar earlierAhead = at.get(s).get(i + 1);
                        if (laterBack != null && earlierAhead != null) {
                            in(CURRENT_CITY).add(clause(earlierAhead.not(), laterBack.not()));
                        }
                    }
                }
            }
            out.add(List.copyOf(day));
        }
        in(DIVERSE_RESTAURANTS).add(allDifferent(all));
        mealBounds(mealCosts);
        this.cuisineServings = servings;
        return List.copyOf(out);
    }

    /**
     * Redundant bounds that make optimality proofs fast: the meals eaten at stop i are that many different restaurants
     * of its city, so they cost at least the cheapest ones together and rate at most the best ones together. Without
     * them the solver must try the permutations of the same restaurants over the meal slots (the rating's bound of
     * the same kind is added with the rating, {@link #bestRated}). They hold whenever
     * diversity holds (and are void without the current-city rule, which alone ties a meal to a stop), so they sit in
     * the diversity group and vanish with it.
     */
    private void mealBounds(LinExpr mealCosts) {
        int slots = Meal.values().length * n;
        LinExpr lowestCost = LinExpr.constant(0);
        for (int i = 1; i <= k; i++) {
            List<long[]> tuples = new ArrayList<>();
            for (int c = 1; c <= offer.cities().size(); c++) {
                String name = offer.cities().get(c - 1);
                long[] costs = offer.restaurants().stream().filter(r -> r.city().equals(name)).mapToLong(Restaurant::averageCost).sorted().toArray();
                long costSum = 0;
                for (int count = 0; count <= Math.min(slots, costs.length); count++) {
                    if (count > 0) {
                        costSum += costs[count - 1];
                    }
                    tuples.add(new long[] {c, count, costSum});
                }
            }
            IntVar count = b.intVar("mealsAtStop[" + i + "]", 0, slots);
            IntVar costLb = b.intVar("mealCostLowerBound[" + i + "]", 0, max(tuples, 2));
            in(DIVERSE_RESTAURANTS).add(count.eq(LinExpr.sum(atStop.get(i - 1))))
                    .add(allowed(List.of(city.get(i), count, costLb), tuples));
            lowestCost = lowestCost.plus(costLb);
            mealsAtStop.add(count);
        }
        in(DIVERSE_RESTAURANTS).add(mealCosts.ge(lowestCost));
    }

    /** One attraction per day (A = 1), its own "none" otherwise. */
    private List<IntVar> attractions() {
        List<IntVar> out = new ArrayList<>();
        List<long[]> base = new ArrayList<>();
        for (int a = 0; a < offer.attractions().size(); a++) {
            base.add(new long[] {a + 1, offer.cityIndex(offer.attractions().get(a).city()), 1});
        }
        for (int d = 1; d <= n; d++) {
            long noneId = -d;
            List<long[]> tuples = new ArrayList<>(base);
            tuples.add(new long[] {noneId, 0, 0});
            String name = "d" + d + ".attraction";
            IntVar att = b.intVar(name, noneId, Math.max(1, offer.attractions().size()));
            IntVar attCity = b.intVar(name + ".city", 0, Math.max(0, offer.cities().size()));
            BoolVar has = b.boolVar(name + ".visited");
            in(SANDBOX).add(allowed(List.of(att, attCity, has), tuples));
            placed(name, d, has, attCity, false);
            in(COMPLETE).add(has.plus(travelOn(d)).ge(1));
            out.add(att);
        }
        in(DIVERSE_ATTRACTIONS).add(allDifferent(out));
        return List.copyOf(out);
    }

    /**
     * Places a meal or attraction of day d at one stop present that day ({@code t[i-1] <= d <= t[i]}) and in that
     * stop's city; returns the literals by stop (index 0 = stop 1; null where stop i cannot be present on day d).
     */
    private List<BoolVar> placed(String name, int d, BoolVar has, IntVar where, boolean meal) {
        List<BoolVar> byStop = new ArrayList<>();
        LinExpr placedSomewhere = LinExpr.constant(0);
        for (int i = 1; i <= k; i++) {
            IntVar arrive = t.get(i - 1);
            IntVar leave = t.get(i);
            if (arrive.domain().min() > d || leave.domain().max() < d) {
                byStop.add(null);
                continue;
            }
            BoolVar at = b.boolVar(name + ".atStop" + i);
            // [t[i-1] <= d] - [t[i] < d] over the one-hot travel days: exact, also in the LP relaxation
            in(CURRENT_CITY).add(at.le(leftBy(i - 1, d).minus(leftBy(i, d - 1)))).add(implies(at, where.eq(city.get(i))));
            placedSomewhere = placedSomewhere.plus(at);
            byStop.add(at);
            if (meal) {
                atStop.get(i - 1).add(at);
            }
        }
        in(CURRENT_CITY).add(placedSomewhere.eq(has));
        return byStop;
    }

    /** The user's requirements (M4), each in its own group, linear over sandbox-defined variables. */
    private void requirements() {
        Param budget = b.param("budget", q.budget());
        in(BUDGET).add(cost.le(budget));
        q.houseRule().ifPresent(r -> forbids.forEach(f -> in(HOUSE_RULE).add(f.eq(0))));
        q.roomType().ifPresent(type -> {
            for (IntVar kind : roomKind) {
                for (RoomKind rk : RoomKind.values()) {
                    if (!type.admits(rk)) {
                        in(ROOM_TYPE).add(kind.ne(rk.ordinal()));
                    }
                }
            }
        });
        cuisineServings.forEach((label, servings) -> in(CUISINE + label).add(servings.ge(1)));
        q.transport().ifPresent(r -> mode.forEach(m -> in(TRANSPORTATION).add(m.ne(r.forbidden().ordinal()))));
        for (int c = 1; c <= offer.cities().size(); c++) {
            if (!inDestination(offer.cities().get(c - 1))) {
                for (int i = 1; i <= k; i++) {
                    in(DESTINATION).add(city.get(i).ne(c));
                }
            }
        }
    }

    /**
     * Whether a candidate lies in {@code dest}: the city itself for one city; else its state by the city list. Without
     * a city list a reference's cities are taken as the query's (the reference lists one route to {@code dest}).
     */
    private boolean inDestination(String candidate) {
        if (q.destIsCity()) {
            return candidate.equals(q.dest());
        }
        return sb.cityList().map(l -> l.stateOf(candidate).map(q.dest()::equals).orElse(false)).orElse(true);
    }

    private static long[] row(long id, long cityIndex, long cost, long has, long[] flags) {
        long[] r = new long[4 + flags.length];
        r[0] = id;
        r[1] = cityIndex;
        r[2] = cost;
        r[3] = has;
        System.arraycopy(flags, 0, r, 4, flags.length);
        return r;
    }

    /** 10·rating of a restaurant, 10·review rate of a stay per night (spec M5). */
    static long score(Restaurant r) {
        return Math.round(10 * r.rating());
    }

    static long score(Accommodation a) {
        return Math.round(10 * a.reviewRate());
    }

    /**
     * {@code base} with the rating of spec M5 as variables ({@code rules/sandbox} tables from each meal and stay to its
     * score) and maximised before the cost: {@code rating·W − cost} with W above any cost, one stage, so one search keeps
     * its incumbent to the end. Only this objective pays for the rating columns. The meals at a stop rate at most as
     * the best that many restaurants of its city (the redundant bound of {@link #mealBounds}, for ratings).
     */
    static Model bestRated(Model base, TravelVariables v, OfferedRecords offer, TravelQuery q) {
        ModelBuilder b = base.derive();
        LinExpr rating = LinExpr.constant(0);
        LinExpr mealRatings = LinExpr.constant(0);
        long maxMeal = offer.restaurants().stream().mapToLong(TravelCompiler::score).max().orElse(0);
        for (List<IntVar> day : v.meals()) {
            for (IntVar meal : day) {
                List<long[]> tuples = new ArrayList<>();
                tuples.add(new long[] {meal.domain().min(), 0});
                for (int r = 0; r < offer.restaurants().size(); r++) {
                    tuples.add(new long[] {r + 1, score(offer.restaurants().get(r))});
                }
                IntVar score = b.intVar(meal.name() + ".rating", 0, maxMeal);
                b.group(SANDBOX).add(allowed(List.of(meal, score), tuples));
                mealRatings = mealRatings.plus(score);
            }
        }
        rating = rating.plus(mealRatings);
        long maxNights = q.days() - q.visitingCityNumber();
        LinExpr highest = LinExpr.constant(0);
        for (int i = 0; i < v.stay().size(); i++) {
            List<long[]> tuples = new ArrayList<>();
            for (int s = 0; s < offer.stays().size(); s++) {
                for (long nights = 1; nights <= maxNights; nights++) {
                    tuples.add(new long[] {s + 1, nights, nights * score(offer.stays().get(s))});
                }
            }
            IntVar score = b.intVar("stayRating[" + (i + 1) + "]", 0, max(tuples, 2));
            b.group(SANDBOX).add(allowed(List.of(v.stay().get(i), v.nights().get(i), score), tuples));
            rating = rating.plus(score);

            List<long[]> best = new ArrayList<>();
            for (int c = 1; c <= offer.cities().size(); c++) {
                String name = offer.cities().get(c - 1);
                long[] scores = offer.restaurants().stream().filter(r -> r.city().equals(name)).mapToLong(r -> -score(r)).sorted()
                        .map(x -> -x).toArray();
                long sum = 0;
                for (int count = 0; count <= Math.min(3L * q.days(), scores.length); count++) {
                    sum += count > 0 ? scores[count - 1] : 0;
                    best.add(new long[] {c, count, sum});
                }
            }
            IntVar upper = b.intVar("mealRatingUpperBound[" + (i + 1) + "]", 0, max(best, 2));
            b.group(DIVERSE_RESTAURANTS).add(allowed(List.of(v.city().get(i + 1), v.mealsAtStop().get(i), upper), best));
            highest = highest.plus(upper);
        }
        b.group(DIVERSE_RESTAURANTS).add(mealRatings.le(highest));
        long w = v.cost().max(p -> base.paramValue(p)) + 1;
        b.maximize(rating.times(w).minus(v.cost()));
        return b.build();
    }

    private static long max(List<long[]> tuples, int column) {
        return tuples.stream().mapToLong(r -> r[column]).max().orElse(0);
    }
}
