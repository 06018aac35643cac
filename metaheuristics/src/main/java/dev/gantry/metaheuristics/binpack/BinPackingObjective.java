package dev.gantry.metaheuristics.binpack;

/** What a bin-packing state minimises. */
public enum BinPackingObjective {
    /** The bin count alone: a flat landscape, where most moves change nothing. */
    BINS,
    /** The bin count minus Σ(load/C)²/(n+1): Falkenauer's fill term breaks ties in favour of fuller bins. */
    BINS_AND_FILL
}
