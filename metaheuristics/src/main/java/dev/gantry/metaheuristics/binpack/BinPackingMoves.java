package dev.gantry.metaheuristics.binpack;

/** Which moves a bin-packing state proposes. */
public enum BinPackingMoves {
    /** Move one item to another open bin where it fits: the Neural SA paper's proposal. */
    RELOCATE,
    /** Relocate, and swap two items of different bins when both still fit. */
    RELOCATE_AND_SWAP
}
