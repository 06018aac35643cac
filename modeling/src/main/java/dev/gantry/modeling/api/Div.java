package dev.gantry.modeling.api;


/** {@code target = dividend / divisor}, truncated toward zero (S4); the divisor's domain may not hold 0. */
public record Div(LinExpr target, LinExpr dividend, LinExpr divisor) implements Constraint {

    @Override
    public ConstraintKind kind() {
        return ConstraintKind.DIV;
    }

    @Override
    public <R> R accept(ConstraintVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
