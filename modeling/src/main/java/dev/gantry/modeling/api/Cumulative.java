package dev.gantry.modeling.api;

import java.util.List;

/** At every t, the demands of present intervals with {@code start ≤ t < end} sum to at most capacity (S2). */
public record Cumulative(List<IntervalVar> intervals, List<LinExpr> demands, LinExpr capacity) implements Constraint {

    public Cumulative {
        intervals = List.copyOf(intervals);
        demands = List.copyOf(demands);
        if (intervals.size() != demands.size()) {
            throw new IllegalArgumentException(intervals.size() + " intervals but " + demands.size() + " demands");
        }
    }

    /** Collects demands for a cumulative resource of the given capacity. */
    public static final class Builder {
        private final LinExpr capacity;
        private final java.util.ArrayList<IntervalVar> intervals = new java.util.ArrayList<>();
        private final java.util.ArrayList<LinExpr> demands = new java.util.ArrayList<>();

        Builder(LinExpr capacity) {
            this.capacity = capacity;
        }

        public Builder demand(IntervalVar interval, long demand) {
            return demand(interval, LinExpr.constant(demand));
        }

        public Builder demand(IntervalVar interval, Expression demand) {
            intervals.add(interval);
            demands.add(demand.expr());
            return this;
        }

        public Cumulative build() {
            return new Cumulative(intervals, demands, capacity);
        }
    }

    @Override
    public ConstraintKind kind() {
        return ConstraintKind.CUMULATIVE;
    }

    @Override
    public <R> R accept(ConstraintVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
