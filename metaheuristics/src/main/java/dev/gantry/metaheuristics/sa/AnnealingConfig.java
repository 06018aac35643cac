package dev.gantry.metaheuristics.sa;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything that defines an annealing run besides the problem. Build with {@link #builder(Termination)}; the
 * defaults are the spec's: a constructive start, geometric cooling calibrated from sampled deltas, one proposal
 * per temperature level, uniform move types, one chain on one worker.
 */
public record AnnealingConfig(
        Termination termination,
        Start start,
        Cooling cooling,
        Temperatures temperatures,
        Optional<Reheat> reheat,
        Optional<AcceptanceSteering> steering,
        MoveSelection moveSelection,
        int proposalsPerLevel,
        int chains,
        int workers,
        long seed,
        int traceCapacity,
        boolean debugChecks) {

    public AnnealingConfig {
        Objects.requireNonNull(termination, "termination");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(cooling, "cooling");
        Objects.requireNonNull(temperatures, "temperatures");
        Objects.requireNonNull(reheat, "reheat");
        Objects.requireNonNull(steering, "steering");
        Objects.requireNonNull(moveSelection, "moveSelection");
        if (proposalsPerLevel < 1 || chains < 1 || workers < 1 || traceCapacity < 2) {
            throw new IllegalArgumentException("proposalsPerLevel, chains and workers must be >= 1 and the trace capacity >= 2");
        }
    }

    public static Builder builder(Termination termination) {
        return new Builder(termination);
    }

    public Builder toBuilder() {
        Builder b = new Builder(termination);
        b.start = start;
        b.cooling = cooling;
        b.temperatures = temperatures;
        b.reheat = reheat;
        b.steering = steering;
        b.moveSelection = moveSelection;
        b.proposalsPerLevel = proposalsPerLevel;
        b.chains = chains;
        b.workers = workers;
        b.seed = seed;
        b.traceCapacity = traceCapacity;
        b.debugChecks = debugChecks;
        return b;
    }

    /** Builder with the spec's defaults. */
    public static final class Builder {
        private Termination termination;
        private Start start = Start.CONSTRUCTIVE;
        private Cooling cooling = Cooling.GEOMETRIC;
        private Temperatures temperatures;
        private Optional<Reheat> reheat = Optional.empty();
        private Optional<AcceptanceSteering> steering = Optional.empty();
        private MoveSelection moveSelection = MoveSelection.Fixed.uniform();
        private int proposalsPerLevel = 1;
        private int chains = 1;
        private int workers = 1;
        private long seed = 1;
        private int traceCapacity = 10_000;
        private boolean debugChecks;

        private Builder(Termination termination) {
            this.termination = termination;
        }

        public Builder termination(Termination value) {
            termination = value;
            return this;
        }

        public Builder timeLimit(Duration value) {
            termination = termination.withTime(value);
            return this;
        }

        public Builder start(Start value) {
            start = value;
            return this;
        }

        public Builder cooling(Cooling value) {
            cooling = value;
            return this;
        }

        public Builder temperatures(Temperatures value) {
            temperatures = value;
            return this;
        }

        public Builder reheat(Reheat value) {
            reheat = Optional.ofNullable(value);
            return this;
        }

        /** Steers the temperature by the uphill acceptance ratio instead of the cooling curve (T0 still calibrates). */
        public Builder steering(AcceptanceSteering value) {
            steering = Optional.ofNullable(value);
            return this;
        }

        public Builder moveSelection(MoveSelection value) {
            moveSelection = value;
            return this;
        }

        public Builder proposalsPerLevel(int value) {
            proposalsPerLevel = value;
            return this;
        }

        public Builder chains(int value) {
            chains = value;
            return this;
        }

        public Builder workers(int value) {
            workers = value;
            return this;
        }

        public Builder seed(long value) {
            seed = value;
            return this;
        }

        public Builder traceCapacity(int value) {
            traceCapacity = value;
            return this;
        }

        /** Recomputes the full objective after every commit and fails on drift: slow, for tests. */
        public Builder debugChecks(boolean value) {
            debugChecks = value;
            return this;
        }

        public AnnealingConfig build() {
            Temperatures t = temperatures != null ? temperatures : Temperatures.Calibrated.forStart(start);
            return new AnnealingConfig(termination, start, cooling, t, reheat, steering, moveSelection, proposalsPerLevel, chains,
                    workers, seed, traceCapacity, debugChecks);
        }
    }
}
