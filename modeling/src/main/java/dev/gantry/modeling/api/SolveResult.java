package dev.gantry.modeling.api;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The result of a solve (R14). {@code objectives} has one value per lexicographic stage; {@code bestBound} is the
 * proven bound on the first stage; {@code buildTime} (compilation) is reported apart from {@code solveTime}.
 */
public record SolveResult(Status status, Termination termination, List<Long> objectives, OptionalLong bestBound,
                          Solution solution, Duration wallTime, Duration buildTime, Duration solveTime,
                          Map<String, String> stats, BackendInfo backend, boolean reproducible,
                          String modelFingerprint, List<String> diagnostics) {

    public SolveResult {
        objectives = List.copyOf(objectives);
        stats = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stats));
        diagnostics = List.copyOf(diagnostics);
        if (status.hasSolution() && solution == null) {
            throw new IllegalArgumentException(status + " without a solution");
        }
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
                reproducible, modelFingerprint, diagnostics);
    }

    public SolveResult withDiagnostics(List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> all = new java.util.ArrayList<>(diagnostics);
        all.addAll(more);
        return new SolveResult(status, termination, objectives, bestBound, solution, wallTime, buildTime, solveTime, stats,
                backend, reproducible, modelFingerprint, all);
    }
}
