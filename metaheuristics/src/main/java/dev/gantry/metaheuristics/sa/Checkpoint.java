package dev.gantry.metaheuristics.sa;

import java.util.List;

/**
 * A chain's state at proposal 10^k·{1, 2, 5} (spec §1.7): the current and best objective, the temperature, the
 * share of proposals accepted since the previous checkpoint, and the move-type probabilities then in force.
 */
public record Checkpoint(long proposal, double current, double best, double temperature, double acceptanceRatio,
                         List<Double> moveProbabilities) {
    public Checkpoint {
        moveProbabilities = List.copyOf(moveProbabilities);
    }

    /** The checkpoint after {@code proposal} in the sequence 1, 2, 5, 10, 20, 50, … */
    static long next(long proposal) {
        long decade = 1;
        while (decade * 10 <= proposal) {
            decade *= 10;
        }
        long lead = proposal / decade;
        return lead < 2 ? 2 * decade : lead < 5 ? 5 * decade : 10 * decade;
    }
}
