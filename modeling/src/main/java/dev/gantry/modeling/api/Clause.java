package dev.gantry.modeling.api;

import java.util.List;

/** At least one literal is true. */
public record Clause(List<Literal> literals) implements Constraint {

    public Clause {
        literals = List.copyOf(literals);
    }

    @Override
    public ConstraintKind kind() {
        return ConstraintKind.CLAUSE;
    }

    @Override
    public <R> R accept(ConstraintVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
