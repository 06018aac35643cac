package dev.gantry.cp.explain;

import dev.gantry.modeling.api.Group;
import dev.gantry.modeling.api.Hint;
import dev.gantry.modeling.api.Model;
import dev.gantry.modeling.api.PresolveEffort;
import dev.gantry.modeling.api.SolveOptions;
import dev.gantry.modeling.api.SolveResult;
import dev.gantry.modeling.api.Status;
import dev.gantry.modeling.api.Termination;
import dev.gantry.modeling.spi.AssumingCompiled;
import dev.gantry.modeling.spi.AssumptionSupport;
import dev.gantry.modeling.spi.Backend;
import dev.gantry.modeling.spi.Compiled;
import dev.gantry.modeling.spi.UnsupportedModelException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One explanation in progress: the model, its candidates, the budget, the checks counted and the notes gathered. */
final class Run {
    final Backend backend;
    final ExplainOptions options;
    final Model model;
    final List<Group> candidates;
    final Budget budget;
    final Subsets subsets;
    final AssumptionModel assumptionModel;
    final AssumptionSolver solver;
    final List<String> notes = new ArrayList<>();
    private int freshSolves;
    private Hint hint;

    Run(Backend backend, ExplainOptions options, Model model, List<Group> candidates, Budget budget) {
        this.backend = backend;
        this.options = options;
        this.model = model;
        this.candidates = List.copyOf(candidates);
        this.budget = budget;
        this.subsets = new Subsets(model, candidates);
        this.assumptionModel = AssumptionModel.of(model, candidates);
        this.solver = solverFor();
    }

    /** Native assumptions where the backend has them and can express every group under its literal; else emulation. */
    private AssumptionSolver solverFor() {
        if (backend.capabilities().assumptions() == AssumptionSupport.NATIVE) {
            try {
                Compiled c = backend.compile(assumptionModel.model(), SolveOptions.builder().workers(1).build());
                if (c instanceof AssumingCompiled ac) {
                    return new NativeAssumptionSolver(assumptionModel, ac, budget, options.seed());
                }
            } catch (UnsupportedModelException e) {
                notes.add("checks re-solve without the dropped groups: " + e.getMessage());
            }
        }
        return new EmulatedAssumptionSolver(backend, subsets, budget, options.seed());
    }

    /** A warm start for every check and fresh solve of this run. */
    void hint(Hint assignment) {
        hint = assignment;
        solver.hint(assignment);
    }

    /** A fresh solve of a model (verification, optimisation), within one check's or one optimisation's limit. */
    SolveResult solve(Model m, boolean optimisation) {
        Optional<Duration> limit = optimisation ? budget.nextOptimisation() : budget.nextCheck();
        if (limit.isEmpty()) {
            return SolveResult.withoutSolution(Status.UNKNOWN, Termination.TIME_LIMIT, null, m.fingerprint(),
                    List.of("the explanation's time limit was reached"));
        }
        freshSolves++;
        SolveOptions.Builder o = SolveOptions.builder().workers(optimisation ? options.workers() : 1).seed(options.seed())
                .timeLimit(limit.get()).presolve(PresolveEffort.LIGHT);
        if (hint != null) {
            o.hint(hint);
        }
        return backend.solve(m, o.build());
    }

    int checks() {
        return solver.checks() + freshSolves;
    }
}
