package dev.gantry.metaheuristics.binpack;

/** Which moves a bin-packing state proposes. */
public enum BinPackingMoves {
    /**
     * The Neural SA paper's proposal: an item, then any other of the n bin slots it fits, empty ones included
     * (so a move may open a bin).
     */
    PAPER_RELOCATE,
    /** Move one item to another open bin where it fits. */
    RELOCATE,
    /** Relocate, and swap two items of different bins when both still fit. */
    RELOCATE_AND_SWAP
}
