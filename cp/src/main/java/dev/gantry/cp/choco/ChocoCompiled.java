package dev.gantry.cp.choco;

import dev.gantry.modeling.api.BackendInfo;
import dev.gantry.modeling.api.CancellationToken;
import dev.gantry.modeling.api.Decision;
import dev.gantry.modeling.api.Hint;
import dev.gantry.modeling.api.Model;
import dev.gantry.modeling.api.Objective;
import dev.gantry.modeling.api.Progress;
import dev.gantry.modeling.api.Sense;
import dev.gantry.modeling.api.Solution;
import dev.gantry.modeling.api.SolutionListener;
import dev.gantry.modeling.api.SolveOptions;
import dev.gantry.modeling.api.SolveResult;
import dev.gantry.modeling.api.Status;
import dev.gantry.modeling.api.Termination;
import dev.gantry.modeling.spi.Compiled;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.chocosolver.solver.Solver;
import org.chocosolver.solver.constraints.Constraint;
import org.chocosolver.solver.search.strategy.Search;
import org.chocosolver.solver.variables.IntVar;

/** A Choco model kept for repeated solves; the solver is hard-reset between calls (limits and hints are per call). */
final class ChocoCompiled implements Compiled {
    private final Model model;
    private final Model lowered;
    private final org.chocosolver.solver.Model cm;
    private final IntVar[] vars;
    private final IntVar objective;
    private final BackendInfo info = new BackendInfo(ChocoBackend.ID, ChocoBackend.VERSION);
    private boolean used;

    ChocoCompiled(Model model, Model lowered, ChocoEmitter.Emitted emitted) {
        this.model = model;
        this.lowered = lowered;
        this.cm = emitted.chocoModel();
        this.vars = emitted.variables();
        this.objective = emitted.objective();
    }

    @Override
    public Model model() {
        return model;
    }

    @Override
    public synchronized SolveResult solve(SolveOptions options) {
        long t0 = System.nanoTime();
        List<String> diagnostics = new ArrayList<>();
        Solver solver = cm.getSolver();
        if (used) {
            solver.hardReset();
        }
        used = true;
        int requested = options.workers().orElse(1);
        if (requested > 1) {
            diagnostics.add("choco runs 1 worker (requested " + requested + ")");
        }
        Optional<Objective.Stage> stage = model.objective().map(Objective::first);
        stage.ifPresent(s -> cm.setObjective(s.sense() == Sense.MAXIMIZE, objective));
        // Branch on the model's own variables so hints (which name them) steer every decision of the first dive.
        solver.setSearch(Search.lastConflict(Search.domOverWDegSearch(vars)));
        options.timeLimit().ifPresent(d -> solver.limitTime(Math.max(1, d.toMillis())));
        options.workLimit().ifPresent(w -> solver.limitFail((long) w));
        boolean[] cancelled = {false};
        CancellationToken.Registration registration = options.cancellation()
                .map(token -> token.onCancel(() -> cancelled[0] = true)).orElse(null);
        solver.addStopCriterion(() -> cancelled[0]);
        options.hint().ifPresent(h -> addHints(solver, h, diagnostics));
        List<Constraint> fixed = new ArrayList<>();
        if (options.fixToHints()) {
            options.hint().ifPresent(h -> fix(h, fixed));
        }

        SolutionListener listener = options.onSolution().orElse(null);
        Solution last = null;
        boolean stopped = false;
        int count = 0;
        try {
            while (solver.solve()) {
                long[] values = new long[model.variables().size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = vars[i].getValue();
                }
                last = new Solution(model, values);
                count++;
                if (listener != null) {
                    OptionalLong obj = stage.isPresent() ? OptionalLong.of(last.value(stage.get().expression())) : OptionalLong.empty();
                    Progress progress = new Progress(obj, OptionalLong.empty(), Duration.ofNanos(System.nanoTime() - t0), count);
                    if (listener.onSolution(last, progress) == Decision.STOP) {
                        stopped = true;
                        break;
                    }
                }
                if (stage.isEmpty() && !options.enumerateAll()) {
                    break;
                }
            }
        } finally {
            if (registration != null) {
                registration.close();
            }
            if (!fixed.isEmpty()) {
                cm.unpost(fixed.toArray(Constraint[]::new));
            }
        }
        boolean limitHit = solver.isStopCriterionMet();
        boolean complete = !stopped && !limitHit && !cancelled[0];
        Termination termination;
        if (cancelled[0]) {
            termination = Termination.CANCELLED;
        } else if (stopped) {
            termination = Termination.STOPPED_BY_CALLBACK;
        } else if (limitHit) {
            termination = options.workLimit().isPresent() && solver.getFailCount() >= (long) options.workLimit().getAsDouble()
                    ? Termination.WORK_LIMIT : Termination.TIME_LIMIT;
        } else {
            termination = Termination.COMPLETED;
        }
        boolean csp = stage.isEmpty();
        Status status;
        if (last != null) {
            status = !csp && complete ? Status.OPTIMAL : Status.FEASIBLE;
        } else {
            status = complete ? Status.INFEASIBLE : Status.UNKNOWN;
        }
        if (csp && last != null && !options.enumerateAll() && !stopped) {
            termination = Termination.COMPLETED;
        }
        List<Long> objectives = new ArrayList<>();
        OptionalLong bound = OptionalLong.empty();
        if (stage.isPresent() && last != null) {
            long v = last.value(stage.get().expression());
            objectives.add(v);
            if (status == Status.OPTIMAL) {
                bound = OptionalLong.of(v);
            }
        }
        Map<String, String> stats = new LinkedHashMap<>();
        stats.put("workers", "1");
        stats.put("nodes", Long.toString(solver.getNodeCount()));
        stats.put("failures", Long.toString(solver.getFailCount()));
        stats.put("solutions", Integer.toString(count));
        stats.put("loweredVariables", Integer.toString(lowered.variables().size()));
        stats.put("loweredConstraints", Integer.toString(lowered.constraints().size()));
        boolean reproducible = (termination == Termination.COMPLETED || termination == Termination.WORK_LIMIT)
                && options.timeLimit().isEmpty();
        Duration solveTime = Duration.ofNanos(System.nanoTime() - t0);
        return new SolveResult(status, termination, objectives, bound, last, solveTime, Duration.ZERO, solveTime, stats, info,
                reproducible, model.fingerprint(), diagnostics);
    }

    private void addHints(Solver solver, Hint hint, List<String> diagnostics) {
        hint.values().forEach((name, value) -> {
            Optional<dev.gantry.modeling.api.IntVar> v = model.variable(name);
            if (v.isEmpty()) {
                diagnostics.add("hint for unknown variable " + name + " dropped");
            } else if (!v.get().domain().contains(value)) {
                diagnostics.add("hint " + name + " = " + value + " outside " + v.get().domain() + " dropped");
            } else {
                solver.addHint(vars[v.get().index()], (int) (long) value);
            }
        });
    }

    private void fix(Hint hint, List<Constraint> fixed) {
        hint.values().forEach((name, value) -> model.variable(name).ifPresent(v -> {
            Constraint c = v.domain().contains(value) ? cm.arithm(vars[v.index()], "=", (int) (long) value) : cm.falseConstraint();
            c.post();
            fixed.add(c);
        }));
    }
}
