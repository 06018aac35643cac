package dev.gantry.verify.travel;

import java.util.List;

/** One check's verdict with its reasons, each naming the day and field at fault. */
public record CheckResult(Check check, Verdict verdict, List<String> reasons) {
    public CheckResult {
        reasons = List.copyOf(reasons);
        if ((verdict == Verdict.FAIL) == reasons.isEmpty()) {
            throw new IllegalArgumentException("a failed check gives its reasons, and only a failed one");
        }
    }

    static CheckResult of(Check check, List<String> failures) {
        return new CheckResult(check, failures.isEmpty() ? Verdict.PASS : Verdict.FAIL, failures);
    }

    static CheckResult notApplicable(Check check) {
        return new CheckResult(check, Verdict.NA, List.of());
    }
}
