package dev.gantry.verify.quantum;

/**
 * Options of the quantum verifier: the V8 precedence mode and an optional storage limit {@code hMax} in slots for V9
 * ({@code null}: only the instance's {@code max_hold_slots}, if any).
 */
public record QuantumCheckOptions(PrecedenceMode precedence, Integer hMax) {
    public static final QuantumCheckOptions DEFAULT = new QuantumCheckOptions(PrecedenceMode.SHARED_QUBIT, null);
    public static final QuantumCheckOptions STRICT = new QuantumCheckOptions(PrecedenceMode.STRICT, null);
}
