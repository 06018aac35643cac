package dev.gantry.metaheuristics.knapsack;

/** Which moves a knapsack state proposes. */
public enum KnapsackMoves {
    /** Flip one item; overflowing additions masked: the Neural SA paper's proposal. */
    FLIP,
    /** Flip, and swap one chosen item for one unchosen. */
    FLIP_AND_SWAP,
    /** Flip, swap, and a ratio-guided add-with-repair (a tournament of a few random items on each side). */
    GUIDED
}
