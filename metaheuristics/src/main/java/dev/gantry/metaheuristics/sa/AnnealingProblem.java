package dev.gantry.metaheuristics.sa;

import java.util.SplittableRandom;

/**
 * A problem as the annealing engine sees it: a factory of start states. The engine never knows what a state
 * holds; everything problem-specific (encoding, moves, deltas) lives behind {@link AnnealingState}.
 */
public interface AnnealingProblem<S> {
    /** A fresh state at the given kind of start, drawing any randomness from {@code random}. */
    AnnealingState<S> start(Start start, SplittableRandom random);

    /** A fresh state holding the given solution (a warm start from a user or another engine). */
    default AnnealingState<S> start(S solution, SplittableRandom random) {
        AnnealingState<S> state = start(Start.NAIVE, random);
        state.load(solution);
        return state;
    }

    /**
     * Improves a chain's final best in place, for example by a descent to a local optimum; the engine keeps the
     * result when it is better. The default does nothing.
     */
    default void polish(AnnealingState<S> state) {
    }
}
