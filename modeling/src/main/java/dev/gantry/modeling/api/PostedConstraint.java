package dev.gantry.modeling.api;

import java.util.Optional;

/** A constraint as posted in a model: in a named group, or in the background (never blamed by the explainer). */
public record PostedConstraint(Constraint constraint, Group group) {
    public boolean isBackground() {
        return group == null;
    }

    public Optional<Group> groupIfAny() {
        return Optional.ofNullable(group);
    }
}
