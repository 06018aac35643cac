package dev.gantry.verify.travel;

import dev.gantry.modeling.travel.TravelQuery;

import java.util.List;

/**
 * The benchmark's rates over N queries in order (spec V4): delivery, commonsense micro and macro, hard micro and
 * macro, final pass. The hard micro denominator counts 1 (budget) plus each query's local constraints, so a plan that
 * was not delivered or not evaluated still counts in it.
 */
public record TravelMetrics(Rate delivery, Rate commonsenseMicro, Rate commonsenseMacro, Rate hardMicro, Rate hardMacro,
                            Rate finalPass) {
    /** {@code passed} out of {@code total}. */
    public record Rate(long passed, long total) {
        public double value() {
            return total == 0 ? 0 : (double) passed / total;
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%.1f%% (%d/%d)", 100 * value(), passed, total);
        }
    }

    /** Metrics of {@code reports}, the i-th the verdict on the plan for {@code queries.get(i)} (null: no plan). */
    public static TravelMetrics of(List<TravelQuery> queries, List<TravelReport> reports) {
        if (queries.size() != reports.size()) {
            throw new IllegalArgumentException("one report (or null) per query");
        }
        int n = queries.size();
        long delivered = 0;
        long csPassed = 0;
        long csAll = 0;
        long hardPassed = 0;
        long hardTotal = 0;
        long hardAll = 0;
        long all = 0;
        for (int i = 0; i < n; i++) {
            TravelReport r = reports.get(i);
            hardTotal += 1 + queries.get(i).localConstraintCount();
            if (r == null || !r.delivered()) {
                continue;
            }
            delivered++;
            long cs = r.checks().stream().filter(c -> c.check().commonsense() && c.verdict() == Verdict.PASS).count();
            long hard = r.checks().stream().filter(c -> !c.check().commonsense() && c.verdict() == Verdict.PASS).count();
            boolean noHardFailure = r.checks().stream().noneMatch(c -> !c.check().commonsense() && c.verdict() == Verdict.FAIL);
            csPassed += cs;
            hardPassed += hard;
            if (cs == 8) {
                csAll++;
            }
            if (noHardFailure) {
                hardAll++;
            }
            if (cs == 8 && noHardFailure) {
                all++;
            }
        }
        return new TravelMetrics(new Rate(delivered, n), new Rate(csPassed, 8L * n), new Rate(csAll, n), new Rate(hardPassed, hardTotal),
                new Rate(hardAll, n), new Rate(all, n));
    }
}
