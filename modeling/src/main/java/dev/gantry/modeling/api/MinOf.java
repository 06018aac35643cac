package dev.gantry.modeling.api;

import java.util.List;

/** {@code target = min(arguments)}. */
public record MinOf(LinExpr target, List<LinExpr> arguments) implements Constraint {

    public MinOf {
        arguments = List.copyOf(arguments);
    }

    @Override
    public ConstraintKind kind() {
        return ConstraintKind.MIN_OF;
    }

    @Override
    public <R> R accept(ConstraintVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
