package dev.gantry.modeling.travel;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A day's {@code current_city}: {@code from A to B} on a travel day ({@code to} present), {@code A} on a stay day. */
public record CurrentCity(CityName from, Optional<CityName> to) {
    private static final Pattern TRAVEL = Pattern.compile("^from\\s+(.+?)\\s+to\\s+(.+)$");

    public static CurrentCity parse(String text) {
        Matcher m = TRAVEL.matcher(text.strip());
        if (m.matches()) {
            return new CurrentCity(CityName.parse(m.group(1)), Optional.of(CityName.parse(m.group(2))));
        }
        return new CurrentCity(CityName.parse(text), Optional.empty());
    }

    public boolean travel() {
        return to.isPresent();
    }

    /** Where the day ends: B on a travel day, A on a stay day. */
    public CityName last() {
        return to.orElse(from);
    }

    /** {@code from A to B} or {@code A}. */
    public String text() {
        return to.map(t -> "from " + from.text() + " to " + t.text()).orElse(from.text());
    }
}
