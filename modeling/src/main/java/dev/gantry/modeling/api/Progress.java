package dev.gantry.modeling.api;

import java.time.Duration;
import java.util.OptionalLong;

/** The search state reported with each solution. */
public record Progress(OptionalLong objective, OptionalLong bestBound, Duration elapsed, int solutionCount) {
    /** The objective of the reported solution (first stage); throws for a model without objective. */
    public long objectiveValue() {
        return objective.orElseThrow(() -> new IllegalStateException("the model has no objective"));
    }
}
