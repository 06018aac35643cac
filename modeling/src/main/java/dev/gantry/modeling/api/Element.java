package dev.gantry.modeling.api;

import java.util.List;

/** {@code target = array[index]}, 0-based; the index is restricted to the array's range (S5). */
public record Element(LinExpr index, List<LinExpr> array, LinExpr target) implements Constraint {

    public Element {
        array = List.copyOf(array);
    }

    @Override
    public ConstraintKind kind() {
        return ConstraintKind.ELEMENT;
    }

    @Override
    public <R> R accept(ConstraintVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
