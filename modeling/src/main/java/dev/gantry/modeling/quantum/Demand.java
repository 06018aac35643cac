package dev.gantry.modeling.quantum;

/**
 * An entanglement demand: pairs between {@code src} and {@code dst} of fidelity at least {@code minFidelity}, one
 * per period. {@code legacyName} is the [LS] task name; the reference schedulers break deadline ties with it.
 */
public record Demand(String id, String legacyName, String src, String dst, double minFidelity, double rateHz,
        int period, int relativeDeadline) {
    public Demand {
        if (period < 1 || relativeDeadline < 1) {
            throw new IllegalArgumentException("demand " + id + ": period and deadline must be positive");
        }
    }

    /** {@code ceil(1/(R·δ))}: the period in slots implied by the rate. */
    public static int periodFor(double rateHz, double slotSeconds) {
        return (int) Math.ceil(1.0 / (rateHz * slotSeconds) - Capability.CEIL_GUARD);
    }
}
