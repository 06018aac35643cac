package dev.gantry.metaheuristics.sa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CalibrationTest {
    @Test
    void theRefinedTemperatureAcceptsTheSampleWithTheTargetProbability() {
        double[] uphill = {1, 2, 4, 8, 16};
        double t = Calibration.refine(uphill, 0.5, 3);
        double mean = 0;
        for (double d : uphill) {
            mean += Math.exp(-d / t) / uphill.length;
        }
        assertThat(mean).isCloseTo(0.5, within(1e-9));
        // the plain formula −mean(Δ)/ln p0 = 6.2/ln 2 = 8.94 overshoots: large deltas dominate the mean
        assertThat(t).isLessThan(-6.2 / Math.log(0.5));
    }

    @Test
    void aSampleOfOneDeltaGivesTheClosedForm() {
        assertThat(Calibration.refine(new double[] {3}, 0.1, 1)).isCloseTo(-3 / Math.log(0.1), within(1e-9));
    }
}
