package dev.gantry.heuristics.evaluation;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What {@link HeuristicEvaluation} measured: every case, every group and the whole set. Records throughout, so the
 * CLI writes the JSON form with Jackson as it is; {@code null} marks an absent value (no gap when the reference is 0,
 * no objective when the solution failed verification).
 */
public record EvaluationReport(String heuristic, List<CaseResult> cases, List<Summary> groups, Summary overall) {
    public EvaluationReport {
        cases = List.copyOf(cases);
        groups = List.copyOf(groups);
    }

    /** One case: the verified objective (null when the solution is invalid, with the verifier's reason). */
    public record CaseResult(String instance, String group, long reference, boolean optimal, Long objective, Double gapPercent,
                             double millis, String violation) {
        public boolean verified() {
            return violation == null;
        }
    }

    /**
     * A group's (or the set's) totals: mean and maximum gap over the verified cases with a positive reference,
     * how many verified values equal or beat the reference, and the heuristic's time.
     */
    public record Summary(String group, int cases, int verified, Double meanGapPercent, Double maxGapPercent, int atReference,
                          int belowReference, double totalMillis, double meanMillis, double maxMillis) {
        static Summary of(String group, List<CaseResult> results) {
            List<CaseResult> valid = results.stream().filter(CaseResult::verified).toList();
            double[] gaps = valid.stream().map(CaseResult::gapPercent).filter(Objects::nonNull).mapToDouble(Double::doubleValue).toArray();
            double total = results.stream().mapToDouble(CaseResult::millis).sum();
            return new Summary(group, results.size(), valid.size(),
                    gaps.length == 0 ? null : java.util.Arrays.stream(gaps).average().orElseThrow(),
                    gaps.length == 0 ? null : java.util.Arrays.stream(gaps).max().orElseThrow(),
                    (int) valid.stream().filter(r -> r.objective() == r.reference()).count(),
                    (int) valid.stream().filter(r -> r.objective() < r.reference()).count(),
                    total, results.isEmpty() ? 0 : total / results.size(), results.stream().mapToDouble(CaseResult::millis).max().orElse(0));
        }
    }

    /** Whether every solution passed the verifier. */
    public boolean allVerified() {
        return overall.verified() == overall.cases();
    }

    /** The plain-text form: one row per case, then one per group and the overall row. */
    public String table() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "# %s on %d instances; gap%% = 100·(objective − reference)/reference, "
                + "reference a proven optimum or (*) the best known%n", heuristic, cases.size()));
        sb.append(String.format(Locale.ROOT, "%-14s %-8s %10s %10s %8s %10s%n", "instance", "group", "reference", "objective", "gap%", "ms"));
        for (CaseResult r : cases) {
            sb.append(String.format(Locale.ROOT, "%-14s %-8s %10s %10s %8s %10.3f%s%n", r.instance(), r.group(),
                    r.reference() + (r.optimal() ? " " : "*"), r.objective() == null ? "-" : r.objective(), pct(r.gapPercent()), r.millis(),
                    r.verified() ? "" : "  INVALID: " + r.violation()));
        }
        sb.append(String.format(Locale.ROOT, "%n%-14s %6s %8s %10s %10s %7s %6s %10s%n", "group", "cases", "verified", "mean gap%",
                "max gap%", "at ref", "below", "total ms"));
        for (Summary s : groups) {
            sb.append(row(s));
        }
        sb.append(row(overall));
        return sb.toString();
    }

    private static String row(Summary s) {
        return String.format(Locale.ROOT, "%-14s %6d %8d %10s %10s %7d %6d %10.1f%n", s.group(), s.cases(), s.verified(), pct(s.meanGapPercent()),
                pct(s.maxGapPercent()), s.atReference(), s.belowReference(), s.totalMillis());
    }

    private static String pct(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.2f", v);
    }
}
