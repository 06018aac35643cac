package dev.gantry.heuristics.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one evaluation harness for constructive heuristics, Gantry's own and plug-ins alike: it runs a heuristic on
 * named cases, passes every solution through a verifier the caller supplies (the independent checkers live in
 * {@code verify}, which this module must not depend on), and reports optimality gaps against each case's proven
 * optimum or best-known value, per case, per group and overall. Only the heuristic is timed, not the verifier.
 */
public final class HeuristicEvaluation {
    private HeuristicEvaluation() {
    }

    /**
     * One instance to evaluate on: its name, a group label ({@code 15x15}, {@code n=40}), the instance itself and
     * the value to compare with — a proven optimum when {@code optimal}, else the best known.
     */
    public record Case<I>(String name, String group, I instance, long reference, boolean optimal) {
    }

    /** What the independent verifier says of one solution: its recomputed objective, or why it is invalid. */
    public record Verdict(long objective, Optional<String> violation) {
        public static Verdict valid(long objective) {
            return new Verdict(objective, Optional.empty());
        }

        public static Verdict invalid(String reason) {
            return new Verdict(0, Optional.of(reason));
        }
    }

    /** Checks one solution of one instance independently of the heuristic that made it. */
    @FunctionalInterface
    public interface Verifier<I, S> {
        Verdict verify(I instance, S solution);
    }

    /** Runs {@code heuristic} on every case in order, verifies each solution and summarises per group and overall. */
    public static <I, S> EvaluationReport evaluate(String name, List<Case<I>> cases, Function<I, S> heuristic, Verifier<I, S> verifier) {
        List<EvaluationReport.CaseResult> results = new ArrayList<>();
        for (Case<I> c : cases) {
            long t0 = System.nanoTime();
            S solution = heuristic.apply(c.instance());
            double millis = (System.nanoTime() - t0) / 1e6;
            // an outside heuristic may return nothing; that is its failure to report, not the verifier's to trip on
            Verdict verdict = solution == null ? Verdict.invalid("the heuristic returned no solution") : verifier.verify(c.instance(), solution);
            Long objective = verdict.violation().isPresent() ? null : verdict.objective();
            Double gap = objective == null || c.reference() == 0 ? null : gapPercent(objective, c.reference());
            results.add(new EvaluationReport.CaseResult(c.name(), c.group(), c.reference(), c.optimal(), objective, gap, millis,
                    verdict.violation().orElse(null)));
        }
        Map<String, List<EvaluationReport.CaseResult>> byGroup = new LinkedHashMap<>();
        results.forEach(r -> byGroup.computeIfAbsent(r.group(), g -> new ArrayList<>()).add(r));
        List<EvaluationReport.Summary> groups = byGroup.entrySet().stream().map(e -> EvaluationReport.Summary.of(e.getKey(), e.getValue())).toList();
        return new EvaluationReport(name, results, groups, EvaluationReport.Summary.of("all", results));
    }

    /** 100·(value − reference)/reference, unrounded; the reference must be positive. */
    public static double gapPercent(long value, long reference) {
        if (reference <= 0) {
            throw new IllegalArgumentException("a gap needs a positive reference, got " + reference);
        }
        return 100.0 * (value - reference) / reference;
    }
}
