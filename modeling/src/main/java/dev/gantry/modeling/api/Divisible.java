package dev.gantry.modeling.api;


/** {@code ∃q: value = divisor·q} (S4). */
public record Divisible(LinExpr value, LinExpr divisor) implements Constraint {

    @Override
    public ConstraintKind kind() {
        return ConstraintKind.DIVISIBLE;
    }

    @Override
    public <R> R accept(ConstraintVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
