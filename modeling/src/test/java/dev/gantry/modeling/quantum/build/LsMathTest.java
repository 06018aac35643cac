package dev.gantry.modeling.quantum.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.gantry.modeling.quantum.Werner;
import org.junit.jupiter.api.Test;

class LsMathTest {
    @Test
    void swapAndDistillAgreeWithWernerAndInvert() {
        assertThat(LsMath.swap(0.9, 0.8)).isCloseTo(Werner.swap(0.9, 0.8), within(1e-15));
        assertThat(LsMath.distill(0.9, 0.8)).isCloseTo(Werner.distill(0.9, 0.8), within(1e-15));
        assertThat(LsMath.swap(0.9, 0.9)).isCloseTo(0.8133333333333334, within(1e-15));
        assertThat(LsMath.unswap(LsMath.swap(0.9, 0.9))).isCloseTo(0.9, within(1e-12));
        assertThat(LsMath.undistill(LsMath.distill(0.85, 0.8), 0.8)).isCloseTo(0.85, within(1e-12));
        assertThat(LsMath.undistillEven(LsMath.distill(0.8, 0.8))).isCloseTo(0.8, within(1e-12));
    }

    @Test
    void pumpingCountsAndTheirInverse() {
        assertThat(LsMath.distillationsForFidelity(0.9, 0.85)).isZero();
        assertThat(LsMath.distillationsForFidelity(0.5, 0.6)).isEqualTo(-1);
        for (int k = 1; k <= 2; k++) {
            double f = LsMath.fidelityForDistillations(k, 0.9);
            assertThat(f).isBetween(0.5, 0.9);
            assertThat(LsMath.distillationsForFidelity(f, 0.9)).isEqualTo(k);
        }
        assertThat(LsMath.fidelityForDistillations(0, 0.9)).isEqualTo(0.9);
    }

    @Test
    void nestedTreesAndGenerationRounds() {
        assertThat(LsMath.distillationsForConstFidelity(0.8, LsMath.distill(0.8, 0.8) - 1e-9)).isEqualTo(1);
        assertThat(LsMath.distillationsForConstFidelity(0.8, 0.8)).isZero();
        assertThat(LsMath.distillationsForConstFidelity(0.45, 0.8)).isEqualTo(-1);
        // one comm qubit: one link per round; two: two per round while storage lasts
        assertThat(LsMath.rounds(4, 1, 3)).isEqualTo(4);
        assertThat(LsMath.rounds(4, 2, 2)).isEqualTo(2);
        assertThat(LsMath.rounds(3, 1, 0)).isEqualTo(-1);
    }
}
