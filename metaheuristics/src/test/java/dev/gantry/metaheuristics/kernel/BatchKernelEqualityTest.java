package dev.gantry.metaheuristics.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.gantry.metaheuristics.sa.Permutations;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The SIMD kernel against its scalar twin on seeded random inputs whose sizes exercise full vectors and tails. */
class BatchKernelEqualityTest {
    private static final int[] SIZES = {1, 7, 15, 16, 17, 100, 1000};
    private static final int[] BATCHES = {1, 3, 16, 37};

    private static BatchKernel simd;
    private static final BatchKernel SCALAR = BatchKernels.scalar();

    @BeforeAll
    static void simdKernel() {
        simd = new SimdBatchKernel(); // Surefire runs with --add-modules jdk.incubator.vector
        assertThat(simd.name()).startsWith("simd-");
    }

    static Stream<Arguments> shapes() {
        return IntStream.of(SIZES).boxed()
                .flatMap(n -> IntStream.of(BATCHES).mapToObj(b -> Arguments.of(n, b)));
    }

    private static SplittableRandom random(int n, int batch, int salt) {
        return new SplittableRandom(1_000_003L * n + 7919L * batch + salt);
    }


    @ParameterizedTest(name = "n={0} batch={1}")
    @MethodSource("shapes")
    void euclideanTourLengthsAgree(int n, int batch) {
        SplittableRandom r = random(n, batch, 1);
        float[] x = new float[n];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) r.nextDouble();
            y[i] = (float) r.nextDouble(-1000, 1000);
        }
        int[] tours = Permutations.randomBatch(n, batch, r);
        float[] expected = new float[batch];
        float[] actual = new float[batch];
        SCALAR.euclideanTourLengths(x, y, tours, n, batch, expected);
        simd.euclideanTourLengths(x, y, tours, n, batch, actual);
        for (int c = 0; c < batch; c++) {
            assertThat(actual[c]).as("lane %d", c).isCloseTo(expected[c], within(1e-5f * Math.max(1f, expected[c])));
        }
        // stronger than the contract: both kernels do the same float operations in the same order per lane
        assertThat(actual).containsExactly(expected);
    }

    @ParameterizedTest(name = "n={0} batch={1}")
    @MethodSource("shapes")
    void matrixTourLengthsAgreeExactly(int n, int batch) {
        SplittableRandom r = random(n, batch, 2);
        int[] dist = new int[n * n];
        for (int i = 0; i < dist.length; i++) {
            // asymmetric, the full int range on a third of the instances, so the 16-bit split carries
            dist[i] = switch (n % 3) {
                case 0 -> r.nextInt(Integer.MIN_VALUE, Integer.MAX_VALUE);
                case 1 -> r.nextInt(0, Integer.MAX_VALUE);
                default -> r.nextInt(0, 10_000);
            };
        }
        int[] tours = Permutations.randomBatch(n, batch, r);
        long[] expected = new long[batch];
        long[] actual = new long[batch];
        SCALAR.matrixTourLengths(dist, n, tours, n, batch, expected);
        simd.matrixTourLengths(dist, n, tours, n, batch, actual);
        assertThat(actual).containsExactly(expected);
    }

    @ParameterizedTest(name = "n={0} batch={1}")
    @MethodSource("shapes")
    void weightedTardinessAgreesExactly(int n, int batch) {
        // small ORLIB-like values (one int chunk), mid values (several chunks), huge values (scalar long path)
        int[][] ranges = {{100, 10}, {2_000, 1_000}, {1_000_000, 100_000}};
        for (int[] range : ranges) {
            SplittableRandom r = random(n, batch, 3 + range[0]);
            int jobs = n;
            int[] p = new int[jobs];
            int[] w = new int[jobs];
            int[] d = new int[jobs];
            for (int j = 0; j < jobs; j++) {
                p[j] = r.nextInt(0, range[0] + 1);
                w[j] = r.nextInt(0, range[1] + 1);
                d[j] = r.nextInt(-range[0], range[0] * Math.max(1, n / 2));
            }
            int[] sequences = Permutations.randomBatch(n, batch, r);
            long[] expected = new long[batch];
            long[] actual = new long[batch];
            SCALAR.weightedTardiness(p, w, d, sequences, n, batch, expected);
            simd.weightedTardiness(p, w, d, sequences, n, batch, actual);
            assertThat(actual).as("p ≤ %d, w ≤ %d", range[0], range[1]).containsExactly(expected);
        }
    }

    @ParameterizedTest(name = "n={0} batch={1}")
    @MethodSource("shapes")
    void knapsackSumsAgree(int n, int batch) {
        SplittableRandom r = random(n, batch, 4);
        float[] profit = new float[n];
        float[] weight = new float[n];
        for (int k = 0; k < n; k++) {
            profit[k] = (float) r.nextDouble(0, 1);
            weight[k] = (float) r.nextDouble(0, 100);
        }
        boolean[] selected = new boolean[n * batch];
        for (int i = 0; i < selected.length; i++) {
            selected[i] = r.nextInt(3) == 0;
        }
        float[] ep = new float[batch];
        float[] ew = new float[batch];
        float[] ap = new float[batch];
        float[] aw = new float[batch];
        SCALAR.knapsackSums(profit, weight, selected, n, batch, ep, ew);
        simd.knapsackSums(profit, weight, selected, n, batch, ap, aw);
        for (int c = 0; c < batch; c++) {
            assertThat(ap[c]).as("profit %d", c).isCloseTo(ep[c], within(1e-5f * Math.max(1f, ep[c])));
            assertThat(aw[c]).as("weight %d", c).isCloseTo(ew[c], within(1e-5f * Math.max(1f, ew[c])));
        }
        assertThat(ap).containsExactly(ep);
        assertThat(aw).containsExactly(ew);
    }

    @Test
    void shiftedTardinessDeltaAgreesExactly() {
        SplittableRandom r = new SplittableRandom(42);
        int size = 1_100;
        int[] completion = new int[size];
        int[] weight = new int[size];
        int[] due = new int[size];
        for (int len : new int[] {0, 1, 7, 15, 16, 17, 31, 32, 33, 100, 1000}) {
            for (int trial = 0; trial < 20; trial++) {
                boolean huge = trial % 4 == 3; // products beyond int
                for (int k = 0; k < size; k++) {
                    completion[k] = r.nextInt(0, huge ? 1_000_000_000 : 100_000);
                    due[k] = r.nextInt(0, huge ? 1_000_000_000 : 100_000);
                    weight[k] = huge ? r.nextInt(0, Integer.MAX_VALUE) : r.nextInt(0, 11);
                }
                int from = r.nextInt(0, size - len + 1);
                int delta = huge ? r.nextInt(-1_000_000_000, 1_000_000_000) : r.nextInt(-5_000, 5_001);
                assertThat(simd.shiftedTardinessDelta(completion, weight, due, from, from + len, delta))
                        .as("len %d from %d delta %d", len, from, delta)
                        .isEqualTo(SCALAR.shiftedTardinessDelta(completion, weight, due, from, from + len, delta));
            }
        }
    }

    @Test
    void weightedTardinessAtThePackingLimitsStaysExact() {
        // p and w at 2^16 − 1 (the largest the packed SIMD path takes) and at 2^16 (the scalar path), long sums
        for (int limit : new int[] {0xFFFF, 0x10000}) {
            int n = 1000;
            int batch = 37;
            SplittableRandom r = new SplittableRandom(limit);
            int[] p = new int[n];
            int[] w = new int[n];
            int[] d = new int[n];
            for (int j = 0; j < n; j++) {
                p[j] = j % 3 == 0 ? limit : r.nextInt(limit + 1);
                w[j] = j % 5 == 0 ? limit : r.nextInt(limit + 1);
                d[j] = r.nextInt(Integer.MIN_VALUE, Integer.MAX_VALUE);
            }
            int[] sequences = Permutations.randomBatch(n, batch, r);
            long[] expected = new long[batch];
            long[] actual = new long[batch];
            SCALAR.weightedTardiness(p, w, d, sequences, n, batch, expected);
            simd.weightedTardiness(p, w, d, sequences, n, batch, actual);
            assertThat(actual).as("limit %d", limit).containsExactly(expected);
            assertThat(expected[0]).isGreaterThan(Integer.MAX_VALUE);
        }
    }

    @Test
    void longTourOverATinyMatrixTakesTheScalarPath() {
        int cities = 2;
        int n = 40_000; // beyond the split accumulators' 32 768 terms: cities repeat
        int batch = 17;
        int[] dist = {Integer.MAX_VALUE, -7, 123_456_789, Integer.MIN_VALUE};
        int[] tours = new int[n * batch];
        SplittableRandom r = new SplittableRandom(9);
        for (int i = 0; i < tours.length; i++) {
            tours[i] = r.nextInt(cities);
        }
        long[] expected = new long[batch];
        long[] actual = new long[batch];
        SCALAR.matrixTourLengths(dist, cities, tours, n, batch, expected);
        simd.matrixTourLengths(dist, cities, tours, n, batch, actual);
        assertThat(actual).containsExactly(expected);
    }

    @Test
    void badCityIsRejectedRatherThanWrappedIntoAnotherRow() {
        int n = 40;
        int batch = 32;
        int[] dist = new int[n * n];
        int[] tours = Permutations.randomBatch(n, batch, new SplittableRandom(5));
        tours[3 * batch + 17] = n; // n*cities + ... stays inside the matrix for most rows
        long[] out = new long[batch];
        assertThatThrownBy(() -> simd.matrixTourLengths(dist, n, tours, n, batch, out))
                .isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> SCALAR.matrixTourLengths(dist, n, tours, n, batch, out))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void shapesAreChecked() {
        for (BatchKernel kernel : new BatchKernel[] {simd, SCALAR}) {
            assertThatThrownBy(() -> kernel.euclideanTourLengths(new float[4], new float[4], new int[7], 4, 2, new float[2]))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("n*batch");
            assertThatThrownBy(() -> kernel.weightedTardiness(new int[3], new int[3], new int[3], new int[6], 3, 2, new long[1]))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("batch");
            assertThatThrownBy(() -> kernel.shiftedTardinessDelta(new int[3], new int[3], new int[3], 2, 4, 1))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
