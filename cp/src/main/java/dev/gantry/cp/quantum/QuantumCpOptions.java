package dev.gantry.cp.quantum;

/**
 * Options of the exact quantum models. {@code hMax} (flexible mode) bounds every hold in slots; {@code null} takes the
 * limit from the instance's memory model ({@code max_hold_slots}, else the decay-derived h_max per protocol), and no
 * memory model means no limit.
 */
public record QuantumCpOptions(AcceptanceObjective acceptance, ResponseObjective response, JitterObjective jitter, Integer hMax) {
    public static final QuantumCpOptions DEFAULT = new QuantumCpOptions(AcceptanceObjective.RATE, ResponseObjective.MAX,
            JitterObjective.MINIMISE, null);

    public QuantumCpOptions {
        if (acceptance == null || response == null || jitter == null) {
            throw new IllegalArgumentException("acceptance, response and jitter objectives are required");
        }
        if (hMax != null && hMax < 0) {
            throw new IllegalArgumentException("hMax must be >= 0, got " + hMax);
        }
    }

    public QuantumCpOptions withAcceptance(AcceptanceObjective value) {
        return new QuantumCpOptions(value, response, jitter, hMax);
    }

    public QuantumCpOptions withResponse(ResponseObjective value) {
        return new QuantumCpOptions(acceptance, value, jitter, hMax);
    }

    public QuantumCpOptions withJitter(JitterObjective value) {
        return new QuantumCpOptions(acceptance, response, value, hMax);
    }

    public QuantumCpOptions withHMax(Integer value) {
        return new QuantumCpOptions(acceptance, response, jitter, value);
    }
}
