package dev.gantry.modeling.dag;

/**
 * A communication cost in its latency/bandwidth form (spec scheduling §5): {@code L + data / B}. Times are whole
 * numbers, so the quotient is rounded up: a transfer is never shorter than its data takes.
 */
public record Transfer(long latency, long data, long bandwidth) {
    public Transfer {
        if (latency < 0 || data < 0) {
            throw new IllegalArgumentException("latency and data must be >= 0, got latency " + latency + " and data " + data);
        }
        if (bandwidth < 1) {
            throw new IllegalArgumentException("bandwidth must be >= 1, got " + bandwidth);
        }
    }

    /** {@code L + ⌈data / B⌉}. */
    public long cost() {
        return latency + (data + bandwidth - 1) / bandwidth;
    }
}
