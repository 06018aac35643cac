package dev.gantry.modeling.api;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The result of a solve (R14). {@code objectives} has one value per lexicographic stage; {@code bestBound} is the
 * proven bound on the first stage; {@code buildTime} (compilation) is reported apart from {@code solveTime}.
 * {@code stageBounds} holds, per stage reached, a proven bound on that stage's value in the lexicographic optimum: empty
 * for a stage whose earlier stages were not all proven optimal (then the stage was only solved under incumbent bounds,
 * and its solver bound says nothing about the optimum). A single-objective result has {@code [bestBound]}.
 */
public record SolveResult(Status status, Termination termination, List<Long> objectives, OptionalLong bestBound,
                          Solution solution, Duration wallTime, Duration buildTime, Duration solveTime,
                          Map<String, String> stats, BackendInfo backend, boolean reproducible,
                          String modelFingerprint, List<String> diagnostics, List<OptionalLong> stageBounds) {

    public SolveResult {
        objectives = List.copyOf(objectives);
        stageBounds = List.copyOf(stageBounds);
        stats = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stats));
        diagnostics = List.copyOf(diagnostics);
        if (status.hasSolution() && solution == null) {
            throw new IllegalArgumentException(status + " without a solution");
        }
    }

    /** A result of one stage (or none): its stage bound is {@code bestBound}. */
    public SolveResult(Status status, Termination termination, List<Long> objectives, OptionalLong bestBound,
                       Solution solution, Duration wallTime, Duration buildTime, Duration solveTime,
                       Map<String, String> stats, BackendInfo backend, boolean reproducible,
                       String modelFingerprint, List<String> diagnostics) {
        this(status, termination, objectives, bestBound, solution, wallTime, buildTime, solveTime, stats, backend, reproducible,
                modelFingerprint, diagnostics, List.of(bestBound));
    }

    /** The proven bound on stage {@code k} (0 = first) of the lexicographic optimum, when there is one. */
    public OptionalLong stageBound(int k) {
        return k < stageBounds.size() ? stageBounds.get(k) : OptionalLong.empty();
    }

    public boolean hasSolution() {
        return solution != null;
    }

    /** The first-stage objective value; throws when there is none. */
    public long objective() {
        if (objectives.isEmpty()) {
            throw new IllegalStateException("no objective value: status " + status + (hasSolution() ? ", model without objective" : ""));
        }
        return objectives.get(0);
    }

    /** A result without solution (INFEASIBLE, UNKNOWN, MODEL_INVALID). */
    public static SolveResult withoutSolution(Status status, Termination termination, BackendInfo backend,
                                              String fingerprint, List<String> diagnostics) {
        return new SolveResult(status, termination, List.of(), OptionalLong.empty(), null, Duration.ZERO, Duration.ZERO,
                Duration.ZERO, Map.of(), backend, false, fingerprint, diagnostics);
    }

    public SolveResult withTimes(Duration wall, Duration build, Duration solve) {
        return new SolveResult(status, termination, objectives, bestBound, solution, wall, build, solve, stats, backend,
                reproducible, modelFingerprint, diagnostics, stageBounds);
    }

    public SolveResult withDiagnostics(List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> all = new java.util.ArrayList<>(diagnostics);
        all.addAll(more);
        return new SolveResult(status, termination, objectives, bestBound, solution, wallTime, buildTime, solveTime, stats,
                backend, reproducible, modelFingerprint, all, stageBounds);
    }
}
