package dev.gantry.modeling.api;


/** {@code left relation right}. */
public record Linear(LinExpr left, Relation relation, LinExpr right) implements Constraint {

    /** {@code left - right}: the constraint reads {@code difference() relation 0}. */
    public LinExpr difference() {
        return left.minus(right);
    }

    /** The same comparison with the relation negated. */
    public Linear negated() {
        return new Linear(left, relation.negated(), right);
    }

    @Override
    public String toString() {
        return left + " " + relation.symbol() + " " + right;
    }

    @Override
    public ConstraintKind kind() {
        return ConstraintKind.LINEAR;
    }

    @Override
    public <R> R accept(ConstraintVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
