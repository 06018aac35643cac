package dev.gantry.metaheuristics.sa;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Temperature calibration (spec §1.3) from uncommitted proposals at the start solution: T0 = −mean(Δ⁺)/ln(p0),
 * or, refined (Ben-Ameur 2004), the T0 at which the sampled uphill moves would be accepted with mean probability
 * exactly p0, found by bisection on the sample.
 */
record Calibration(double startTemperature, double endTemperature, long proposals) {

    static Calibration of(AnnealingState<?> state, Temperatures.Calibrated c, SplittableRandom random) {
        int types = state.moveTypes().count();
        double[] uphill = new double[types * c.samplesPerMoveType()];
        int positive = 0;
        double absolute = 0;
        long admissible = 0;
        long proposals = 0;
        for (int type = 0; type < types; type++) {
            for (int s = 0; s < c.samplesPerMoveType(); s++) {
                double delta = state.propose(type, random);
                proposals++;
                if (delta > 0) {
                    uphill[positive++] = delta;
                }
                if (delta == delta && delta != 0) {
                    absolute += Math.abs(delta);
                    admissible++;
                }
            }
        }
        double t0;
        if (positive == 0) {
            // A start with no uphill move (an empty knapsack: every flip adds profit) still has a scale: the mean
            // size of its moves. Only a flat sample falls back to a tiny temperature.
            double scale = admissible > 0 ? absolute / admissible : Math.max(1e-9, Math.abs(state.objective()) * 1e-6);
            t0 = -scale / Math.log(c.acceptance());
        } else {
            double[] sample = Arrays.copyOf(uphill, positive);
            t0 = -Arrays.stream(sample).average().orElseThrow() / Math.log(c.acceptance());
            if (c.refine()) {
                t0 = refine(sample, c.acceptance(), t0);
            }
        }
        return new Calibration(t0, t0 * c.endRatio(), proposals);
    }

    /** The T with mean(exp(−Δ/T)) = p over the sample; the mean rises with T, so bisection converges. */
    static double refine(double[] uphill, double p, double guess) {
        double low = guess;
        double high = guess;
        while (acceptance(uphill, low) > p) {
            low /= 2;
        }
        while (acceptance(uphill, high) < p) {
            high *= 2;
        }
        for (int i = 0; i < 60; i++) {
            double mid = (low + high) / 2;
            if (acceptance(uphill, mid) < p) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return (low + high) / 2;
    }

    private static double acceptance(double[] uphill, double t) {
        double sum = 0;
        for (double d : uphill) {
            sum += Math.exp(-d / t);
        }
        return sum / uphill.length;
    }
}
