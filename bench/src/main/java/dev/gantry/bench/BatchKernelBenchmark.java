package dev.gantry.bench;

import dev.gantry.metaheuristics.kernel.BatchKernel;
import dev.gantry.metaheuristics.kernel.BatchKernels;
import dev.gantry.metaheuristics.sa.Permutations;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Vector API batch kernel against its scalar twin in the same run (spec metaheuristics §4). One operation is
 * one kernel call on a batch of {@value #BATCH} candidates (or, for {@code shiftDelta}, one segment of {@code n}
 * positions). {@code kernel=simd} fails the trial if this JVM would fall back to scalar, so the two are never the
 * same code. Sizes straddle the caches: tours of n cities stream {@code 4·n·64} bytes of city indices (25 KB,
 * 256 KB, 2.5 MB) against coordinate arrays of 8·n bytes; the int matrix is 40 KB (n=100) or 4 MB (n=1000).
 *
 * <p>Commands and results: see bench/README.md. A command-line {@code -jvmArgsAppend} replaces the annotation's
 * value, so it must repeat {@code --add-modules=jdk.incubator.vector}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
public class BatchKernelBenchmark {
    /** Candidates per call: four 512-bit vectors of 32-bit lanes. */
    public static final int BATCH = 64;

    static BatchKernel kernel(String name) {
        switch (name) {
            case "scalar":
                return BatchKernels.scalar();
            case "simd":
                BatchKernel best = BatchKernels.best();
                if (!best.name().startsWith("simd")) {
                    throw new IllegalStateException("the Vector API kernel is unavailable in this JVM (see the log line)");
                }
                return best;
            default:
                throw new IllegalArgumentException(name);
        }
    }


    @State(Scope.Thread)
    public static class EuclideanTours {
        @Param({"simd", "scalar"})
        public String kernel;
        @Param({"100", "1000", "10000"})
        public int n;

        BatchKernel k;
        float[] x;
        float[] y;
        int[] tours;
        final float[] out = new float[BATCH];

        @Setup(Level.Trial)
        public void setUp() {
            k = kernel(kernel);
            SplittableRandom r = new SplittableRandom(n);
            x = new float[n];
            y = new float[n];
            for (int i = 0; i < n; i++) {
                x[i] = (float) r.nextDouble();
                y[i] = (float) r.nextDouble();
            }
            tours = Permutations.randomBatch(n, BATCH, r);
        }
    }

    @State(Scope.Thread)
    public static class MatrixTours {
        @Param({"simd", "scalar"})
        public String kernel;
        @Param({"100", "1000"})
        public int n;

        BatchKernel k;
        int[] dist;
        int[] tours;
        final long[] out = new long[BATCH];

        @Setup(Level.Trial)
        public void setUp() {
            k = kernel(kernel);
            SplittableRandom r = new SplittableRandom(n);
            dist = new int[n * n];
            for (int i = 0; i < dist.length; i++) {
                dist[i] = r.nextInt(1, 100_000);
            }
            tours = Permutations.randomBatch(n, BATCH, r);
        }
    }

    @State(Scope.Thread)
    public static class Tardiness {
        @Param({"simd", "scalar"})
        public String kernel;
        @Param({"100", "1000"})
        public int n;

        BatchKernel k;
        int[] p;
        int[] w;
        int[] d;
        int[] sequences;
        final long[] out = new long[BATCH];

        @Setup(Level.Trial)
        public void setUp() {
            k = kernel(kernel);
            // ORLIB wt-like: p in 1..100, w in 1..10, due dates spread over the horizon
            SplittableRandom r = new SplittableRandom(n);
            p = new int[n];
            w = new int[n];
            d = new int[n];
            for (int j = 0; j < n; j++) {
                p[j] = r.nextInt(1, 101);
                w[j] = r.nextInt(1, 11);
                d[j] = r.nextInt(0, 50 * n);
            }
            sequences = Permutations.randomBatch(n, BATCH, r);
        }
    }

    @State(Scope.Thread)
    public static class Knapsack {
        @Param({"simd", "scalar"})
        public String kernel;
        @Param({"100", "1000", "10000"})
        public int n;

        BatchKernel k;
        float[] profit;
        float[] weight;
        boolean[] selected;
        final float[] profitOut = new float[BATCH];
        final float[] weightOut = new float[BATCH];

        @Setup(Level.Trial)
        public void setUp() {
            k = kernel(kernel);
            SplittableRandom r = new SplittableRandom(n);
            profit = new float[n];
            weight = new float[n];
            for (int i = 0; i < n; i++) {
                profit[i] = (float) r.nextDouble();
                weight[i] = (float) r.nextDouble();
            }
            selected = new boolean[n * BATCH];
            for (int i = 0; i < selected.length; i++) {
                selected[i] = r.nextBoolean();
            }
        }
    }

    @State(Scope.Thread)
    public static class Shift {
        @Param({"simd", "scalar"})
        public String kernel;
        /** Segment length; SA insert moves on wt40/wt50 shift segments of about 15–35 positions. */
        @Param({"32", "100", "1000"})
        public int n;

        BatchKernel k;
        int[] completion;
        int[] weight;
        int[] due;
        int delta;

        @Setup(Level.Trial)
        public void setUp() {
            k = kernel(kernel);
            SplittableRandom r = new SplittableRandom(n);
            completion = new int[n];
            weight = new int[n];
            due = new int[n];
            int t = 0;
            for (int i = 0; i < n; i++) {
                t += r.nextInt(1, 101);
                completion[i] = t;
                weight[i] = r.nextInt(1, 11);
                due[i] = r.nextInt(0, 50 * n);
            }
            delta = 57;
        }
    }

    @Benchmark
    public float[] euclideanTour(EuclideanTours s) {
        s.k.euclideanTourLengths(s.x, s.y, s.tours, s.n, BATCH, s.out);
        return s.out;
    }

    @Benchmark
    public long[] matrixTour(MatrixTours s) {
        s.k.matrixTourLengths(s.dist, s.n, s.tours, s.n, BATCH, s.out);
        return s.out;
    }

    @Benchmark
    public long[] weightedTardiness(Tardiness s) {
        s.k.weightedTardiness(s.p, s.w, s.d, s.sequences, s.n, BATCH, s.out);
        return s.out;
    }

    @Benchmark
    public float[] knapsack(Knapsack s) {
        s.k.knapsackSums(s.profit, s.weight, s.selected, s.n, BATCH, s.profitOut, s.weightOut);
        return s.profitOut;
    }

    @Benchmark
    public long shiftDelta(Shift s) {
        return s.k.shiftedTardinessDelta(s.completion, s.weight, s.due, 0, s.n, s.delta);
    }
}
