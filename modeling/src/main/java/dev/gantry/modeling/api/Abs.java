package dev.gantry.modeling.api;


/** {@code target = |argument|}. */
public record Abs(LinExpr target, LinExpr argument) implements Constraint {

    @Override
    public ConstraintKind kind() {
        return ConstraintKind.ABS;
    }

    @Override
    public <R> R accept(ConstraintVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
