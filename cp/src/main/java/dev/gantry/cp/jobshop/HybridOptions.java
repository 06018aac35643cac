package dev.gantry.cp.jobshop;

import dev.gantry.modeling.api.CancellationToken;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@link JobShopHybrid} searches: one global wall-clock limit (the dispatch included), CP-SAT workers per
 * neighbourhood, the seed of every random choice, the time one neighbourhood may take and the number of operations
 * its first windows free (the size then adapts), and an optional token that stops the search with its best plan.
 */
public record HybridOptions(Duration timeLimit, int workers, long seed, Duration neighbourhoodLimit, int initialWindow,
                            Optional<CancellationToken> cancellation) {
    public HybridOptions {
        Objects.requireNonNull(timeLimit, "timeLimit");
        Objects.requireNonNull(neighbourhoodLimit, "neighbourhoodLimit");
        Objects.requireNonNull(cancellation, "cancellation");
        if (timeLimit.isNegative() || timeLimit.isZero() || neighbourhoodLimit.isNegative() || neighbourhoodLimit.isZero()) {
            throw new IllegalArgumentException("time limits must be positive, got " + timeLimit + " and " + neighbourhoodLimit);
        }
        if (workers < 1 || initialWindow < 1) {
            throw new IllegalArgumentException("workers and window size must be at least 1, got " + workers + " and " + initialWindow);
        }
    }

    /** The defaults: neighbourhoods of up to 1 s, first windows of 150 operations (the better of 1 s/150, 2 s/200 and 4 s/300 on ta61 and ta71). */
    public static HybridOptions of(Duration timeLimit, int workers, long seed) {
        return new HybridOptions(timeLimit, workers, seed, Duration.ofSeconds(1), 150, Optional.empty());
    }

    public HybridOptions withCancellation(CancellationToken token) {
        return new HybridOptions(timeLimit, workers, seed, neighbourhoodLimit, initialWindow, Optional.of(token));
    }

    public HybridOptions withNeighbourhood(Duration limit, int window) {
        return new HybridOptions(timeLimit, workers, seed, limit, window, cancellation);
    }
}
