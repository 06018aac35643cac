package dev.gantry.modeling.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A partial assignment keyed by variable name, used as a warm start (R18). Names the model does not know and
 * values outside a domain are dropped by the backend with a diagnostic.
 */
public record Hint(Map<String, Long> values) {
    public Hint {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static Hint of(Map<String, Long> values) {
        return new Hint(values);
    }

    /** Every user variable of a solution. */
    public static Hint from(Solution solution) {
        return new Hint(solution.byName());
    }

    /** The solution of a previous result. */
    public static Hint from(SolveResult result) {
        if (result.solution() == null) {
            throw new IllegalArgumentException("result " + result.status() + " has no solution to hint from");
        }
        return from(result.solution());
    }
}
