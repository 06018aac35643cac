package dev.gantry.bench;

import dev.gantry.metaheuristics.kernel.BatchKernel;
import dev.gantry.metaheuristics.kernel.BatchKernels;
import dev.gantry.metaheuristics.sa.AnnealingConfig;
import dev.gantry.metaheuristics.sa.AnnealingResult;
import dev.gantry.metaheuristics.sa.Annealer;
import dev.gantry.metaheuristics.sa.Start;
import dev.gantry.metaheuristics.sa.Temperatures;
import dev.gantry.metaheuristics.sa.Termination;
import dev.gantry.metaheuristics.smtt.TardinessAnnealing;
import dev.gantry.modeling.smtt.JobSequence;
import dev.gantry.modeling.smtt.SingleMachineTardiness;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine-level effect of the SIMD kernel: proposals per second of the single-machine weighted-tardiness
 * annealer, whose every move sums a shifted segment, with the SIMD kernel and with its scalar twin, in the same
 * run. Scores are proposals per second.
 * {@code java --add-modules jdk.incubator.vector -jar bench/target/benchmarks.jar TardinessAnnealing}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"--add-modules=jdk.incubator.vector"})
public class TardinessAnnealingBenchmark {
    private static final int PROPOSALS = 200_000;

    @Param({"100", "1000"})
    public int jobs;

    @Param({"simd", "scalar"})
    public String kernel;

    private TardinessAnnealing problem;
    private AnnealingConfig config;

    @Setup
    public void setUp() {
        SplittableRandom r = new SplittableRandom(42);
        int[] p = new int[jobs];
        int[] w = new int[jobs];
        int[] d = new int[jobs];
        int total = 0;
        for (int j = 0; j < jobs; j++) {
            p[j] = 1 + r.nextInt(100);
            w[j] = 1 + r.nextInt(10);
            total += p[j];
        }
        for (int j = 0; j < jobs; j++) {
            d[j] = r.nextInt(total / 2 + 1); // tardiness factor about 0.75: most jobs late, the hard middle of the classes
        }
        SingleMachineTardiness instance = new SingleMachineTardiness("bench" + jobs, p, w, d);
        BatchKernel chosen = kernel.equals("simd") ? BatchKernels.best() : BatchKernels.scalar();
        problem = new TardinessAnnealing(instance, chosen::shiftedTardinessDelta);
        // fixed temperatures: no calibration inside the measured call; the run covers the whole cooling curve
        config = AnnealingConfig.builder(Termination.proposals(PROPOSALS)).start(Start.CONSTRUCTIVE)
                .temperatures(new Temperatures.Fixed(1000, 1)).seed(7).build();
    }

    @Benchmark
    @OperationsPerInvocation(PROPOSALS)
    public double anneal() {
        AnnealingResult<JobSequence> r = Annealer.run(problem, config);
        return r.bestObjective();
    }
}
