package dev.gantry.modeling.api;

import java.util.List;

/**
 * The variables take one of the tuples ({@code forbidden = false}) or none of them ({@code forbidden = true}).
 * Duplicate tuples are ignored (S5).
 */
public record Table(List<LinExpr> expressions, List<long[]> tuples, boolean forbidden) implements Constraint {
    public Table {
        expressions = List.copyOf(expressions);
        tuples = tuples.stream().map(long[]::clone).toList();
        for (long[] t : tuples) {
            if (t.length != expressions.size()) {
                throw new IllegalArgumentException("tuple of arity " + t.length + " for " + expressions.size() + " expressions");
            }
        }
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(forbidden ? "Table[forbidden " : "Table[allowed ").append(expressions).append(" in ");
        tuples.forEach(t -> sb.append(java.util.Arrays.toString(t)));
        return sb.append(']').toString();
    }

    @Override
    public ConstraintKind kind() {
        return ConstraintKind.TABLE;
    }

    @Override
    public <R> R accept(ConstraintVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
