package dev.gantry.cli.family;

import dev.gantry.verify.VerificationReport;
import java.util.List;

/** One violation found by a verifier, in the CLI's JSON form: check id, the items involved, the reason. */
public record Finding(String check, List<String> items, String reason) {
    /** Every violation of a verifier's report, in order. */
    public static List<Finding> all(VerificationReport report) {
        return report.violations().stream().map(v -> new Finding(v.check(), v.items(), v.reason())).toList();
    }
}
