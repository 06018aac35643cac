package dev.gantry.verify.quantum;

import dev.gantry.verify.VerificationReport;
import dev.gantry.verify.Violation;
import java.util.List;

/** The verdict (objective = recomputed throughput in ebit/s) and the warnings that do not invalidate the plan. */
public record QuantumReport(VerificationReport report, List<Violation> warnings) {
    public QuantumReport {
        warnings = List.copyOf(warnings);
    }

    public boolean valid() {
        return report.valid();
    }

    /** The codes (V1…V9) of the violations, once each, in order of first appearance. */
    public List<String> failedChecks() {
        return report.violations().stream().map(Violation::check).distinct().toList();
    }
}
