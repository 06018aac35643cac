package dev.gantry.metaheuristics.tsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.metaheuristics.sa.AnnealingConfig;
import dev.gantry.metaheuristics.sa.AnnealingResult;
import dev.gantry.metaheuristics.sa.Annealer;
import dev.gantry.metaheuristics.sa.Start;
import dev.gantry.metaheuristics.sa.Termination;
import dev.gantry.modeling.tsp.EdgeWeight;
import dev.gantry.modeling.tsp.Tour;
import dev.gantry.modeling.tsp.Tsp;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

public class TspStateTest {
    /** Random integer points in a 1000×1000 square. */
    public static Tsp randomTsp(int n, long seed, EdgeWeight weight) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = r.nextInt(1000);
            y[i] = r.nextInt(1000);
        }
        return new Tsp("random" + n, x, y, weight);
    }

    static void assertPermutation(Tour tour, int n) {
        int[] sorted = tour.order();
        Arrays.sort(sorted);
        for (int i = 0; i < n; i++) {
            assertThat(sorted[i]).isEqualTo(i);
        }
    }

    @ParameterizedTest
    @EnumSource(TspMoves.class)
    void everyCommittedDeltaMatchesTheRecomputedLength(TspMoves moves) {
        for (int n : new int[] {5, 8, 9, 40}) {
            Tsp tsp = randomTsp(n, n, EdgeWeight.ROUNDED_EUCLIDEAN);
            TspAnnealing problem = TspAnnealing.of(DistanceMatrix.of(tsp), moves, 6);
            // debugChecks recomputes the full length after every commit and throws on any drift
            AnnealingResult<Tour> result = Annealer.run(problem, AnnealingConfig.builder(Termination.proposals(20_000))
                    .start(Start.NAIVE).debugChecks(true).seed(n).build());
            assertPermutation(result.best(), n);
            assertThat(result.best().length(tsp)).isEqualTo(result.bestObjective());
            assertThat(result.chains().get(0).drift()).isZero();
        }
    }

    @Test
    void orOptMovesASegmentBetweenTheTargetCities() {
        double[] x = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        TspState state = new TspState(DistanceMatrix.of(new Tsp("line", x, new double[10], EdgeWeight.ROUNDED_EUCLIDEAN)),
                NeighbourLists.nearest(DistanceMatrix.of(new Tsp("line", x, new double[10], EdgeWeight.ROUNDED_EUCLIDEAN)), 3),
                TspMoves.NEIGHBOUR_TWO_OPT_AND_OR_OPT, new int[] {0, 1, 5, 6, 2, 3, 4, 7, 8, 9});
        assertThat(state.objective()).isEqualTo(26.0);
        // the segment 5,6 goes between 4 and 7, keeping its orientation: the sorted line, length 18
        double delta = state.orOpt(5, 2, 4, true);
        assertThat(delta).isEqualTo(-8.0);
        state.commit();
        Tour tour = state.snapshot();
        assertThat(state.objective()).isEqualTo(18.0);
        assertThat(tour.length(new Tsp("line", x, new double[10], EdgeWeight.ROUNDED_EUCLIDEAN))).isEqualTo(18.0);
    }

    @Test
    void descentReachesATwoOptLocalOptimum() {
        Tsp tsp = randomTsp(200, 3, EdgeWeight.EUCLIDEAN);
        TspAnnealing problem = TspAnnealing.of(tsp);
        TspState state = problem.start(Start.NAIVE, new SplittableRandom(1));
        double before = state.objective();
        TspDescent.descend(state);
        assertThat(state.objective()).isLessThan(before * 0.5);
        assertThat(state.evaluate()).isCloseTo(state.objective(), org.assertj.core.data.Offset.offset(1e-6));
        for (int a = 0; a < 200; a++) {
            for (int i = 0; i < 10; i++) {
                double delta = state.twoOpt(a, problem.stateOf(state.snapshot()).neighbours().neighbour(a, i), true);
                assertThat(Double.isNaN(delta) || delta > -1e-9).isTrue();
            }
        }
        assertPermutation(state.snapshot(), 200);
    }
}
