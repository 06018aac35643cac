package dev.gantry.modeling.travel;

import java.util.Optional;

/**
 * A city as a plan writes it: {@code Houston} or {@code Houston(Texas)}.
 *
 * @param state the {@code (State)} suffix, empty when absent
 */
public record CityName(String name, Optional<String> state) {
    /** Splits off a {@code (State)} suffix; the name is the text before the first parenthesis, trimmed. */
    public static CityName parse(String text) {
        String t = text.strip();
        int open = t.indexOf('(');
        if (open < 0) {
            return new CityName(t, Optional.empty());
        }
        int close = t.indexOf(')', open);
        String state = (close < 0 ? t.substring(open + 1) : t.substring(open + 1, close)).strip();
        return new CityName(t.substring(0, open).strip(), Optional.of(state));
    }

    public static CityName of(String name) {
        return new CityName(name, Optional.empty());
    }

    /** {@code Houston(Texas)} or {@code Houston}. */
    public String text() {
        return state.map(s -> name + "(" + s + ")").orElse(name);
    }
}
