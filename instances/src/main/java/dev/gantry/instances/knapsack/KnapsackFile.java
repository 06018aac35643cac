package dev.gantry.instances.knapsack;

import dev.gantry.modeling.knapsack.Knapsack;
import dev.gantry.modeling.knapsack.Selection;

import java.util.Optional;

/**
 * A knapsack instance as read from a file, with the solution the file stores after the items, if any (Pisinger's
 * large-scale files end with an optimal 0/1 vector). The stored solution is the file's claim: check it with the
 * verifier before trusting it.
 */
public record KnapsackFile(Knapsack knapsack, Optional<Selection> storedSolution) {
}
