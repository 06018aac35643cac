package dev.gantry.metaheuristics.sa;

/**
 * An adaptive schedule (spec §1.2 b): instead of following a fixed curve, the temperature is steered so that
 * the share of uphill proposals accepted, measured over windows of {@code window} uphill proposals, follows a
 * geometric target from {@code startRatio} to {@code endRatio} over the run's progress.
 */
public record AcceptanceSteering(double startRatio, double endRatio, int window) {
    public AcceptanceSteering {
        if (!(startRatio > 0 && startRatio < 1) || !(endRatio > 0 && endRatio < 1) || window < 1) {
            throw new IllegalArgumentException("steering needs ratios in (0, 1) and a window >= 1, got " + startRatio + ", " + endRatio
                    + ", " + window);
        }
    }

    /** The spec's example curve, 0.5 → 0.001, over windows of 1000 uphill proposals. */
    public static AcceptanceSteering standard() {
        return new AcceptanceSteering(0.5, 0.001, 1000);
    }

    double target(double progress) {
        return startRatio * Math.pow(endRatio / startRatio, Math.min(1, Math.max(0, progress)));
    }

    /** The next temperature from the measured ratio: a damped multiplicative step, at most ×2 or ÷2. */
    double adjust(double temperature, double measured, double progress) {
        double factor = Math.sqrt(target(progress) / Math.max(measured, 0.5 / window));
        return temperature * Math.min(2, Math.max(0.5, factor));
    }
}
