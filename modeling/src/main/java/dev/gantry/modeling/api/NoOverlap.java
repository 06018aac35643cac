package dev.gantry.modeling.api;

import java.util.List;

/** Present intervals do not overlap; zero-length intervals per {@link ZeroLength} (S1). */
public record NoOverlap(List<IntervalVar> intervals, ZeroLength zeroLength) implements Constraint {

    public NoOverlap {
        intervals = List.copyOf(intervals);
    }

    @Override
    public ConstraintKind kind() {
        return ConstraintKind.NO_OVERLAP;
    }

    @Override
    public <R> R accept(ConstraintVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
