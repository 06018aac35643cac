package dev.gantry.modeling.api;

import java.util.List;

/** A single or lexicographic objective: stages in priority order. */
public record Objective(List<Stage> stages) {
    public Objective {
        stages = List.copyOf(stages);
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("an objective needs at least one stage");
        }
    }

    public record Stage(Sense sense, LinExpr expression) {
    }

    public Stage first() {
        return stages.get(0);
    }

    public boolean isLexicographic() {
        return stages.size() > 1;
    }
}
