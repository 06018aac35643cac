package dev.gantry.metaheuristics.sa;

import java.time.Duration;
import java.util.OptionalDouble;

/**
 * When a chain stops: any of a proposal budget, a wall-time budget, a window without improvement, or reaching a
 * target objective. Only the primary budget — proposals if given, else time — drives the temperature curve;
 * the early stops never bend it (contrast Timefold issue #1138).
 *
 * @param proposals  proposal budget per chain, or 0 for none
 * @param time       wall-time budget of the run, counted from its start (start solutions and calibration
 *                   included), or null for none
 * @param stagnation stop after this many proposals without a new best, or 0 for never
 * @param target     stop every chain as soon as one chain's best is at or below this value (a known optimum or
 *                   bound); with several workers, which chain gets there first depends on timing
 */
public record Termination(long proposals, Duration time, long stagnation, OptionalDouble target) {
    public Termination {
        if (proposals < 0 || stagnation < 0) {
            throw new IllegalArgumentException("budgets must be >= 0");
        }
        if (proposals == 0 && time == null) {
            throw new IllegalArgumentException("a run needs a proposal budget or a time budget");
        }
        if (time != null && (time.isNegative() || time.isZero())) {
            throw new IllegalArgumentException("the time budget must be positive, got " + time);
        }
    }

    public static Termination proposals(long budget) {
        return new Termination(budget, null, 0, OptionalDouble.empty());
    }

    public static Termination time(Duration budget) {
        return new Termination(0, budget, 0, OptionalDouble.empty());
    }

    public Termination withTarget(double objective) {
        return new Termination(proposals, time, stagnation, OptionalDouble.of(objective));
    }

    public Termination withStagnation(long window) {
        return new Termination(proposals, time, window, target);
    }

    public Termination withTime(Duration limit) {
        return new Termination(proposals, limit, stagnation, target);
    }

    /** True when the proposal budget, not the clock, drives the schedule. */
    public boolean stepDriven() {
        return proposals > 0;
    }
}
