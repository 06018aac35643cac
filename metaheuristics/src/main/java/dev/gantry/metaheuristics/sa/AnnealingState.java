package dev.gantry.metaheuristics.sa;

import java.util.SplittableRandom;

/**
 * A mutable solution of one problem, with its move types. The engine drives it through the allocation-free
 * protocol: {@link #propose} samples a move of one type and returns its delta without touching the state;
 * {@link #commit} applies the last proposed move. Objectives are minimised.
 *
 * @param <S> the immutable solution value the state snapshots to (a tour, a selection, a packing)
 */
public interface AnnealingState<S> {
    /** The current objective, maintained incrementally by {@link #commit}. */
    double objective();

    /** The move types this state offers, in a fixed order; {@link #propose} takes an index into it. */
    MoveTypes moveTypes();

    /**
     * Samples one move of the given type and returns the change of the objective it would make, or
     * {@link Double#NaN} when the sampled move is not admissible (masked: an overflowing knapsack addition, an
     * item that fits no other bin). The state is unchanged until {@link #commit}.
     */
    double propose(int moveType, SplittableRandom random);

    /** Applies the move returned by the last {@link #propose} call (which returned a number, not NaN). */
    void commit();

    /** The objective recomputed from scratch: the engine compares it with {@link #objective()} to catch drift. */
    double evaluate();

    /** An immutable copy of the current solution. */
    S snapshot();

    /** Replaces the current solution (a restart from the best, or a user's starting solution). */
    void load(S solution);
}
