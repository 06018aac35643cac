package dev.gantry.modeling.api;


/** When {@code condition} is true, {@code then} holds. */
public record Implies(Literal condition, Constraint then) implements Constraint {

    @Override
    public ConstraintKind kind() {
        return ConstraintKind.IMPLIES;
    }

    @Override
    public <R> R accept(ConstraintVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
