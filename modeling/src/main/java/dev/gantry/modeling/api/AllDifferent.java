package dev.gantry.modeling.api;

import java.util.List;

/** All expressions take pairwise different values. */
public record AllDifferent(List<LinExpr> expressions) implements Constraint {

    public AllDifferent {
        expressions = List.copyOf(expressions);
    }

    @Override
    public ConstraintKind kind() {
        return ConstraintKind.ALL_DIFFERENT;
    }

    @Override
    public <R> R accept(ConstraintVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
