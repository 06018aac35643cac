package dev.gantry.metaheuristics.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Small cases computed by hand, for both kernels. */
class BatchKernelCasesTest {

    static List<BatchKernel> kernels() {
        return List.of(BatchKernels.scalar(), new SimdBatchKernel());
    }

    @ParameterizedTest
    @MethodSource("kernels")
    void euclideanTourOfA3x4Rectangle(BatchKernel kernel) {
        // corners (0,0) (3,0) (3,4) (0,4): around the rectangle 3+4+3+4 = 14; crossing it 5+4+5+4 = 18
        float[] x = {0, 3, 3, 0};
        float[] y = {0, 0, 4, 4};
        int[] tours = {
            0, 0, //  position 0 of tours A, B
            1, 2, //  position 1
            2, 1,
            3, 3};
        float[] out = new float[2];
        kernel.euclideanTourLengths(x, y, tours, 4, 2, out);
        assertThat(out).containsExactly(14f, 18f);
    }

    @ParameterizedTest
    @MethodSource("kernels")
    void matrixTourOnAnAsymmetricMatrix(BatchKernel kernel) {
        int[] dist = {
            0, 1, 2,
            3, 0, 4,
            5, 6, 0};
        // 0→1→2→0 = 1+4+5 = 10; 0→2→1→0 = 2+6+3 = 11; a one-city tour is its diagonal entry, 0
        int[] tours = {0, 0, 1, 2, 2, 1};
        long[] out = new long[2];
        kernel.matrixTourLengths(dist, 3, tours, 3, 2, out);
        assertThat(out).containsExactly(10L, 11L);
        long[] one = new long[1];
        kernel.matrixTourLengths(dist, 3, new int[] {1}, 1, 1, one);
        assertThat(one).containsExactly(0L);
    }

    @ParameterizedTest
    @MethodSource("kernels")
    void weightedTardinessOfThreeJobs(BatchKernel kernel) {
        int[] p = {3, 2, 4};
        int[] w = {1, 2, 3};
        int[] d = {4, 2, 5};
        // 0,1,2: C = 3,5,9; tardiness 0,3,4 → 0·1 + 3·2 + 4·3 = 18
        // 2,1,0: C = 4,6,9; tardiness 0,4,5 → 0·3 + 4·2 + 5·1 = 13
        // 1,0,2: C = 2,5,9; tardiness 0,1,4 → 0·2 + 1·1 + 4·3 = 13
        int[] seq = {
            0, 2, 1,
            1, 1, 0,
            2, 0, 2};
        long[] out = new long[3];
        kernel.weightedTardiness(p, w, d, seq, 3, 3, out);
        assertThat(out).containsExactly(18L, 13L, 13L);
    }

    @ParameterizedTest
    @MethodSource("kernels")
    void knapsackSumsOfTwoSelections(BatchKernel kernel) {
        float[] profit = {2.5f, 1f, 4f};
        float[] weight = {1f, 2f, 3f};
        // {0,2}: profit 6.5, weight 4; {1,2}: profit 5, weight 5
        boolean[] sel = {
            true, false,
            false, true,
            true, true};
        float[] po = new float[2];
        float[] wo = new float[2];
        kernel.knapsackSums(profit, weight, sel, 3, 2, po, wo);
        assertThat(po).containsExactly(6.5f, 5f);
        assertThat(wo).containsExactly(4f, 5f);
    }

    @ParameterizedTest
    @MethodSource("kernels")
    void shiftedTardinessDeltaOfThreePositions(BatchKernel kernel) {
        int[] completion = {3, 5, 9};
        int[] weight = {1, 2, 3};
        int[] due = {4, 2, 5};
        // tardiness before: 0,3,4. delta +2: C = 5,7,11 → 1,5,6; change 1,2,2 → 1·1 + 2·2 + 3·2 = 11
        assertThat(kernel.shiftedTardinessDelta(completion, weight, due, 0, 3, 2)).isEqualTo(11L);
        // delta −3: C = 0,2,6 → 0,0,1; change 0,−3,−3 → −6 − 9 = −15
        assertThat(kernel.shiftedTardinessDelta(completion, weight, due, 0, 3, -3)).isEqualTo(-15L);
        // positions 1..2 only, delta +2: 2·2 + 3·2 = 10; empty range: 0
        assertThat(kernel.shiftedTardinessDelta(completion, weight, due, 1, 3, 2)).isEqualTo(10L);
        assertThat(kernel.shiftedTardinessDelta(completion, weight, due, 2, 2, 7)).isZero();
    }

    @ParameterizedTest
    @MethodSource("kernels")
    void vectorSizedCasesAgreeWithHandValues(BatchKernel kernel) {
        // 40 identical rectangle tours: 40 ≥ two vectors even at 512 bits, so the SIMD main loop and tail both run
        int batch = 40;
        float[] x = {0, 3, 3, 0};
        float[] y = {0, 0, 4, 4};
        int[] tours = new int[4 * batch];
        for (int k = 0; k < 4; k++) {
            for (int c = 0; c < batch; c++) {
                tours[k * batch + c] = k;
            }
        }
        float[] out = new float[batch];
        kernel.euclideanTourLengths(x, y, tours, 4, batch, out);
        assertThat(out).containsOnly(14f);
    }
}
