package dev.gantry.modeling.api;

import java.util.List;

/** Exactly one literal is true. */
public record ExactlyOne(List<Literal> literals) implements Constraint {

    public ExactlyOne {
        literals = List.copyOf(literals);
    }

    @Override
    public ConstraintKind kind() {
        return ConstraintKind.EXACTLY_ONE;
    }

    @Override
    public <R> R accept(ConstraintVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
