package dev.gantry.cp.explain;

import dev.gantry.modeling.api.Group;
import dev.gantry.modeling.api.Hint;
import dev.gantry.modeling.api.Solution;
import dev.gantry.modeling.api.SolveOptions;
import dev.gantry.modeling.api.SolveResult;
import dev.gantry.modeling.api.Status;
import dev.gantry.modeling.spi.Backend;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Checks by re-solving the model with the groups outside the set left out (E1 for backends without assumptions, such
 * as Choco): the core is the assumed set itself.
 */
final class EmulatedAssumptionSolver implements AssumptionSolver {
    private final Backend backend;
    private final Subsets subsets;
    private final Budget budget;
    private final long seed;
    private Set<Group> core = Set.of();
    private Hint hint;
    private int checks;

    EmulatedAssumptionSolver(Backend backend, Subsets subsets, Budget budget, long seed) {
        this.backend = backend;
        this.subsets = subsets;
        this.budget = budget;
        this.seed = seed;
    }

    @Override
    public Check check(Set<Group> groups) {
        Optional<Duration> limit = budget.nextCheck();
        if (limit.isEmpty()) {
            return Check.unknown("the explanation's time limit was reached");
        }
        checks++;
        SolveOptions.Builder options = SolveOptions.builder().workers(1).seed(seed).timeLimit(limit.get());
        if (hint != null) {
            options.hint(hint);
        }
        var subset = subsets.model(groups);
        SolveResult r = backend.solve(subset, options.build());
        if (r.hasSolution()) {
            return Check.sat(new Solution(subsets.original(), r.solution().values()));
        }
        if (r.status() == Status.INFEASIBLE) {
            core = Set.copyOf(groups);
            return Check.unsat(groups);
        }
        if (r.status() == Status.MODEL_INVALID) {
            throw new IllegalStateException("the backend rejected the model: " + r.diagnostics());
        }
        return Check.unknown("a check stopped at " + r.termination() + " after " + limit.get().toMillis() + " ms");
    }

    @Override
    public Set<Group> core() {
        return core;
    }

    @Override
    public void hint(Hint assignment) {
        hint = assignment;
    }

    @Override
    public int checks() {
        return checks;
    }
}
