package dev.gantry.metaheuristics.sa;

import java.util.List;

/** The names of a state's move types, in the order {@link AnnealingState#propose} indexes them. */
public record MoveTypes(List<String> names) {
    public MoveTypes {
        names = List.copyOf(names);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("a state needs at least one move type");
        }
    }

    public static MoveTypes of(String... names) {
        return new MoveTypes(List.of(names));
    }

    public int count() {
        return names.size();
    }

    public String name(int index) {
        return names.get(index);
    }
}
