package dev.gantry.modeling.travel;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A structured TravelPlanner query (spec T1): a closed round trip from {@code org} over {@code days} consecutive
 * dates, visiting {@code visitingCityNumber} cities of {@code dest} (a city for one city, else a state), for
 * {@code people} travellers within {@code budget} dollars, with the optional local constraints.
 *
 * @param cuisines the cuisines asked for, in the query's order; empty when the query names none
 * @param text     the request in words (may be empty)
 */
public record TravelQuery(String org, String dest, int days, int visitingCityNumber, List<LocalDate> dates, int people,
                          Optional<HouseRule> houseRule, List<Cuisine> cuisines, Optional<RoomType> roomType,
                          Optional<TransportRestriction> transport, int budget, String text, Level level) {
    public TravelQuery {
        dates = List.copyOf(dates);
        cuisines = List.copyOf(cuisines);
        if (days < 1 || visitingCityNumber < 1 || visitingCityNumber >= days) {
            throw new IllegalArgumentException("a query needs 1 <= visiting_city_number < days, got "
                    + visitingCityNumber + " cities in " + days + " days");
        }
        if (dates.size() != days) {
            throw new IllegalArgumentException("a query of " + days + " days needs " + days + " dates, got " + dates.size());
        }
        for (int i = 1; i < dates.size(); i++) {
            if (!dates.get(i).equals(dates.get(i - 1).plusDays(1))) {
                throw new IllegalArgumentException("dates must be consecutive: " + dates.get(i - 1) + " then " + dates.get(i));
            }
        }
        if (people < 1 || budget < 0) {
            throw new IllegalArgumentException("a query needs people_number >= 1 and budget >= 0");
        }
    }

    /** The date of day {@code day} (1-based). */
    public LocalDate date(int day) {
        return dates.get(day - 1);
    }

    /** Whether {@code dest} names a city (one city visited) rather than a state. */
    public boolean destIsCity() {
        return visitingCityNumber == 1;
    }

    /** How many local constraints are set; with the budget this is the number of applicable hard checks (V4). */
    public int localConstraintCount() {
        return (houseRule.isPresent() ? 1 : 0) + (cuisines.isEmpty() ? 0 : 1) + (roomType.isPresent() ? 1 : 0)
                + (transport.isPresent() ? 1 : 0);
    }

    public TravelQuery withBudget(int newBudget) {
        return new TravelQuery(org, dest, days, visitingCityNumber, dates, people, houseRule, cuisines, roomType, transport,
                newBudget, text, level);
    }

    public TravelQuery withDest(String newDest) {
        return new TravelQuery(org, newDest, days, visitingCityNumber, dates, people, houseRule, cuisines, roomType, transport,
                budget, text, level);
    }

    /** The same trip starting on {@code first}. */
    public TravelQuery withStart(LocalDate first) {
        List<LocalDate> shifted = java.util.stream.IntStream.range(0, days).mapToObj(first::plusDays).toList();
        return new TravelQuery(org, dest, days, visitingCityNumber, shifted, people, houseRule, cuisines, roomType, transport,
                budget, text, level);
    }

    public TravelQuery withPeople(int newPeople) {
        return new TravelQuery(org, dest, days, visitingCityNumber, dates, newPeople, houseRule, cuisines, roomType, transport,
                budget, text, level);
    }

    /** The same trip over {@code newDays} consecutive dates from the same first date. */
    public TravelQuery withDays(int newDays) {
        List<LocalDate> extended = java.util.stream.IntStream.range(0, newDays).mapToObj(dates.get(0)::plusDays).toList();
        return new TravelQuery(org, dest, newDays, visitingCityNumber, extended, people, houseRule, cuisines, roomType, transport,
                budget, text, level);
    }

    public TravelQuery withVisitingCityNumber(int cities) {
        return new TravelQuery(org, dest, days, cities, dates, people, houseRule, cuisines, roomType, transport,
                budget, text, level);
    }

    public TravelQuery withHouseRule(Optional<HouseRule> rule) {
        return new TravelQuery(org, dest, days, visitingCityNumber, dates, people, rule, cuisines, roomType, transport,
                budget, text, level);
    }

    public TravelQuery withCuisines(List<Cuisine> newCuisines) {
        return new TravelQuery(org, dest, days, visitingCityNumber, dates, people, houseRule, newCuisines, roomType, transport,
                budget, text, level);
    }

    public TravelQuery withRoomType(Optional<RoomType> type) {
        return new TravelQuery(org, dest, days, visitingCityNumber, dates, people, houseRule, cuisines, type, transport,
                budget, text, level);
    }

    public TravelQuery withTransport(Optional<TransportRestriction> restriction) {
        return new TravelQuery(org, dest, days, visitingCityNumber, dates, people, houseRule, cuisines, roomType, restriction,
                budget, text, level);
    }
}
