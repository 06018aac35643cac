package dev.gantry.cli.evaluate;

import dev.gantry.heuristics.evaluation.HeuristicEvaluation.Verdict;
import dev.gantry.verify.VerificationReport;
import dev.gantry.verify.Violation;
import java.util.stream.Collectors;

/** The bridge from the independent verifiers' reports to the evaluation harness, which must not see {@code verify}. */
final class Verdicts {
    private Verdicts() {
    }

    static Verdict of(VerificationReport report) {
        if (report.valid()) {
            return Verdict.valid(report.objective().longValue());
        }
        return Verdict.invalid(report.violations().stream().limit(3).map(Violation::reason).collect(Collectors.joining("; "))
                + (report.violations().size() > 3 ? " (" + report.violations().size() + " violations)" : ""));
    }
}
