package dev.gantry.cp.explain;

import dev.gantry.modeling.api.Group;
import dev.gantry.modeling.api.Hint;
import dev.gantry.modeling.api.Literal;
import dev.gantry.modeling.api.Solution;
import dev.gantry.modeling.api.SolveOptions;
import dev.gantry.modeling.api.SolveResult;
import dev.gantry.modeling.api.Status;
import dev.gantry.modeling.spi.AssumingCompiled;
import dev.gantry.modeling.spi.AssumptionOutcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks on one compiled model with assumption literals (CP-SAT): one worker, no objective, so the core CP-SAT
 * returns is already reduced (or-tools#3102); only assumed literals are kept from it (or-tools#5141).
 */
final class NativeAssumptionSolver implements AssumptionSolver {
    private final AssumptionModel model;
    private final AssumingCompiled compiled;
    private final Budget budget;
    private final long seed;
    private Set<Group> core = Set.of();
    private Hint hint;
    private int checks;

    NativeAssumptionSolver(AssumptionModel model, AssumingCompiled compiled, Budget budget, long seed) {
        this.model = model;
        this.compiled = compiled;
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
        List<Literal> assumptions = new ArrayList<>();
        for (Map.Entry<Group, ? extends Literal> e : model.literals().entrySet()) {
            if (groups.contains(e.getKey())) {
                assumptions.add(e.getValue());
            }
        }
        SolveOptions.Builder options = SolveOptions.builder().workers(1).seed(seed).timeLimit(limit.get());
        if (hint != null) {
            options.hint(hint);
        }
        AssumptionOutcome outcome = compiled.solveAssuming(assumptions, options.build());
        SolveResult r = outcome.result();
        if (r.hasSolution()) {
            return Check.sat(new Solution(model.original(), r.solution().values()));
        }
        if (r.status() == Status.INFEASIBLE) {
            Set<Group> blamed = new LinkedHashSet<>();
            for (Map.Entry<Group, ? extends Literal> e : model.literals().entrySet()) {
                if (outcome.core().contains(e.getValue())) {
                    blamed.add(e.getKey());
                }
            }
            core = blamed;
            return Check.unsat(blamed);
        }
        if (r.status() == Status.MODEL_INVALID) {
            throw new IllegalStateException("the backend rejected the explanation model: " + r.diagnostics());
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
