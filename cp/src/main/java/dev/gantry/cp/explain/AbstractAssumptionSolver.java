package dev.gantry.cp.explain;

import dev.gantry.modeling.api.Group;
import dev.gantry.modeling.api.Hint;
import dev.gantry.modeling.api.Model;
import dev.gantry.modeling.api.Solution;
import dev.gantry.modeling.api.PresolveEffort;
import dev.gantry.modeling.api.SolveOptions;
import dev.gantry.modeling.api.SolveResult;
import dev.gantry.modeling.api.Status;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** What both solvers share: the per-check limit within the run's, one worker, the hint, the count and the last core. */
abstract class AbstractAssumptionSolver implements AssumptionSolver {
    private final Model original;
    private final Budget budget;
    private final long seed;
    private Set<Group> core = Set.of();
    private Hint hint;
    private int checks;

    AbstractAssumptionSolver(Model original, Budget budget, long seed) {
        this.original = original;
        this.budget = budget;
        this.seed = seed;
    }

    /** Solves the background plus {@code groups} (the others off) under {@code options}. */
    abstract Check solve(Set<Group> groups, SolveOptions options);

    @Override
    public final Check check(Set<Group> groups) {
        Optional<Duration> limit = budget.nextCheck();
        if (limit.isEmpty()) {
            return Check.unknown("the explanation's time limit was reached");
        }
        checks++;
        // many short checks of one model: probing in presolve would cost more than it saves (several-fold on travel)
        SolveOptions.Builder options = SolveOptions.builder().workers(1).seed(seed).timeLimit(limit.get()).presolve(PresolveEffort.LIGHT);
        if (hint != null) {
            options.hint(hint);
        }
        Check c = solve(groups, options.build());
        if (c.verdict() == Verdict.UNSAT) {
            core = c.core();
        }
        return c;
    }

    /** The check a result means: a witness of the user's model, a core, or the reason it stopped. */
    final Check outcome(SolveResult r, Supplier<Set<Group>> blamed, SolveOptions options) {
        if (r.hasSolution()) {
            return Check.sat(new Solution(original, r.solution().values()));
        }
        if (r.status() == Status.INFEASIBLE) {
            return Check.unsat(blamed.get());
        }
        if (r.status() == Status.MODEL_INVALID) {
            throw new IllegalStateException("the backend rejected the explanation model: " + r.diagnostics());
        }
        return Check.unknown("a check stopped at " + r.termination() + " after "
                + options.timeLimit().map(Duration::toMillis).orElse(0L) + " ms");
    }

    @Override
    public final Set<Group> core() {
        return core;
    }

    @Override
    public final void hint(Hint assignment) {
        hint = assignment;
    }

    @Override
    public final int checks() {
        return checks;
    }
}
