package dev.gantry.cp.sat;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverResponse;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.SatParameters;
import dev.gantry.modeling.api.BackendInfo;
import dev.gantry.modeling.api.CancellationToken;
import dev.gantry.modeling.api.Decision;
import dev.gantry.modeling.api.Hint;
import dev.gantry.modeling.api.IntVar;
import dev.gantry.modeling.api.Model;
import dev.gantry.modeling.api.Objective;
import dev.gantry.modeling.api.Progress;
import dev.gantry.modeling.api.Sense;
import dev.gantry.modeling.api.Solution;
import dev.gantry.modeling.api.SolutionListener;
import dev.gantry.modeling.api.PresolveEffort;
import dev.gantry.modeling.api.SolveOptions;
import dev.gantry.modeling.api.SolveResult;
import dev.gantry.modeling.api.Status;
import dev.gantry.modeling.api.Termination;
import dev.gantry.modeling.api.Literal;
import dev.gantry.modeling.spi.AssumingCompiled;
import dev.gantry.modeling.spi.AssumptionOutcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A CP-SAT model kept for repeated solves (R16); hints and assumptions are cleared and re-added on every call, so
 * the explainer's checks share one native model (E1).
 */
final class CpSatCompiled implements AssumingCompiled {
    private final Model model;
    private final Model lowered;
    private final CpModel cp;
    private final BackendInfo info;

    CpSatCompiled(Model model, Model lowered, CpSatEmitter.Emitted emitted, String version) {
        this.model = model;
        this.lowered = lowered;
        this.cp = emitted.cpModel();
        this.info = new BackendInfo(CpSatBackend.ID, version);
    }

    @Override
    public Model model() {
        return model;
    }

    /** The native model, for the explainer and for tests that inspect it. */
    CpModel cpModel() {
        return cp;
    }

    @Override
    public synchronized SolveResult solve(SolveOptions options) {
        return run(options, List.of()).result();
    }

    @Override
    public synchronized AssumptionOutcome solveAssuming(List<Literal> assumptions, SolveOptions options) {
        return run(options, assumptions);
    }

    private AssumptionOutcome run(SolveOptions options, List<Literal> assumptions) {
        long t0 = System.nanoTime();
        List<String> diagnostics = new ArrayList<>();
        CpSolver solver = new CpSolver();
        SatParameters.Builder p = solver.getParameters();
        int requested = options.workers().orElse(Runtime.getRuntime().availableProcessors());
        int workers = options.enumerateAll() ? 1 : requested;
        if (workers != requested) {
            diagnostics.add("enumerating all solutions uses 1 worker (requested " + requested + ")");
        }
        p.setNumWorkers(workers);
        // CP-SAT's own SIGINT handler aborts inside the JVM; interruption goes through the cancellation token instead
        p.setCatchSigintSignal(false);
        p.setRandomSeed((int) options.seed());
        options.timeLimit().ifPresent(d -> p.setMaxTimeInSeconds(d.toNanos() / 1e9));
        options.workLimit().ifPresent(p::setMaxDeterministicTime);
        p.setLogSearchProgress(options.logSearch());
        if (options.presolve() == PresolveEffort.LIGHT) {
            p.setCpModelProbingLevel(0);
        }
        if (options.logSearch()) {
            p.setLogToStdout(false);
            solver.setLogCallback(System.err::println);
        }
        if (options.enumerateAll()) {
            p.setEnumerateAllSolutions(true);
        }
        cp.getBuilder().clearSolutionHint();
        options.hint().ifPresent(h -> addHints(h, diagnostics));
        if (options.fixToHints()) {
            p.setFixVariablesToTheirHintedValue(true);
        }

        Callback callback = new Callback(options.onSolution().orElse(null), t0);
        CancellationToken.Registration registration = options.cancellation()
                .map(token -> token.onCancel(() -> {
                    callback.cancelled = true;
                    solver.stopSearch();
                })).orElse(null);
        cp.getBuilder().clearAssumptions();
        for (Literal l : assumptions) {
            cp.getBuilder().addAssumptions(nativeLiteral(l));
        }
        CpSolverStatus status;
        List<Literal> core = new ArrayList<>();
        try {
            // a callback copies every solution through JNI: register it only when someone listens
            status = callback.listener == null && !options.enumerateAll() ? solver.solve(cp) : solver.solve(cp, callback);
            if (status == CpSolverStatus.INFEASIBLE && !assumptions.isEmpty()) {
                // keep only literals that were assumed: with presolve the core can name others (or-tools#5141)
                Map<Integer, Literal> assumed = new LinkedHashMap<>();
                assumptions.forEach(l -> assumed.put(nativeLiteral(l), l));
                for (int lit : solver.response().getSufficientAssumptionsForInfeasibilityList()) {
                    Literal l = assumed.get(lit);
                    if (l != null && !core.contains(l)) {
                        core.add(l);
                    }
                }
            }
        } finally {
            cp.getBuilder().clearAssumptions();
            if (registration != null) {
                registration.close();
            }
        }
        SolveResult result = result(status, solver, callback, options, workers, diagnostics, Duration.ofNanos(System.nanoTime() - t0));
        return new AssumptionOutcome(result, core);
    }

    /** CP-SAT's literal encoding: variable index i, or -i-1 for its negation. */
    private static int nativeLiteral(Literal l) {
        int v = l.variable().index();
        return l.negated() ? -v - 1 : v;
    }

    private void addHints(Hint hint, List<String> diagnostics) {
        int dropped = 0;
        for (Map.Entry<String, Long> e : hint.values().entrySet()) {
            Optional<IntVar> v = model.variable(e.getKey());
            if (v.isEmpty() || !v.get().domain().contains(e.getValue())) {
                if (dropped++ < 5) {
                    diagnostics.add(v.isEmpty() ? "hint for unknown variable " + e.getKey() + " dropped"
                            : "hint " + e.getKey() + " = " + e.getValue() + " outside " + v.get().domain() + " dropped");
                }
                continue;
            }
            cp.getBuilder().getSolutionHintBuilder().addVars(v.get().index()).addValues(e.getValue());
        }
        if (dropped > 5) {
            diagnostics.add((dropped - 5) + " more hints dropped");
        }
    }

    private SolveResult result(CpSolverStatus status, CpSolver solver, Callback cb, SolveOptions options, int workers,
                               List<String> diagnostics, Duration solveTime) {
        Optional<Objective.Stage> stage = model.objective().map(Objective::first);
        Map<String, String> stats = new LinkedHashMap<>();
        stats.put("workers", Integer.toString(workers));
        stats.put("branches", Long.toString(solver.numBranches()));
        stats.put("conflicts", Long.toString(solver.numConflicts()));
        stats.put("deterministicTime", String.format(java.util.Locale.ROOT, "%.3f", solver.response().getDeterministicTime()));
        if (cb.listener != null) {
            stats.put("solutions", Integer.toString(cb.count));
        }
        stats.put("loweredVariables", Integer.toString(lowered.variables().size()));
        stats.put("loweredConstraints", Integer.toString(lowered.constraints().size()));

        Solution solution = null;
        if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
            solution = read(solver);
        }
        Status s = switch (status) {
            case OPTIMAL -> stage.isPresent() && !cb.stopped ? Status.OPTIMAL : Status.FEASIBLE;
            case FEASIBLE -> Status.FEASIBLE;
            case INFEASIBLE -> Status.INFEASIBLE;
            case MODEL_INVALID -> Status.MODEL_INVALID;
            default -> Status.UNKNOWN;
        };
        if (s == Status.MODEL_INVALID) {
            diagnostics.add("CP-SAT rejected the model: " + cp.validate());
        }
        Termination termination;
        if (cb.cancelled) {
            termination = Termination.CANCELLED;
        } else if (cb.stopped) {
            termination = Termination.STOPPED_BY_CALLBACK;
        } else if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.INFEASIBLE || status == CpSolverStatus.MODEL_INVALID) {
            termination = Termination.COMPLETED;
        } else if (options.workLimit().isPresent()
                && solver.response().getDeterministicTime() >= options.workLimit().getAsDouble() * 0.999) {
            termination = Termination.WORK_LIMIT;
        } else {
            termination = Termination.TIME_LIMIT;
        }
        if (s == Status.OPTIMAL && termination != Termination.COMPLETED) {
            s = Status.FEASIBLE;
        }
        List<Long> objectives = new ArrayList<>();
        OptionalLong bound = OptionalLong.empty();
        if (stage.isPresent() && solution != null) {
            long value = solution.value(stage.get().expression());
            objectives.add(value);
            bound = s == Status.OPTIMAL ? OptionalLong.of(value) : integralBound(solver.bestObjectiveBound(), stage.get().sense());
        } else if (stage.isPresent() && s == Status.UNKNOWN) {
            bound = integralBound(solver.bestObjectiveBound(), stage.get().sense());
        }
        boolean reproducible = workers == 1 && (termination == Termination.COMPLETED || termination == Termination.WORK_LIMIT)
                && options.timeLimit().isEmpty();
        return new SolveResult(s, termination, objectives, bound, solution, solveTime, Duration.ZERO, solveTime, stats, info,
                reproducible, model.fingerprint(), diagnostics);
    }

    private static OptionalLong integralBound(double bound, Sense sense) {
        if (Double.isInfinite(bound) || Double.isNaN(bound) || Math.abs(bound) > 9e15) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(sense == Sense.MINIMIZE ? (long) Math.ceil(bound - 1e-9) : (long) Math.floor(bound + 1e-9));
    }

    private Solution read(CpSolver solver) {
        CpSolverResponse response = solver.response(); // a copy: take it once
        long[] values = new long[model.variables().size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = response.getSolution(i);
        }
        return new Solution(model, values);
    }

    /** Records each solution, reports it and honours STOP, cancellation and enumeration. */
    private final class Callback extends CpSolverSolutionCallback {
        private final SolutionListener listener;
        private final long t0;
        volatile boolean cancelled;
        boolean stopped;
        int count;
        Solution last;

        Callback(SolutionListener listener, long t0) {
            this.listener = listener;
            this.t0 = t0;
        }

        @Override
        public void onSolutionCallback() {
            long[] values = new long[model.variables().size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = solutionIntegerValue(i);
            }
            last = new Solution(model, values);
            count++;
            if (listener == null) {
                return;
            }
            Optional<Objective.Stage> stage = model.objective().map(Objective::first);
            OptionalLong objective = stage.isPresent() ? OptionalLong.of(last.value(stage.get().expression())) : OptionalLong.empty();
            OptionalLong bound = stage.isPresent() ? integralBound(bestObjectiveBound(), stage.get().sense()) : OptionalLong.empty();
            Progress progress = new Progress(objective, bound, Duration.ofNanos(System.nanoTime() - t0), count);
            if (listener.onSolution(last, progress) == Decision.STOP) {
                stopped = true;
                stopSearch();
            }
        }
    }
}
