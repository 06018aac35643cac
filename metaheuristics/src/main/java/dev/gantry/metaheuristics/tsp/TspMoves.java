package dev.gantry.metaheuristics.tsp;

/** Which moves a TSP state proposes. */
public enum TspMoves {
    /** 2-opt with the partner drawn from the K nearest neighbours, and or-opt of 1–3 cities next to a neighbour. */
    NEIGHBOUR_TWO_OPT_AND_OR_OPT,
    /** 2-opt with the partner drawn from the K nearest neighbours only. */
    NEIGHBOUR_TWO_OPT,
    /** The Neural SA paper's vanilla proposal: a uniform city, then a uniform non-adjacent partner, 2-opt. */
    UNIFORM_TWO_OPT
}
