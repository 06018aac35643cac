package dev.gantry.modeling.api;

import java.util.List;

/** {@code target = max(arguments)}. */
public record MaxOf(LinExpr target, List<LinExpr> arguments) implements Constraint {

    public MaxOf {
        arguments = List.copyOf(arguments);
    }

    @Override
    public ConstraintKind kind() {
        return ConstraintKind.MAX_OF;
    }

    @Override
    public <R> R accept(ConstraintVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
