package dev.gantry.modeling.travel;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A query field that {@code --set field=value} may change, named as the query JSON names it (spec T1). Each field
 * parses its value into the typed form its {@code with…} copy of {@link TravelQuery} takes; {@code null} (or an
 * empty value) clears an optional local constraint.
 */
public enum QueryField {
    BUDGET("budget"), PEOPLE_NUMBER("people_number"), DAYS("days"), VISITING_CITY_NUMBER("visiting_city_number"),
    DEST("dest"), DATE("date"), HOUSE_RULE("house rule"), ROOM_TYPE("room type"), TRANSPORTATION("transportation"),
    CUISINE("cuisine");

    private final String key;

    QueryField(String key) {
        this.key = key;
    }

    /** The query JSON's key, e.g. {@code room type}. */
    public String key() {
        return key;
    }

    /** The field of {@code key}; {@code _} may stand for a space ({@code room_type}). */
    public static Optional<QueryField> fromKey(String key) {
        String k = key.strip();
        return Arrays.stream(values()).filter(f -> f.key.equals(k) || f.key.replace(' ', '_').equals(k)).findFirst();
    }

    /** The keys, for messages. */
    public static String keys() {
        return Arrays.stream(values()).map(QueryField::key).collect(Collectors.joining(", "));
    }

    /**
     * {@code query} with this field set to {@code value}.
     *
     * @throws IllegalArgumentException naming the accepted values when {@code value} does not fit the field or makes
     *                                  the query inconsistent (e.g. 3 cities in 3 days)
     */
    public TravelQuery apply(TravelQuery query, String value) {
        String v = value.strip();
        return switch (this) {
            case BUDGET -> query.withBudget(integer(v, 0, Integer.MAX_VALUE));
            case PEOPLE_NUMBER -> query.withPeople(integer(v, 1, 8));
            case DAYS -> query.withDays(integer(v, 1, 30));
            case VISITING_CITY_NUMBER -> query.withVisitingCityNumber(integer(v, 1, 10));
            case DEST -> query.withDest(nonEmpty(v));
            case DATE -> query.withStart(date(v));
            case HOUSE_RULE -> query.withHouseRule(cleared(v) ? Optional.empty()
                    : Optional.of(HouseRule.fromLabel(v).orElseThrow(() -> oneOf(v, Arrays.stream(HouseRule.values()).map(HouseRule::label)))));
            case ROOM_TYPE -> query.withRoomType(cleared(v) ? Optional.empty()
                    : Optional.of(RoomType.fromLabel(v).orElseThrow(() -> oneOf(v, Arrays.stream(RoomType.values()).map(RoomType::label)))));
            case TRANSPORTATION -> query.withTransport(cleared(v) ? Optional.empty()
                    : Optional.of(TransportRestriction.fromLabel(v).orElseThrow(
                            () -> oneOf(v, Arrays.stream(TransportRestriction.values()).map(TransportRestriction::label)))));
            case CUISINE -> query.withCuisines(cuisines(v));
        };
    }

    private static boolean cleared(String v) {
        return v.isEmpty() || v.equals("null") || v.equals("None");
    }

    private static int integer(String v, int lo, int hi) {
        int x;
        try {
            x = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a whole number, got '" + v + "'");
        }
        if (x < lo || x > hi) {
            throw new IllegalArgumentException("expected a number in " + lo + ".." + hi + ", got " + x);
        }
        return x;
    }

    private static String nonEmpty(String v) {
        if (v.isEmpty()) {
            throw new IllegalArgumentException("expected a name, got nothing");
        }
        return v;
    }

    private static LocalDate date(String v) {
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("expected the first date as YYYY-MM-DD, got '" + v + "'");
        }
    }

    /** A comma-separated list such as {@code Mexican,Indian}; {@code null} for none. */
    private static List<Cuisine> cuisines(String v) {
        List<Cuisine> out = new ArrayList<>();
        if (cleared(v)) {
            return out;
        }
        for (String item : v.split(",")) {
            String label = item.strip();
            Cuisine c = Cuisine.fromLabel(label).orElseThrow(() -> oneOf(label, Arrays.stream(Cuisine.values()).map(Cuisine::label)));
            if (!out.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    private static IllegalArgumentException oneOf(String v, java.util.stream.Stream<String> labels) {
        return new IllegalArgumentException("'" + v + "' is not one of null, "
                + labels.collect(Collectors.joining(", ")));
    }
}
