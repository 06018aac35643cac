package dev.gantry.modeling.travel;

import dev.gantry.modeling.api.InputFormatException;
import java.util.List;

/**
 * One {@code --set field=value} of {@code gantry solve} and {@code gantry explain}: a query variant without editing
 * the file, e.g. {@code budget=1200}, {@code room type=shared room}, {@code cuisine=Mexican,Indian},
 * {@code transportation=null}. Bad input is an {@link InputFormatException} naming {@code --set} and the field.
 */
public record QueryOverride(QueryField field, String value) {
    private static final String SOURCE = "--set";

    /** Parses {@code field=value}; the value is checked when the override is applied to a query. */
    public static QueryOverride parse(String assignment) {
        int eq = assignment.indexOf('=');
        if (eq < 0) {
            throw new InputFormatException(SOURCE, 0, assignment, "expected field=value, e.g. budget=1200");
        }
        String key = assignment.substring(0, eq);
        QueryField field = QueryField.fromKey(key).orElseThrow(() -> new InputFormatException(SOURCE, 0, key.strip(),
                "unknown query field; use one of " + QueryField.keys()));
        return new QueryOverride(field, assignment.substring(eq + 1));
    }

    public static List<QueryOverride> parseAll(List<String> assignments) {
        return assignments.stream().map(QueryOverride::parse).toList();
    }

    /** {@code query} with this field changed. */
    public TravelQuery applyTo(TravelQuery query) {
        try {
            return field.apply(query, value);
        } catch (IllegalArgumentException e) {
            throw new InputFormatException(SOURCE, 0, field.key(), e.getMessage());
        }
    }

    /** {@code query} with every override applied in order (a later one of the same field wins). */
    public static TravelQuery applyAll(TravelQuery query, List<QueryOverride> overrides) {
        TravelQuery q = query;
        for (QueryOverride o : overrides) {
            q = o.applyTo(q);
        }
        return q;
    }

    /** {@code field=value} as the user writes it. */
    @Override
    public String toString() {
        return field.key() + "=" + value;
    }
}
