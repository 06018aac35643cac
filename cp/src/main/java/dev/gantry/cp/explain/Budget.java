package dev.gantry.cp.explain;

import java.time.Duration;
import java.util.Optional;

/** The time left for a whole explanation and the limit of each check within it (E1). */
final class Budget {
    private final long deadline;
    private final Duration perCheck;

    Budget(Duration total, Duration perCheck) {
        this.deadline = System.nanoTime() + total.toNanos();
        this.perCheck = perCheck;
    }

    /** The limit of the next check, or empty when the whole run's time is spent. */
    Optional<Duration> nextCheck() {
        long left = deadline - System.nanoTime();
        if (left <= 1_000_000) {
            return Optional.empty();
        }
        return Optional.of(perCheck.toNanos() < left ? perCheck : Duration.ofNanos(left));
    }

    /** The limit of an optimisation (correction set, repair): several checks' worth, within the run's time. */
    Optional<Duration> nextOptimisation() {
        long left = deadline - System.nanoTime();
        if (left <= 1_000_000) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(Math.min(left, perCheck.toNanos() * 4)));
    }
}
