package dev.gantry.modeling.travel;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One day of a plan as written (spec T4): its {@code days} number (null when absent) and its text fields; a key the
 * plan leaves out is absent from {@code fields}. {@code -} or an empty text means nothing. The parsed views
 * ({@link #currentCity()}, {@link #meal}, {@link #attractions()}, {@link #accommodation()}, {@link #transport()})
 * follow the strict reading; a verifier in compatible mode reads the raw texts itself.
 */
public record PlanDay(Integer number, Map<DayField, String> fields) {
    public PlanDay {
        fields = fields.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(fields));
    }

    /** A day object {@code {}}. */
    public static PlanDay empty() {
        return new PlanDay(null, Map.of());
    }

    /** A full day; pass {@code -} for nothing. */
    public static PlanDay of(int number, String currentCity, String transportation, String breakfast, String attraction,
                             String lunch, String dinner, String accommodation) {
        Map<DayField, String> f = new EnumMap<>(DayField.class);
        f.put(DayField.CURRENT_CITY, currentCity);
        f.put(DayField.TRANSPORTATION, transportation);
        f.put(DayField.BREAKFAST, breakfast);
        f.put(DayField.ATTRACTION, attraction);
        f.put(DayField.LUNCH, lunch);
        f.put(DayField.DINNER, dinner);
        f.put(DayField.ACCOMMODATION, accommodation);
        return new PlanDay(number, f);
    }

    /** Whether the day object has no key at all ({@code {}}). */
    public boolean isEmpty() {
        return number == null && fields.isEmpty();
    }

    public boolean has(DayField field) {
        return fields.containsKey(field);
    }

    /** The raw text, empty when the key is absent. */
    public String text(DayField field) {
        return fields.getOrDefault(field, "");
    }

    /** Whether the field holds something: present, not empty, not {@code -}. */
    public boolean filled(DayField field) {
        String t = text(field).strip();
        return !t.isEmpty() && !t.equals("-");
    }

    /** The same day with one field replaced (for tests and repairs). */
    public PlanDay with(DayField field, String text) {
        Map<DayField, String> f = new EnumMap<>(DayField.class);
        f.putAll(fields);
        f.put(field, text);
        return new PlanDay(number, f);
    }

    public Optional<CurrentCity> currentCity() {
        return filled(DayField.CURRENT_CITY) ? Optional.of(CurrentCity.parse(text(DayField.CURRENT_CITY))) : Optional.empty();
    }

    public Optional<PlaceRef> meal(Meal meal) {
        DayField f = DayField.of(meal);
        return filled(f) ? PlaceRef.parse(text(f)) : Optional.empty();
    }

    /** The attraction items: split at {@code ;}, blanks dropped, each trimmed (the trailing {@code ;} is optional). */
    public List<String> attractionItems() {
        if (!filled(DayField.ATTRACTION)) {
            return List.of();
        }
        return Arrays.stream(text(DayField.ATTRACTION).split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public Optional<PlaceRef> accommodation() {
        return filled(DayField.ACCOMMODATION) ? PlaceRef.parse(text(DayField.ACCOMMODATION)) : Optional.empty();
    }

    public Optional<TransportText> transport() {
        return filled(DayField.TRANSPORTATION) ? TransportText.parse(text(DayField.TRANSPORTATION)) : Optional.empty();
    }
}
