package dev.gantry.metaheuristics.timefold;

import static dev.gantry.metaheuristics.tsp.TestTsp.assertPermutation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import ai.timefold.solver.core.config.solver.EnvironmentMode;
import dev.gantry.metaheuristics.timefold.TimefoldTsp.Config;
import dev.gantry.metaheuristics.tsp.DistanceMatrix;
import dev.gantry.metaheuristics.tsp.TestTsp;
import dev.gantry.modeling.tsp.EdgeWeight;
import dev.gantry.modeling.tsp.Tsp;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TimefoldTspTest {
    private static final int EIL51_OPTIMUM = 426;

    @Test
    void lateAcceptanceFindsAGoodTourOfEil51InOneSecond() {
        Tsp tsp = TestTsp.tsplib("eil51");
        DistanceMatrix d = DistanceMatrix.of(tsp);

        TimefoldTsp.Result result = TimefoldTsp.solve(d, Config.lateAcceptance(), Duration.ofSeconds(1), 42);

        assertValid(result, tsp);
        assertThat(result.length()).isBetween((double) EIL51_OPTIMUM, 1.15 * EIL51_OPTIMUM);
        assertThat(result.moveEvaluationCount()).isPositive();
        assertThat(result.moveEvaluationsPerSecond()).isPositive();
        // the limit is reached, with slack for a loaded machine (tests check behaviour, not timings)
        assertThat(result.solvingTime()).isBetween(Duration.ofMillis(900), Duration.ofSeconds(5));
        assertThat(result.wallTime()).isGreaterThanOrEqualTo(result.solvingTime());
    }

    @Test
    void simulatedAnnealingFindsAGoodTourOfEil51InOneSecond() {
        Tsp tsp = TestTsp.tsplib("eil51");
        DistanceMatrix d = DistanceMatrix.of(tsp);

        TimefoldTsp.Result result = TimefoldTsp.solve(d, Config.simulatedAnnealing(20, 4), Duration.ofSeconds(1), 42);

        assertValid(result, tsp);
        assertThat(result.length()).isBetween((double) EIL51_OPTIMUM, 1.15 * EIL51_OPTIMUM);
        assertThat(result.moveEvaluationCount()).isPositive();
    }

    @Test
    void aMoveLimitMakesRunsReproducible() {
        DistanceMatrix d = DistanceMatrix.of(TestTsp.random(20, 5, EdgeWeight.ROUNDED_EUCLIDEAN));
        for (Config config : new Config[] {Config.lateAcceptance(), Config.simulatedAnnealing(50, 1)}) {
            TimefoldTsp.Result first = TimefoldTsp.solveWithMoveLimit(d, config, 5_000, 7);
            TimefoldTsp.Result second = TimefoldTsp.solveWithMoveLimit(d, config, 5_000, 7);

            assertPermutation(first.tour(), 20);
            assertThat(second.tour()).as("%s", config).isEqualTo(first.tour());
            assertThat(second.moveEvaluationCount()).isEqualTo(first.moveEvaluationCount());
            assertThat(first.moveEvaluationCount()).isBetween(5_000L, 6_000L);
        }
    }

    @Test
    void incrementalScoreSurvivesFullAssert() {
        // FULL_ASSERT recomputes the score from scratch after every move and fails on any drift.
        Tsp tsp = TestTsp.random(9, 3, EdgeWeight.ROUNDED_EUCLIDEAN);
        DistanceMatrix d = DistanceMatrix.of(tsp);
        double optimum = TestTsp.bruteForceOptimum(d);
        for (Config config : new Config[] {Config.lateAcceptance(), Config.simulatedAnnealing(100, 4)}) {
            TimefoldTsp.Result result = TimefoldTsp.solveWithMoveLimit(d, config, 1_000, 1, EnvironmentMode.FULL_ASSERT);

            assertValid(result, tsp);
            assertThat(result.length()).isGreaterThanOrEqualTo(optimum);
        }
    }

    @Test
    void aLimitTooShortForTheConstructionHeuristicIsAnErrorNotAPartialTour() {
        DistanceMatrix d = DistanceMatrix.of(TestTsp.random(40, 1, EdgeWeight.ROUNDED_EUCLIDEAN));

        assertThatIllegalStateException()
                .isThrownBy(() -> TimefoldTsp.solveWithMoveLimit(d, Config.lateAcceptance(), 10, 1))
                .withMessageContaining("placed only");
    }

    @Test
    void unroundedDistancesAndBadSettingsAreRejected() {
        DistanceMatrix unrounded = DistanceMatrix.of(TestTsp.random(10, 1, EdgeWeight.EUCLIDEAN));
        DistanceMatrix rounded = DistanceMatrix.of(TestTsp.random(10, 1, EdgeWeight.ROUNDED_EUCLIDEAN));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> TimefoldTsp.solve(unrounded, Config.lateAcceptance(), Duration.ofSeconds(1), 1));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TimefoldTsp.solve(rounded, Config.lateAcceptance(), Duration.ZERO, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> Config.simulatedAnnealing(0, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> Config.simulatedAnnealing(10, 0));
    }

    private static void assertValid(TimefoldTsp.Result result, Tsp tsp) {
        assertPermutation(result.tour(), tsp.size());
        assertThat(result.tour().city(0)).isZero();
        assertThat(result.length()).isEqualTo(result.tour().length(tsp)).isEqualTo((double) result.timefoldLength());
    }
}
