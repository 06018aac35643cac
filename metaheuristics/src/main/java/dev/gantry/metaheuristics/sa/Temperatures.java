package dev.gantry.metaheuristics.sa;

/** Where T0 and T_end come from: given, or calibrated from sampled deltas of the start solution. */
public sealed interface Temperatures {
    /** Fixed absolute temperatures, as in the Neural SA configurations (for example 1 → 0.1). */
    record Fixed(double start, double end) implements Temperatures {
        public Fixed {
            if (!(start > 0) || !(end > 0) || end > start) {
                throw new IllegalArgumentException("temperatures need 0 < end <= start, got " + start + " → " + end);
            }
        }
    }

    /**
     * T0 = −mean(Δ⁺)/ln(p0) from {@code samplesPerMoveType} uncommitted proposals per move type at the start
     * solution, and T_end = T0·endRatio (spec §1.3). p0 is 0.5 from a naive start and 0.1 from a constructive one.
     * With {@code refine}, T0 is instead the temperature at which the sampled uphill moves would be accepted with
     * mean probability exactly p0 (Ben-Ameur's iterative refinement, solved by bisection).
     */
    record Calibrated(double acceptance, double endRatio, int samplesPerMoveType, boolean refine) implements Temperatures {
        public Calibrated {
            if (!(acceptance > 0 && acceptance < 1)) {
                throw new IllegalArgumentException("calibration acceptance must lie in (0, 1), got " + acceptance);
            }
            if (!(endRatio > 0 && endRatio <= 1)) {
                throw new IllegalArgumentException("end ratio must lie in (0, 1], got " + endRatio);
            }
            if (samplesPerMoveType < 1) {
                throw new IllegalArgumentException("calibration needs at least one sample per move type");
            }
        }

        /** The spec's default for a start: p0 = 0.5 from a naive start, 0.1 from a constructive one; T_end = T0·10⁻³. */
        public static Calibrated forStart(Start start) {
            return new Calibrated(start == Start.NAIVE ? 0.5 : 0.1, 1e-3, 2000, false);
        }
    }
}
