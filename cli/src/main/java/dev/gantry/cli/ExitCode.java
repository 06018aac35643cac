package dev.gantry.cli;

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
}
