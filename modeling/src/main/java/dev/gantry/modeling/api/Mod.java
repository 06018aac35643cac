package dev.gantry.modeling.api;


/** {@code target = dividend % divisor} with the sign of the dividend, as Java's {@code %} (S4). */
public record Mod(LinExpr target, LinExpr dividend, LinExpr divisor) implements Constraint {

    @Override
    public ConstraintKind kind() {
        return ConstraintKind.MOD;
    }

    @Override
    public <R> R accept(ConstraintVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
