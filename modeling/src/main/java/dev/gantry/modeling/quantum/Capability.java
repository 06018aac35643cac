package dev.gantry.modeling.quantum;

/** One way to run a link: the fidelity of the pairs it delivers and their generation rate in Hz. */
public record Capability(double fidelity, double rateHz) {
    /** Guards ceil against 1/(R·δ) landing a hair above an integer in floating point. */
    public static final double CEIL_GUARD = 1e-9;

    public Capability {
        if (!(fidelity > 0 && fidelity <= 1) || !(rateHz > 0)) {
            throw new IllegalArgumentException("capability needs 0 < F <= 1 and R > 0, found F=" + fidelity + ", R=" + rateHz);
        }
    }

    /** Slots a link generation reserves: the mean generation time rounded up, {@code ceil(1/(R·δ))}. */
    public int slots(double slotSeconds) {
        return (int) Math.ceil(1.0 / (rateHz * slotSeconds) - CEIL_GUARD);
    }
}
