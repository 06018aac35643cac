package dev.gantry.cli.family;

import dev.gantry.modeling.api.Status;
import java.util.List;
import java.util.Map;

/**
 * What a solve produced: status, objective and bound (null when absent; whole numbers as Long), times, whether the plan passed the
 * independent verifier and what it found, plus family-specific extras for {@code --json}.
 */
public record SolveOutcome(String instance, Status status, Number objective, Number bound, long timeMillis,
                           long buildMillis, boolean verified, List<Finding> violations, List<String> diagnostics,
                           Map<String, Object> extras) {
}
