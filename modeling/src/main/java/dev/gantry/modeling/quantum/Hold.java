package dev.gantry.modeling.quantum;

/**
 * A qubit keeping a pair: busy from the end of {@code from} (the producer) until the start of {@code to} (the next
 * operation using the qubit), or until the protocol ends when {@code to} is {@link #END}.
 */
public record Hold(String qubit, String from, String to) {
    public static final String END = "END";

    public boolean untilEnd() {
        return END.equals(to);
    }
}
