package dev.gantry.modeling.api;


/** {@code indicator ⇔ constraint}. */
public record Reify(Literal indicator, Constraint constraint) implements Constraint {

    @Override
    public ConstraintKind kind() {
        return ConstraintKind.REIFY;
    }

    @Override
    public <R> R accept(ConstraintVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
