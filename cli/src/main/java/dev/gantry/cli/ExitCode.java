package dev.gantry.cli;

import dev.gantry.cli.family.SolveOutcome;

/** The documented exit codes (ARCHITECTURE.md, CLI contract). */
public enum ExitCode {
    OK(0), INTERNAL_ERROR(1), BAD_INPUT(2), INFEASIBLE(3), NO_SOLUTION(4), VIOLATIONS(5);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The exit code of {@code gantry solve} for an outcome: a solution must pass verification. */
    public static ExitCode of(SolveOutcome o) {
        if (o.status().hasSolution()) {
            return o.verified() ? OK : INTERNAL_ERROR;
        }
        return switch (o.status()) {
            case INFEASIBLE -> INFEASIBLE;
            case MODEL_INVALID -> BAD_INPUT;
            default -> NO_SOLUTION;
        };
    }
}
