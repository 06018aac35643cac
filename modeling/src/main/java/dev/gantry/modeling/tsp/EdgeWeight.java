package dev.gantry.modeling.tsp;

/** How the distance between two cities follows from their coordinates. */
public enum EdgeWeight {
    /** TSPLIB {@code EUC_2D}: nint(√(dx²+dy²)) with nint(x) = ⌊x + 0.5⌋; tour lengths are integers. */
    ROUNDED_EUCLIDEAN,
    /** Unrounded Euclidean distance, as in the random uniform instances of the Neural SA paper. */
    EUCLIDEAN
}
