package dev.gantry.modeling.impl;

import dev.gantry.modeling.api.BackendInfo;
import dev.gantry.modeling.api.Decision;
import dev.gantry.modeling.api.Hint;
import dev.gantry.modeling.api.Linear;
import dev.gantry.modeling.api.Model;
import dev.gantry.modeling.api.ModelBuilder;
import dev.gantry.modeling.api.Objective;
import dev.gantry.modeling.api.Relation;
import dev.gantry.modeling.api.Sense;
import dev.gantry.modeling.api.Solution;
import dev.gantry.modeling.api.SolutionListener;
import dev.gantry.modeling.api.SolveOptions;
import dev.gantry.modeling.api.SolveResult;
import dev.gantry.modeling.api.Status;
import dev.gantry.modeling.api.Termination;
import dev.gantry.modeling.spi.Backend;
import dev.gantry.modeling.spi.Compiled;
import dev.gantry.modeling.spi.UnsupportedModelException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * What every backend's {@code solve} shares: the whole-call time limit (R15), build versus solve time (R13),
 * stage-by-stage lexicographic objectives (R7), {@code stopAtObjective}, cancellation before start (R17) and
 * MODEL_INVALID for models a backend cannot express (R12).
 */
public final class SolveDriver {
    private SolveDriver() {
    }

    public static SolveResult solve(Backend backend, Model model, SolveOptions options) {
        long t0 = System.nanoTime();
        BackendInfo info = new BackendInfo(backend.id(), backend.version());
        if (options.cancellation().map(c -> c.isCancelled()).orElse(false)) {
            return SolveResult.withoutSolution(Status.UNKNOWN, Termination.CANCELLED, info, model.fingerprint(),
                    List.of("cancelled before the solve started"));
        }
        if (options.enumerateAll() && model.objective().isPresent()) {
            return SolveResult.withoutSolution(Status.MODEL_INVALID, Termination.COMPLETED, info, model.fingerprint(),
                    List.of("enumerateAll needs a model without objective. Maybe drop the objective or the option."));
        }
        if (model.objective().map(Objective::isLexicographic).orElse(false)) {
            return lexicographic(backend, model, withStopAtObjective(model, options), t0);
        }
        return single(backend, model, withStopAtObjective(model, options), t0);
    }

    private static SolveResult single(Backend backend, Model model, SolveOptions options, long t0) {
        BackendInfo info = new BackendInfo(backend.id(), backend.version());
        Compiled compiled;
        try {
            compiled = backend.compile(model, options);
        } catch (UnsupportedModelException | dev.gantry.modeling.api.ModelValidationException e) {
            Duration wall = since(t0);
            return SolveResult.withoutSolution(Status.MODEL_INVALID, Termination.COMPLETED, info, model.fingerprint(),
                    List.of(e.getMessage())).withTimes(wall, wall, Duration.ZERO);
        }
        Duration build = since(t0);
        SolveOptions remaining = options;
        if (options.timeLimit().isPresent()) {
            Duration left = options.timeLimit().get().minus(build);
            if (left.isZero() || left.isNegative()) {
                return SolveResult.withoutSolution(Status.UNKNOWN, Termination.TIME_LIMIT, info, model.fingerprint(),
                        List.of("the time limit ran out while building the model (" + build.toMillis() + " ms)"))
                        .withTimes(build, build, Duration.ZERO);
            }
            remaining = options.toBuilder().timeLimit(left).build();
        }
        SolveResult r = compiled.solve(remaining);
        return r.withTimes(since(t0), build, r.solveTime());
    }

    /**
     * Stage by stage: earlier stages fixed at their optimum, or bounded by their incumbent; time shared equally among the
     * stages left, so a stage proven early passes its unused time on. Each stage reached reports its bound (see
     * {@link SolveResult#stageBounds()}); {@code bestBound} is the first stage's.
     */
    private static SolveResult lexicographic(Backend backend, Model model, SolveOptions options, long t0) {
        List<Objective.Stage> stages = model.objective().orElseThrow().stages();
        List<String> diagnostics = new ArrayList<>();
        SolveResult last = null;
        Solution best = null;
        boolean allOptimal = true;
        List<OptionalLong> stageBounds = new ArrayList<>();
        Duration build = Duration.ZERO;
        ModelBuilder fixed = model.derive().clearObjective();
        for (int k = 0; k < stages.size(); k++) {
            Objective.Stage stage = stages.get(k);
            Model stageModel = fixed.build().derive().objective(stage).build();
            SolveOptions.Builder ob = options.toBuilder();
            if (best != null) {
                ob.hint(Hint.from(best));
            }
            if (options.timeLimit().isPresent()) {
                Duration left = options.timeLimit().get().minus(since(t0));
                if (left.isZero() || left.isNegative()) {
                    diagnostics.add("no time left for objective stage " + (k + 1));
                    allOptimal = false;
                    break;
                }
                ob.timeLimit(left.dividedBy(stages.size() - k));
            }
            SolveResult r = single(backend, stageModel, ob.build(), System.nanoTime());
            build = build.plus(r.buildTime());
            diagnostics.addAll(r.diagnostics());
            if (!r.hasSolution()) {
                if (best == null) {
                    return r.withTimes(since(t0), build, since(t0).minus(build));
                }
                allOptimal = false;
                diagnostics.add("objective stage " + (k + 1) + " found no solution: " + r.status() + "/" + r.termination());
                break;
            }
            last = r;
            best = new Solution(model, r.solution().values());
            // a stage's solver bound speaks of the lexicographic optimum only when every earlier stage was fixed at its optimum
            stageBounds.add(allOptimal ? (r.status() == Status.OPTIMAL ? OptionalLong.of(r.objective()) : r.bestBound()) : OptionalLong.empty());
            allOptimal &= r.status() == Status.OPTIMAL;
            long value = r.objective();
            Relation keep = r.status() == Status.OPTIMAL ? Relation.EQ : (stage.sense() == Sense.MINIMIZE ? Relation.LE : Relation.GE);
            fixed.add(new Linear(stage.expression(), keep, dev.gantry.modeling.api.LinExpr.constant(value)));
        }
        Solution finalSolution = best;
        List<Long> values = stages.stream().map(s -> finalSolution.value(s.expression())).toList();
        Status status = allOptimal ? Status.OPTIMAL : Status.FEASIBLE;
        OptionalLong bound = stageBounds.get(0);
        Duration wall = since(t0);
        return new SolveResult(status, last.termination(), values, bound, finalSolution, wall, build, wall.minus(build),
                last.stats(), last.backend(), false, model.fingerprint(), diagnostics, stageBounds);
    }

    private static SolveOptions withStopAtObjective(Model model, SolveOptions options) {
        if (options.stopAtObjective().isEmpty() || model.objective().isEmpty()) {
            return options;
        }
        long target = options.stopAtObjective().getAsLong();
        Sense sense = model.objective().get().first().sense();
        SolutionListener user = options.onSolution().orElse(null);
        SolutionListener wrapped = (s, p) -> {
            Decision d = user == null ? Decision.CONTINUE : user.onSolution(s, p);
            long v = p.objectiveValue();
            boolean reached = sense == Sense.MINIMIZE ? v <= target : v >= target;
            return reached ? Decision.STOP : d;
        };
        return options.toBuilder().onSolution(wrapped).build();
    }

    private static Duration since(long t0) {
        return Duration.ofNanos(System.nanoTime() - t0);
    }
}
