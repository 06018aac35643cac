package dev.gantry.modeling.api;

import java.util.Optional;

/**
 * A task-like variable {@code [start, end)} with {@code size ≥ 0} and {@code start + size = end}. With a presence
 * literal it is optional: an absent interval is ignored by NoOverlap and Cumulative, and its times are arbitrary
 * (semantics S3). Start, size and end are affine expressions ({@code a·x + c}).
 */
public final class IntervalVar {
    private final int index;
    private final String name;
    private final LinExpr start;
    private final LinExpr size;
    private final LinExpr end;
    private final Literal presence;

    IntervalVar(int index, String name, LinExpr start, LinExpr size, LinExpr end, Literal presence) {
        this.index = index;
        this.name = name;
        this.start = start;
        this.size = size;
        this.end = end;
        this.presence = presence;
    }

    public int index() {
        return index;
    }

    public String name() {
        return name;
    }

    public LinExpr start() {
        return start;
    }

    public LinExpr size() {
        return size;
    }

    public LinExpr end() {
        return end;
    }

    public Optional<Literal> presence() {
        return Optional.ofNullable(presence);
    }

    public boolean isOptional() {
        return presence != null;
    }

    /** True when the size is a constant. */
    public boolean hasFixedSize() {
        return size.isConstant();
    }

    @Override
    public String toString() {
        return name;
    }
}
