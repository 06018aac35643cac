package dev.gantry.modeling.api;

import java.util.List;

/** At most one literal is true. */
public record AtMostOne(List<Literal> literals) implements Constraint {

    public AtMostOne {
        literals = List.copyOf(literals);
    }

    @Override
    public ConstraintKind kind() {
        return ConstraintKind.AT_MOST_ONE;
    }

    @Override
    public <R> R accept(ConstraintVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
