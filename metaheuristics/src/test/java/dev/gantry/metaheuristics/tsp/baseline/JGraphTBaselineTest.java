package dev.gantry.metaheuristics.tsp.baseline;

import static dev.gantry.metaheuristics.tsp.TestTsp.assertPermutation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import dev.gantry.metaheuristics.tsp.DistanceMatrix;
import dev.gantry.metaheuristics.tsp.TestTsp;
import dev.gantry.modeling.tsp.EdgeWeight;
import dev.gantry.modeling.tsp.Tsp;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JGraphTBaselineTest {
    private static final int EIL51_OPTIMUM = 426;

    @ParameterizedTest
    @EnumSource(JGraphTBaseline.class)
    void everyBaselineReturnsAPermutationWhoseLengthGantryRecomputes(JGraphTBaseline baseline) {
        Tsp tsp = TestTsp.tsplib("eil51");
        DistanceMatrix d = DistanceMatrix.of(tsp);

        JGraphTBaseline.Result result = baseline.solve(d, 1);

        assertThat(result.baseline()).isEqualTo(baseline);
        assertPermutation(result.tour(), 51);
        assertThat(result.length()).isEqualTo(d.tourLength(result.tour().order())).isEqualTo(result.tour().length(tsp));
        assertThat(result.length()).isGreaterThanOrEqualTo(EIL51_OPTIMUM);
        assertThat(result.passes()).isEqualTo(1);
        assertThat(result.time()).isPositive().isGreaterThanOrEqualTo(result.graphTime());
        assertThat(result.algorithmTime()).isEqualTo(result.time().minus(result.graphTime()));
    }

    @Test
    void christofidesIsWithinItsGuaranteeOnEil51() {
        DistanceMatrix d = DistanceMatrix.of(TestTsp.tsplib("eil51"));

        JGraphTBaseline.Result result = JGraphTBaseline.CHRISTOFIDES.solve(d, 0);

        assertThat(result.length()).isLessThanOrEqualTo(1.5 * EIL51_OPTIMUM);
        assertThat(result.startLength()).isEqualTo(result.length());
    }

    @Test
    void christofidesIsWithinItsGuaranteeAgainstBruteForce() {
        for (long seed = 1; seed <= 5; seed++) {
            DistanceMatrix d = DistanceMatrix.of(TestTsp.random(9, seed, EdgeWeight.EUCLIDEAN));
            double optimum = TestTsp.bruteForceOptimum(d);

            JGraphTBaseline.Result result = JGraphTBaseline.CHRISTOFIDES.solve(d, seed);

            assertPermutation(result.tour(), 9);
            assertThat(result.length()).as("seed %d", seed).isBetween(optimum - 1e-9, 1.5 * optimum);
        }
    }

    @ParameterizedTest
    @EnumSource(value = JGraphTBaseline.class, names = "CHRISTOFIDES", mode = EnumSource.Mode.EXCLUDE)
    void twoOptNeverLengthensItsStartAndLeavesNoImprovingTwoOptMove(JGraphTBaseline baseline) {
        DistanceMatrix d = DistanceMatrix.of(TestTsp.tsplib("eil51"));

        JGraphTBaseline.Result result = baseline.solve(d, 3);

        assertThat(result.length()).isLessThanOrEqualTo(result.startLength());
        assertThat(bestTwoOptGain(d, result.tour().order())).isLessThanOrEqualTo(1e-8);
    }

    @Test
    void christofidesWithTwoOptStartsFromChristofides() {
        DistanceMatrix d = DistanceMatrix.of(TestTsp.tsplib("eil51"));

        double christofides = JGraphTBaseline.CHRISTOFIDES.solve(d, 0).length();
        JGraphTBaseline.Result improved = JGraphTBaseline.CHRISTOFIDES_TWO_OPT.solve(d, 0);

        assertThat(improved.startLength()).isEqualTo(christofides);
        assertThat(improved.length()).isLessThanOrEqualTo(christofides);
    }

    @ParameterizedTest
    @EnumSource(value = JGraphTBaseline.class, names = {"NEAREST_NEIGHBOUR_TWO_OPT", "RANDOM_TWO_OPT"})
    void randomStartsAreSeededAndMorePassesNeverHurt(JGraphTBaseline baseline) {
        DistanceMatrix d = DistanceMatrix.of(TestTsp.random(40, 7, EdgeWeight.ROUNDED_EUCLIDEAN));

        JGraphTBaseline.Result once = baseline.solve(d, 11);
        JGraphTBaseline.Result again = baseline.solve(d, 11);
        JGraphTBaseline.Result threePasses = baseline.solve(d, 11, 3);

        assertThat(baseline.randomStart()).isTrue();
        assertThat(again.tour()).isEqualTo(once.tour());
        assertThat(threePasses.passes()).isEqualTo(3);
        assertPermutation(threePasses.tour(), 40);
        // the first of the three passes draws the same start as the single pass
        assertThat(threePasses.length()).isLessThanOrEqualTo(once.length());
    }

    @Test
    void deterministicBaselinesRunOnceWhateverThePasses() {
        DistanceMatrix d = DistanceMatrix.of(TestTsp.random(30, 2, EdgeWeight.ROUNDED_EUCLIDEAN));
        for (JGraphTBaseline baseline : EnumSet.of(JGraphTBaseline.CHRISTOFIDES, JGraphTBaseline.CHRISTOFIDES_TWO_OPT,
                JGraphTBaseline.GREEDY_TWO_OPT)) {
            assertThat(baseline.randomStart()).isFalse();
            JGraphTBaseline.Result result = baseline.solve(d, 5, 4);
            assertThat(result.passes()).isEqualTo(1);
            assertThat(result.tour()).isEqualTo(baseline.solve(d, 99).tour());
        }
    }

    @Test
    void unroundedDistancesAreUsedAsTheyAre() {
        Tsp tsp = TestTsp.random(25, 4, EdgeWeight.EUCLIDEAN);
        DistanceMatrix d = DistanceMatrix.of(tsp);

        JGraphTBaseline.Result result = JGraphTBaseline.GREEDY_TWO_OPT.solve(d, 0);

        assertPermutation(result.tour(), 25);
        assertThat(result.length()).isCloseTo(result.tour().length(tsp), within(1e-9));
    }

    @Test
    void passesMustBePositive() {
        DistanceMatrix d = DistanceMatrix.of(TestTsp.random(5, 1, EdgeWeight.ROUNDED_EUCLIDEAN));
        assertThatIllegalArgumentException().isThrownBy(() -> JGraphTBaseline.RANDOM_TWO_OPT.solve(d, 1, 0));
    }

    /** The largest gain of any 2-opt move on the closed tour (≤ 0 at a 2-opt local optimum). */
    private static double bestTwoOptGain(DistanceMatrix d, int[] t) {
        int n = t.length;
        double best = 0;
        for (int i = 0; i < n - 1; i++) {
            for (int j = i + 2; j < n; j++) {
                int a = t[i];
                int b = t[i + 1];
                int c = t[j];
                int e = t[(j + 1) % n];
                if (e == a) {
                    continue;
                }
                best = Math.max(best, d.distance(a, b) + d.distance(c, e) - d.distance(a, c) - d.distance(b, e));
            }
        }
        return best;
    }
}
