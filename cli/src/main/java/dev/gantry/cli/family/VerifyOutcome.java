package dev.gantry.cli.family;

import dev.gantry.verify.VerificationReport;
import java.util.List;
import java.util.Map;

/**
 * What a verification found: valid or not, the recomputed objective (null when none) and every violation;
 * {@code extras} are further fields of the JSON form and {@code notes} further lines of the text form (travel: the
 * per-check verdicts, the cost by day, warnings).
 */
public record VerifyOutcome(boolean valid, Number objective, List<Finding> violations, Map<String, Object> extras,
                            List<String> notes) {
    public VerifyOutcome {
        violations = List.copyOf(violations);
        extras = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extras));
        notes = List.copyOf(notes);
    }

    public VerifyOutcome(boolean valid, Number objective, List<Finding> violations) {
        this(valid, objective, violations, Map.of(), List.of());
    }

    public static VerifyOutcome of(VerificationReport report) {
        return new VerifyOutcome(report.valid(), report.objective(), Finding.all(report));
    }
}
