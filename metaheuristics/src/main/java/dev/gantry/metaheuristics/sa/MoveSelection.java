package dev.gantry.metaheuristics.sa;

import java.util.List;

/**
 * How a chain picks the move type of each proposal (spec §1.6). Credit for a move type is the improvement it
 * made divided by the current temperature, plus a bonus of 1 for a new best, averaged over windows of
 * {@code window} proposals; usefulness shifts as T falls, so the quality estimates decay.
 */
public sealed interface MoveSelection {
    /** Fixed weights, one per move type (the default for baselines); empty means uniform. */
    record Fixed(List<Double> weights) implements MoveSelection {
        public Fixed {
            weights = List.copyOf(weights);
            if (weights.stream().anyMatch(w -> !(w >= 0)) || (!weights.isEmpty() && weights.stream().mapToDouble(w -> w).sum() <= 0)) {
                throw new IllegalArgumentException("weights must be >= 0 and not all zero, got " + weights);
            }
        }

        public static Fixed uniform() {
            return new Fixed(List.of());
        }
    }

    /** With probability epsilon a uniform move type, otherwise the one with the best windowed quality. */
    record EpsilonGreedy(double epsilon, int window, double decay) implements MoveSelection {
        public EpsilonGreedy {
            AdaptiveChecks.require(window, decay);
            if (!(epsilon >= 0 && epsilon <= 1)) {
                throw new IllegalArgumentException("epsilon must lie in [0, 1], got " + epsilon);
            }
        }
    }

    /** UCB1 on windowed mean credits: quality + c·√(2 ln N / n) per window. */
    record Ucb1(double exploration, int window, double decay) implements MoveSelection {
        public Ucb1 {
            AdaptiveChecks.require(window, decay);
            if (!(exploration >= 0)) {
                throw new IllegalArgumentException("exploration must be >= 0, got " + exploration);
            }
        }
    }

    /** Adaptive pursuit (Thierens 2005): probabilities pursue the best move type, none below {@code minProbability}. */
    record AdaptivePursuit(double minProbability, double learningRate, int window, double decay) implements MoveSelection {
        public AdaptivePursuit {
            AdaptiveChecks.require(window, decay);
            if (!(minProbability >= 0 && minProbability < 1) || !(learningRate > 0 && learningRate <= 1)) {
                throw new IllegalArgumentException("pursuit needs 0 <= minProbability < 1 and 0 < learningRate <= 1");
            }
        }
    }

    /** Shared argument checks of the adaptive policies. */
    final class AdaptiveChecks {
        private AdaptiveChecks() {
        }

        static void require(int window, double decay) {
            if (window < 1 || !(decay > 0 && decay <= 1)) {
                throw new IllegalArgumentException("adaptive selection needs window >= 1 and decay in (0, 1], got " + window + ", " + decay);
            }
        }
    }
}
