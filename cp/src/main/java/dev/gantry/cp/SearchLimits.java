package dev.gantry.cp;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * When an exact search of Gantry's own (knapsack branch and bound, the tardiness decomposition) gives up: after
 * {@code maxNodes} search nodes or {@code maxTime} of wall clock, whichever comes first. A search stopped by a limit
 * returns its best answer marked as not proven.
 */
public record SearchLimits(long maxNodes, Duration maxTime) {
    /** No limit: search until the optimum is proven. */
    public static final SearchLimits NONE = new SearchLimits(Long.MAX_VALUE, ChronoUnit.FOREVER.getDuration());

    public SearchLimits {
        Objects.requireNonNull(maxTime, "maxTime");
        if (maxNodes < 1 || maxTime.isNegative() || maxTime.isZero()) {
            throw new IllegalArgumentException("limits must be positive, got " + maxNodes + " nodes and " + maxTime);
        }
    }

    public static SearchLimits nodes(long maxNodes) {
        return new SearchLimits(maxNodes, NONE.maxTime);
    }

    public static SearchLimits time(Duration maxTime) {
        return new SearchLimits(Long.MAX_VALUE, maxTime);
    }

    /** The time limit in nanoseconds, or {@code Long.MAX_VALUE} when it is beyond what a clock can count. */
    public long nanos() {
        return maxTime.compareTo(Duration.ofDays(100 * 365)) > 0 ? Long.MAX_VALUE : maxTime.toNanos();
    }
}
