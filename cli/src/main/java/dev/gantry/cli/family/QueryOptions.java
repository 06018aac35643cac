package dev.gantry.cli.family;

import java.util.List;
import java.util.Optional;

/**
 * What {@code gantry solve} asks of a query beyond the instance file: the objective by name ({@code --objective}),
 * query field overrides ({@code --set field=value}) and planning without flight data ({@code --ground-only}). Only
 * families that take them ({@link Family#takesQueryOptions()}) accept them; travel is the one today.
 */
public record QueryOptions(Optional<String> objective, List<String> overrides, boolean groundOnly) {
    public QueryOptions {
        overrides = List.copyOf(overrides);
    }

    public static QueryOptions none() {
        return new QueryOptions(Optional.empty(), List.of(), false);
    }

    public boolean isEmpty() {
        return objective.isEmpty() && overrides.isEmpty() && !groundOnly;
    }
}
