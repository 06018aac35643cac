package dev.gantry.metaheuristics.sa;

/** Where a chain starts. */
public enum Start {
    /** The papers' start: a random tour, an empty knapsack, one item per bin. */
    NAIVE,
    /** An engineered start: nearest neighbour plus descent, greedy by ratio, first-fit decreasing. */
    CONSTRUCTIVE
}
