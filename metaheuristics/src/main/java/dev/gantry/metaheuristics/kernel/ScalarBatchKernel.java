package dev.gantry.metaheuristics.kernel;

import java.util.Objects;

/**
 * The scalar twin of {@link SimdBatchKernel}: plain loops, one candidate at a time, each candidate's accumulator in
 * a register. It is the fallback when the Vector API is unavailable, the reference in the equality tests and the
 * baseline in {@code BatchKernelBenchmark}. The per-lane methods are also the SIMD kernel's scalar tails, so both
 * compute every lane with the same operations in the same order.
 */
public final class ScalarBatchKernel implements BatchKernel {
    static final ScalarBatchKernel INSTANCE = new ScalarBatchKernel();

    private ScalarBatchKernel() {
    }

    @Override
    public String name() {
        return "scalar";
    }

    @Override
    public void euclideanTourLengths(float[] x, float[] y, int[] tours, int n, int batch, float[] out) {
        checkEuclidean(x, y, tours, n, batch, out);
        for (int c = 0; c < batch; c++) {
            out[c] = euclideanLane(x, y, tours, n, batch, c);
        }
    }

    @Override
    public void matrixTourLengths(int[] dist, int cities, int[] tours, int n, int batch, long[] out) {
        checkMatrix(dist, cities, tours, n, batch, out);
        for (int c = 0; c < batch; c++) {
            out[c] = matrixLane(dist, cities, tours, n, batch, c);
        }
    }

    @Override
    public void weightedTardiness(int[] p, int[] w, int[] d, int[] sequences, int n, int batch, long[] out) {
        checkTardiness(p, w, d, sequences, n, batch, out);
        for (int c = 0; c < batch; c++) {
            out[c] = tardinessLane(p, w, d, sequences, n, batch, c);
        }
    }

    @Override
    public void knapsackSums(float[] profit, float[] weight, boolean[] selected, int n, int batch,
            float[] profitOut, float[] weightOut) {
        checkKnapsack(profit, weight, selected, n, batch, profitOut, weightOut);
        for (int c = 0; c < batch; c++) {
            knapsackLane(profit, weight, selected, n, batch, c, profitOut, weightOut);
        }
    }

    @Override
    public long shiftedTardinessDelta(int[] completion, int[] weight, int[] due, int from, int to, int delta) {
        checkShift(completion, weight, due, from, to);
        return shiftRange(completion, weight, due, from, to, delta);
    }

    // ---- one lane each; shared with SimdBatchKernel's tails ----

    static float euclideanLane(float[] x, float[] y, int[] tours, int n, int batch, int c) {
        if (n == 0) {
            return 0f;
        }
        int first = tours[c];
        float fx = x[first];
        float fy = y[first];
        float px = fx;
        float py = fy;
        float acc = 0f;
        for (int k = 1, i = batch + c; k < n; k++, i += batch) {
            int a = tours[i];
            float cx = x[a];
            float cy = y[a];
            float dx = cx - px;
            float dy = cy - py;
            acc += (float) Math.sqrt(dx * dx + dy * dy);
            px = cx;
            py = cy;
        }
        float dx = fx - px;
        float dy = fy - py;
        return acc + (float) Math.sqrt(dx * dx + dy * dy);
    }

    static long matrixLane(int[] dist, int cities, int[] tours, int n, int batch, int c) {
        if (n == 0) {
            return 0L;
        }
        // Every city is checked once, so a bad index cannot wrap into a neighbouring row of the matrix.
        int first = Objects.checkIndex(tours[c], cities);
        int prev = first;
        long acc = 0L;
        for (int k = 1, i = batch + c; k < n; k++, i += batch) {
            int cur = Objects.checkIndex(tours[i], cities);
            acc += dist[prev * cities + cur];
            prev = cur;
        }
        return acc + dist[prev * cities + first];
    }

    static long tardinessLane(int[] p, int[] w, int[] d, int[] sequences, int n, int batch, int c) {
        long t = 0L;
        long acc = 0L;
        for (int k = 0, i = c; k < n; k++, i += batch) {
            int j = sequences[i];
            t += p[j];
            acc += w[j] * Math.max(0L, t - d[j]);
        }
        return acc;
    }

    static void knapsackLane(float[] profit, float[] weight, boolean[] selected, int n, int batch, int c,
            float[] profitOut, float[] weightOut) {
        float ap = 0f;
        float aw = 0f;
        for (int k = 0, i = c; k < n; k++, i += batch) {
            // Branch-free (a random selection mispredicts every other branch, and C2 keeps float selects as
            // branches): an unselected item adds +0, which leaves every sum but −0 unchanged.
            int mask = selected[i] ? -1 : 0;
            ap += Float.intBitsToFloat(Float.floatToRawIntBits(profit[k]) & mask);
            aw += Float.intBitsToFloat(Float.floatToRawIntBits(weight[k]) & mask);
        }
        profitOut[c] = ap;
        weightOut[c] = aw;
    }

    static long shiftRange(int[] completion, int[] weight, int[] due, int from, int to, int delta) {
        long acc = 0L;
        for (int k = from; k < to; k++) {
            int s = completion[k] - due[k];
            int change = Math.max(0, s + delta) - Math.max(0, s);
            acc += (long) weight[k] * change;
        }
        return acc;
    }

    // ---- argument checks, shared ----

    static void checkEuclidean(float[] x, float[] y, int[] tours, int n, int batch, float[] out) {
        Shapes.sameLength("x", x.length, "y", y.length);
        Shapes.batch("tours", tours.length, n, batch);
        Shapes.out("out", out.length, batch);
    }

    static void checkMatrix(int[] dist, int cities, int[] tours, int n, int batch, long[] out) {
        Shapes.matrix(dist.length, cities);
        Shapes.batch("tours", tours.length, n, batch);
        Shapes.out("out", out.length, batch);
    }

    static void checkTardiness(int[] p, int[] w, int[] d, int[] sequences, int n, int batch, long[] out) {
        Shapes.sameLength("p", p.length, "w", w.length);
        Shapes.sameLength("p", p.length, "d", d.length);
        Shapes.batch("sequences", sequences.length, n, batch);
        Shapes.out("out", out.length, batch);
    }

    static void checkKnapsack(float[] profit, float[] weight, boolean[] selected, int n, int batch,
            float[] profitOut, float[] weightOut) {
        Shapes.items("profit", profit.length, n);
        Shapes.items("weight", weight.length, n);
        Shapes.batch("selected", selected.length, n, batch);
        Shapes.out("profitOut", profitOut.length, batch);
        Shapes.out("weightOut", weightOut.length, batch);
    }

    static void checkShift(int[] completion, int[] weight, int[] due, int from, int to) {
        Shapes.range(completion.length, from, to, "completion");
        Shapes.range(weight.length, from, to, "weight");
        Shapes.range(due.length, from, to, "due");
    }
}
