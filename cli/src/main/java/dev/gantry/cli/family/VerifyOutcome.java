package dev.gantry.cli.family;

import java.util.List;

/** What a verification found: valid or not, the recomputed objective (null when none) and every violation. */
public record VerifyOutcome(boolean valid, Long objective, List<Finding> violations) {
}
