package dev.gantry.cp.explain;

import dev.gantry.modeling.api.Group;
import dev.gantry.modeling.api.SolveOptions;
import dev.gantry.modeling.spi.Backend;
import java.util.Set;

/**
 * Checks by re-solving the model with the groups outside the set left out (E1 for backends without assumptions, such
 * as Choco): the core is the assumed set itself.
 */
final class EmulatedAssumptionSolver extends AbstractAssumptionSolver {
    private final Backend backend;
    private final Subsets subsets;

    EmulatedAssumptionSolver(Backend backend, Subsets subsets, Budget budget, long seed) {
        super(subsets.original(), budget, seed);
        this.backend = backend;
        this.subsets = subsets;
    }

    @Override
    Check solve(Set<Group> groups, SolveOptions options) {
        return outcome(backend.solve(subsets.model(groups), options), () -> Set.copyOf(groups), options);
    }
}
