package dev.gantry.bench;

import dev.gantry.cli.bench.DirectCpSatJobShop;
import dev.gantry.instances.SharedData;
import dev.gantry.instances.jobshop.BundledInstances;
import dev.gantry.instances.jobshop.JobShopReader;
import dev.gantry.modeling.api.Backends;
import dev.gantry.modeling.api.SolveOptions;
import dev.gantry.modeling.jobshop.JobShop;
import dev.gantry.modeling.jobshop.JobShopModel;
import dev.gantry.modeling.spi.Backend;
import dev.gantry.modeling.spi.Compiled;
import java.io.IOException;
import java.nio.file.Path;
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
 * The DSL's model-building cost (spec scheduling §7.3, "JSSP, DSL cost"): Gantry's path — job shop → IR → lowering →
 * CP-SAT model — against the same CP-SAT model written directly against the OR-Tools API. Run:
 * {@code java --add-modules jdk.incubator.vector -jar bench/target/benchmarks.jar JobShopBuild}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"--add-modules=jdk.incubator.vector"})
public class JobShopBuildBenchmark {
    /** Bundled names, or paths relative to shared/data/jobshop/instances. */
    @Param({"ft10", "Taillard1993/ta01js.txt", "Taillard1993/ta51js.txt", "Taillard1993/ta71js.txt"})
    public String instance;

    private JobShop shop;
    private Backend cpsat;

    @Setup(Level.Trial)
    public void load() throws IOException {
        cpsat = Backends.get("cpsat");
        cpsat.version(); // loads the native libraries outside the measurement
        if (BundledInstances.names().contains(instance)) {
            shop = BundledInstances.jobShop(instance).orElseThrow();
        } else {
            Path root = SharedData.root().orElseThrow(() -> new IllegalStateException("benchmark data not found: " + SharedData.howToProvide()));
            shop = JobShopReader.read(root.resolve("jobshop/instances").resolve(instance));
        }
    }

    @Benchmark
    public Compiled gantry() {
        return cpsat.compile(JobShopModel.compile(shop).model(), SolveOptions.defaults());
    }

    @Benchmark
    public Object direct() {
        return DirectCpSatJobShop.build(shop);
    }
}
