package dev.gantry.modeling.api;


/** {@code target = left · right}. */
public record Mul(LinExpr target, LinExpr left, LinExpr right) implements Constraint {

    @Override
    public ConstraintKind kind() {
        return ConstraintKind.MUL;
    }

    @Override
    public <R> R accept(ConstraintVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
