package dev.gantry.modeling.travel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    private static String count(long n, int of, String noun, String city, String what) {
        String subject = n == 0 ? "none of the " + of + " " + noun + " in " + city
                : n == of ? "all " + of + " " + noun + " in " + city : n + " of the " + of + " " + noun + " in " + city;
        return subject + " " + what;
    }

    private static List<String> roomType(RoomType type, OfferedRecords offer) {
        List<String> facts = new ArrayList<>();
        for (String city : offer.cities()) {
            List<Accommodation> stays = stays(offer, city);
            long n = stays.stream().filter(a -> type.admits(a.roomKind())).count();
            facts.add(count(n, stays.size(), "stays", city, n == 1 ? "is " + type.withArticle() : "are " + type.label() + "s"));
        }
        return facts;
    }

    private static List<String> houseRule(HouseRule rule, OfferedRecords offer) {
        List<String> facts = new ArrayList<>();
        for (String city : offer.cities()) {
            List<Accommodation> stays = stays(offer, city);
            long n = stays.stream().filter(a -> !a.forbids(rule)).count();
            facts.add(count(n, stays.size(), "stays", city, (n == 1 ? "allows " : "allow ") + rule.label()));
        }
        return facts;
    }

    /** Room type and house rule together: the stays that meet both, with the nights they ask. */
    private static List<String> roomAndRule(TravelQuery query, OfferedRecords offer) {
        RoomType type = query.roomType().orElseThrow();
        HouseRule rule = query.houseRule().orElseThrow();
        int mostNights = query.days() - query.visitingCityNumber();
        List<String> facts = new ArrayList<>();
        for (String city : offer.cities()) {
            List<Accommodation> both = stays(offer, city).stream().filter(a -> type.admits(a.roomKind()) && !a.forbids(rule)).toList();
            String what = type.label() + " that allows " + rule.label();
            String aWhat = type.withArticle() + " that allows " + rule.label();
            if (both.isEmpty()) {
                facts.add("in " + city + " no stay is " + aWhat);
            } else if (both.stream().allMatch(a -> a.minimumNights() > mostNights)) {
                facts.add(String.format(Locale.ROOT, "in %s %s %s asks at least %d nights (a stop has at most %d nights)", city,
                        both.size() == 1 ? "the only" : "every", what, both.stream().mapToInt(Accommodation::minimumNights).min().orElseThrow(),
                        mostNights));
            } else {
                facts.add("in " + city + " " + both.size() + (both.size() == 1 ? " stay is " + aWhat : " stays are " + type.label() + "s that allow " + rule.label()));
            }
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
