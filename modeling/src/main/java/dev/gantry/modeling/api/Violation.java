package dev.gantry.modeling.api;

/** A constraint an assignment breaks, with the group it belongs to (null for background) and why. */
public record Violation(PostedConstraint constraint, String reason) {
    public String groupName() {
        return constraint == null || constraint.isBackground() ? "(background)" : constraint.group().name();
    }

    @Override
    public String toString() {
        return groupName() + ": " + reason;
    }
}
