package dev.gantry.modeling.travel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Spec travel X5: for the requirements an explanation names, the facts of the sandbox behind them, in plain words —
 * "none of the 13 stays in Rockford is a shared room", "St. Petersburg and Rockford have no road route, only
 * flights", "in Lubbock the only entire room that allows children under 10 asks 9 nights", counted over the records
 * the model may choose (spec M1). Facts only: the conflict itself is the solver's and the explainer's; these
 * sentences help a reader see why.
 */
public final class TravelEvidence {
    private TravelEvidence() {
    }

    /** Evidence per group name, for the groups of {@code groups} that have any (budget and destination have none here). */
    public static Map<String, List<String>> of(TravelQuery query, Sandbox sandbox, Collection<String> groups) {
        OfferedRecords offer = OfferedRecords.of(query, sandbox);
        List<String> cities = offer.cities();
        Map<String, List<String>> out = new LinkedHashMap<>();
        boolean both = groups.contains(TravelProblem.ROOM_TYPE) && groups.contains(TravelProblem.HOUSE_RULE)
                && query.roomType().isPresent() && query.houseRule().isPresent();
        for (String g : groups) {
            List<String> facts = switch (g) {
                case TravelProblem.ROOM_TYPE -> query.roomType().map(t -> both ? roomAndRule(query, offer) : roomType(t, offer))
                        .orElse(List.of());
                case TravelProblem.HOUSE_RULE -> query.houseRule().map(r -> houseRule(r, offer)).orElse(List.of());
                case TravelProblem.CUISINE -> cuisines(query, offer);
                case TravelProblem.TRANSPORTATION -> query.transport().map(t -> transport(t, query, sandbox, cities)).orElse(List.of());
                default -> List.of();
            };
            if (!facts.isEmpty()) {
                out.put(g, facts);
            }
        }
        return out;
    }

    /** The stays the model may choose in {@code city} (spec M1: complete records whose label resolves to them alone). */
    private static List<Accommodation> stays(OfferedRecords offer, String city) {
        return offer.stays().stream().filter(a -> a.city().equals(city)).toList();
    }

    /** Up to this many cities, the facts are given city by city; beyond, only the cities where some stay qualifies. */
    private static final int CITY_BY_CITY = 4;

    /**
     * How many stays of each city qualify: "none of the 13 stays in Rockford are shared rooms", or over many
     * cities "3 of the 23 cities have stays that are shared rooms: Midland (1 of 12), …".
     */
    private static List<String> counted(OfferedRecords offer, Predicate<Accommodation> qualifies, String one, String many) {
        List<String> perCity = new ArrayList<>();
        List<String> where = new ArrayList<>();
        int total = 0;
        for (String city : offer.cities()) {
            List<Accommodation> stays = stays(offer, city);
            long n = stays.stream().filter(qualifies).count();
            total += stays.size();
            String subject = n == 0 ? "none of the " + stays.size() + " stays in " + city
                    : n == 1 && stays.size() == 1 ? "the only stay in " + city
                    : n == stays.size() ? "all " + n + " stays in " + city : n + " of the " + stays.size() + " stays in " + city;
            perCity.add(subject + " " + (n == 1 ? one : many));
            if (n > 0) {
                where.add(city + " (" + n + " of " + stays.size() + ")");
            }
        }
        if (offer.cities().size() <= CITY_BY_CITY) {
            return perCity;
        }
        if (where.isEmpty()) {
            return List.of("none of the " + total + " stays in the " + offer.cities().size() + " candidate cities " + many);
        }
        return List.of(where.size() + " of the " + offer.cities().size() + " candidate cities " + (where.size() == 1 ? "has" : "have")
                + " stays that " + many + ": "
                + String.join(", ", where));
    }

    private static List<String> roomType(RoomType type, OfferedRecords offer) {
        return counted(offer, a -> type.admits(a.roomKind()), "is " + type.withArticle(), "are " + type.label() + "s");
    }

    private static List<String> houseRule(HouseRule rule, OfferedRecords offer) {
        return counted(offer, a -> !a.forbids(rule), "allows " + rule.label(), "allow " + rule.label());
    }

    /** Room type and house rule together: the stays that meet both, with the nights they ask. */
    private static List<String> roomAndRule(TravelQuery query, OfferedRecords offer) {
        RoomType type = query.roomType().orElseThrow();
        HouseRule rule = query.houseRule().orElseThrow();
        int mostNights = query.days() - query.visitingCityNumber();
        String what = type.label() + " that allows " + rule.label();
        String aWhat = type.withArticle() + " that allows " + rule.label();
        List<String> facts = new ArrayList<>();
        List<String> without = new ArrayList<>();
        for (String city : offer.cities()) {
            List<Accommodation> both = stays(offer, city).stream().filter(a -> type.admits(a.roomKind()) && !a.forbids(rule)).toList();
            if (both.isEmpty()) {
                without.add(city);
            } else if (both.stream().allMatch(a -> a.minimumNights() > mostNights)) {
                facts.add(String.format(Locale.ROOT, "in %s %s %s asks at least %d nights (a stop has at most %d nights)", city,
                        both.size() == 1 ? "the only" : "every", what, both.stream().mapToInt(Accommodation::minimumNights).min().orElseThrow(),
                        mostNights));
            } else {
                facts.add("in " + city + " " + both.size() + (both.size() == 1 ? " stay is " + aWhat : " stays are " + type.label() + "s that allow " + rule.label()));
            }
        }
        if (offer.cities().size() <= CITY_BY_CITY) {
            without.forEach(city -> facts.add("in " + city + " no stay is " + aWhat));
        } else if (!without.isEmpty()) {
            facts.add("in " + without.size() + " of the " + offer.cities().size() + " candidate cities no stay is " + aWhat);
        }
        return facts;
    }

    private static List<String> cuisines(TravelQuery query, OfferedRecords offer) {
        List<String> facts = new ArrayList<>();
        for (Cuisine c : query.cuisines()) {
            List<String> per = new ArrayList<>();
            for (String city : offer.cities()) {
                per.add(offer.restaurants().stream().filter(r -> r.city().equals(city) && r.serves(c)).count() + " in " + city);
            }
            facts.add("restaurants serving " + c.label() + " food: " + String.join(", ", per));
        }
        return facts;
    }

    /** The legs between org and the cities (and among the cities) that only the forbidden mode serves. */
    private static List<String> transport(TransportRestriction restriction, TravelQuery query, Sandbox sandbox, List<String> cities) {
        List<String> places = new ArrayList<>();
        places.add(query.org());
        places.addAll(cities);
        List<String> facts = new ArrayList<>();
        for (String a : places) {
            for (String b : places) {
                if (a.equals(b) || a.equals(query.org()) && b.equals(query.org())) {
                    continue;
                }
                boolean flight = sandbox.allFlights().stream().anyMatch(f -> f.origin().equals(a) && f.destination().equals(b));
                boolean drive = sandbox.route(a, b, TransportMode.SELF_DRIVING).isPresent();
                boolean taxi = sandbox.route(a, b, TransportMode.TAXI).isPresent();
                boolean other = switch (restriction.forbidden()) {
                    case FLIGHT -> drive || taxi;
                    case SELF_DRIVING -> flight || taxi;
                    case TAXI -> flight || drive;
                };
                boolean forbiddenServes = switch (restriction.forbidden()) {
                    case FLIGHT -> flight;
                    case SELF_DRIVING -> drive;
                    case TAXI -> taxi;
                };
                if (!other && forbiddenServes) {
                    facts.add(a + " to " + b + ": only " + restriction.forbidden().label().toLowerCase(Locale.ROOT)
                            + (restriction.forbidden() == TransportMode.FLIGHT ? "s" : "") + ", no other way");
                }
            }
        }
        return facts;
    }
}
