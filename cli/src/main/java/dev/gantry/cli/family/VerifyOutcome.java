package dev.gantry.cli.family;

import dev.gantry.verify.VerificationReport;
import java.util.List;

/** What a verification found: valid or not, the recomputed objective (null when none) and every violation. */
public record VerifyOutcome(boolean valid, Number objective, List<Finding> violations) {
    public static VerifyOutcome of(VerificationReport report) {
        return new VerifyOutcome(report.valid(), report.objective(), Finding.all(report));
    }
}
