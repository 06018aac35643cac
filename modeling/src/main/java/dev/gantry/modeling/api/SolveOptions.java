package dev.gantry.modeling.api;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * How to solve (R15). The time limit is wall clock for the whole {@code solve} call, model building included;
 * absent means no limit. Worker counts above what a backend supports are clipped with a diagnostic.
 */
public final class SolveOptions {
    private final Duration timeLimit;
    private final Double workLimit;
    private final Integer workers;
    private final long seed;
    private final Hint hint;
    private final boolean fixToHints;
    private final SolutionListener onSolution;
    private final CancellationToken cancellation;
    private final boolean enumerateAll;
    private final Long stopAtObjective;
    private final boolean logSearch;
    private final PresolveEffort presolve;

    private SolveOptions(Builder b) {
        this.timeLimit = b.timeLimit;
        this.workLimit = b.workLimit;
        this.workers = b.workers;
        this.seed = b.seed;
        this.hint = b.hint;
        this.fixToHints = b.fixToHints;
        this.onSolution = b.onSolution;
        this.cancellation = b.cancellation;
        this.enumerateAll = b.enumerateAll;
        this.stopAtObjective = b.stopAtObjective;
        this.logSearch = b.logSearch;
        this.presolve = b.presolve;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static SolveOptions defaults() {
        return builder().build();
    }

    /** One worker, a seed and a deterministic work limit: runs that repeat exactly (R20). */
    public static SolveOptions reproducible(long seed, double workLimit) {
        return builder().workers(1).seed(seed).workLimit(workLimit).build();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.timeLimit = timeLimit;
        b.workLimit = workLimit;
        b.workers = workers;
        b.seed = seed;
        b.hint = hint;
        b.fixToHints = fixToHints;
        b.onSolution = onSolution;
        b.cancellation = cancellation;
        b.enumerateAll = enumerateAll;
        b.stopAtObjective = stopAtObjective;
        b.logSearch = logSearch;
        b.presolve = presolve;
        return b;
    }

    public Optional<Duration> timeLimit() {
        return Optional.ofNullable(timeLimit);
    }

    public OptionalDouble workLimit() {
        return workLimit == null ? OptionalDouble.empty() : OptionalDouble.of(workLimit);
    }

    /** The requested worker count; absent means the machine's processor count. */
    public OptionalInt workers() {
        return workers == null ? OptionalInt.empty() : OptionalInt.of(workers);
    }

    public long seed() {
        return seed;
    }

    public Optional<Hint> hint() {
        return Optional.ofNullable(hint);
    }

    public boolean fixToHints() {
        return fixToHints;
    }

    public Optional<SolutionListener> onSolution() {
        return Optional.ofNullable(onSolution);
    }

    public Optional<CancellationToken> cancellation() {
        return Optional.ofNullable(cancellation);
    }

    public boolean enumerateAll() {
        return enumerateAll;
    }

    public OptionalLong stopAtObjective() {
        return stopAtObjective == null ? OptionalLong.empty() : OptionalLong.of(stopAtObjective);
    }

    public boolean logSearch() {
        return logSearch;
    }

    public PresolveEffort presolve() {
        return presolve;
    }

    public static final class Builder {
        private Duration timeLimit;
        private Double workLimit;
        private Integer workers;
        private long seed;
        private Hint hint;
        private boolean fixToHints;
        private SolutionListener onSolution;
        private CancellationToken cancellation;
        private boolean enumerateAll;
        private Long stopAtObjective;
        private boolean logSearch;
        private PresolveEffort presolve = PresolveEffort.FULL;

        private Builder() {
        }

        /** Wall clock for the whole solve; must be positive (there is no "zero means unlimited"). */
        public Builder timeLimit(Duration limit) {
            if (limit == null || limit.isZero() || limit.isNegative()) {
                throw new IllegalArgumentException("time limit must be positive, got " + limit + ". Maybe leave it unset for no limit.");
            }
            this.timeLimit = limit;
            return this;
        }

        /** Removes the time limit. */
        public Builder noTimeLimit() {
            this.timeLimit = null;
            return this;
        }

        /** A deterministic limit in the backend's work unit (CP-SAT: deterministic seconds; Choco: failures). */
        public Builder workLimit(double work) {
            if (!(work > 0)) {
                throw new IllegalArgumentException("work limit must be positive, got " + work);
            }
            this.workLimit = work;
            return this;
        }

        public Builder workers(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("workers must be at least 1, got " + count);
            }
            this.workers = count;
            return this;
        }

        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        public Builder hint(Hint value) {
            this.hint = value;
            return this;
        }

        /** Fixes the hinted variables to their values: checks whether an external plan extends to a solution. */
        public Builder fixToHints(boolean value) {
            this.fixToHints = value;
            return this;
        }

        public Builder onSolution(SolutionListener listener) {
            this.onSolution = listener;
            return this;
        }

        public Builder cancellation(CancellationToken token) {
            this.cancellation = token;
            return this;
        }

        /** Reports every solution to the listener (no objective allowed). */
        public Builder enumerateAll(boolean value) {
            this.enumerateAll = value;
            return this;
        }

        /** Stops as soon as a solution reaches this objective value (first stage). */
        public Builder stopAtObjective(long value) {
            this.stopAtObjective = value;
            return this;
        }

        /** Lets the backend print its search log on stderr. */
        public Builder logSearch(boolean value) {
            this.logSearch = value;
            return this;
        }

        /** {@link PresolveEffort#FULL} by default. */
        public Builder presolve(PresolveEffort effort) {
            this.presolve = Objects.requireNonNull(effort, "effort");
            return this;
        }

        public SolveOptions build() {
            return new SolveOptions(this);
        }
    }
}
