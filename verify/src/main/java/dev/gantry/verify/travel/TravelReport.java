package dev.gantry.verify.travel;

import dev.gantry.verify.VerificationReport;
import dev.gantry.verify.Violation;

import java.util.List;

/**
 * The verdict on one plan (spec V6): the mode, the 13 checks in {@link Check} order, the total cost and its items,
 * and warnings (facts that do not fail the plan: stated figures that differ from the sandbox, ambiguous names, stays
 * with empty fields, days after the trip).
 */
public record TravelReport(Mode mode, boolean delivered, List<CheckResult> checks, long cost, List<CostItem> costs,
                           List<String> warnings) {
    public TravelReport {
        checks = List.copyOf(checks);
        costs = List.copyOf(costs);
        warnings = List.copyOf(warnings);
        if (checks.size() != Check.values().length) {
            throw new IllegalArgumentException("a report holds all " + Check.values().length + " checks");
        }
    }

    public CheckResult result(Check check) {
        return checks.get(check.ordinal());
    }

    public Verdict verdict(Check check) {
        return result(check).verdict();
    }

    /** No check failed. */
    public boolean valid() {
        return checks.stream().noneMatch(c -> c.verdict() == Verdict.FAIL);
    }

    public List<Check> failed() {
        return checks.stream().filter(c -> c.verdict() == Verdict.FAIL).map(CheckResult::check).toList();
    }

    /** The cost of day {@code day} and kind. */
    public long cost(int day, CostKind kind) {
        return costs.stream().filter(c -> c.day() == day && c.kind() == kind).mapToLong(CostItem::amount).sum();
    }

    /** In the form every verifier reports: one violation per reason of a failed check, the cost as objective. */
    public VerificationReport toVerificationReport() {
        List<Violation> violations = checks.stream().filter(c -> c.verdict() == Verdict.FAIL)
                .flatMap(c -> c.reasons().stream().map(r -> new Violation(c.check().id(), List.of(), r))).toList();
        return VerificationReport.of(cost, violations);
    }
}
