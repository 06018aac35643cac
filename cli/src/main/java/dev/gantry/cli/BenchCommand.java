package dev.gantry.cli;

import dev.gantry.cli.bench.DagBench;
import dev.gantry.cli.bench.HybridBench;
import dev.gantry.cli.bench.JobShopBench;
import dev.gantry.cli.bench.NeuralSaBench;
import dev.gantry.cli.bench.PackingBench;
import dev.gantry.cli.bench.QuantumBench;
import dev.gantry.cli.bench.QuantumSurfnetBench;
import dev.gantry.cli.bench.RcpspBench;
import dev.gantry.cli.bench.TravelBench;
import dev.gantry.cli.smtt.SmttEngines;
import dev.gantry.instances.smtt.SmttCase;
import dev.gantry.instances.smtt.SmttGenerator;
import dev.gantry.instances.smtt.SmttJsonWriter;
import dev.gantry.cli.bench.TspBench;
import dev.gantry.cli.family.UsageException;
import dev.gantry.instances.SharedData;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true, description = {
        "Benchmark tables of the specs, every baseline measured in the same run.",
        "jobshop: Gantry's CP-SAT model against a plain CP-SAT model written directly against the OR-Tools API;",
        "  results, gaps to bks.json, build times.",
        "tsp: Gantry's SA over several seeds against Timefold and JGraphT on the TSPLIB instances, one thread each.",
        "neural-sa: the Neural SA paper's distributions: vanilla replica, Gantry at the paper's budgets, references.",
        "knapsack: the exact path and SA on every staged instance. binpack: problems packed into L1 bins by SA.",
        "smtt: the tardiness rules (EDD … MDDC), SA and the exact and local engines on the staged sets, beside the paper.",
        "hybrid: the job-shop hybrid (dispatch, then CP-SAT on time windows) against plain CP-SAT at the same limit, on",
        "  Taillard instances (--set, default ta51-ta80) and --generate K instances of Taillard's generator (--size 1000x20).",
        "dag: HEFT against CP-SAT's optimum or bound on --count seeded random DAGs (--tasks, --processors; seeds --seed ...).",
        "rcpsp: CP-SAT hinted with the best SGS schedule on a PSPLIB set (--set j30 or j120, --limit K for the first K),",
        "  beside the LFT serial and parallel SGS: # at the optimum or UB*, mean deviation from UB* and from the critical path.",
        "quantum: the three [LS] schedulers, cpsat-rigid and cpsat-flexible on the staged instances: accepted, throughput,",
        "  max response, max jitter, time, status, proven stages against the rigid optima of spec quantum §3.1; all verified.",
        "quantum-surfnet: synthetic workloads on SURFnet (--fidelity, --load lists, --seed), protocols built, then the",
        "  three [LS] schedulers: accepted, ebit/s, max response, jitter, time, verified.",
        "travel: the nine example queries and the three validation rows (reference mode, cheapest): build and solve time",
        "  (median and max of --repeats runs after a warm-up), cost, status, strict and compat verdicts."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SUITE", description = "jobshop, hybrid, tsp, neural-sa, knapsack, binpack, smtt, dag, rcpsp, quantum, quantum-surfnet or travel")
    String suite;

    @Option(names = "--set", paramLabel = "LIST", description = {"jobshop: families (ft, la, abz, orb, swv, yn, ta), names (ft10) or ranges "
            + "(ta01-ta10); default: ft,la,abz,orb,ta01-ta10", "tsp: instance names; default: every instance of tsp/optima.csv",
            "binpack: OR-Library files; default: binpack1,binpack2 (u120, u250)", "rcpsp: j30 (default) or j120"})
    String set;

    @Option(names = "--limit", paramLabel = "K", defaultValue = "0", description = "rcpsp: only the first K instances of the set (default: all)")
    int limitInstances;

    @Option(names = "--seeds", paramLabel = "K", defaultValue = "5", description = "tsp: SA seeds per instance (default: ${DEFAULT-VALUE})")
    int seeds;

    @Option(names = "--instances", paramLabel = "K", defaultValue = "100",
            description = "neural-sa: generated instances per size (default: ${DEFAULT-VALUE}; the paper used 1000-10000)")
    int instances;

    @Option(names = "--multiplier", paramLabel = "M", defaultValue = "10",
            description = "neural-sa: budget K = M·N, or M·N² for the TSP (default: ${DEFAULT-VALUE})")
    int multiplier;

    @Option(names = "--proposals", paramLabel = "K", defaultValue = "1000000",
            description = "knapsack: SA proposal budget per instance (default: ${DEFAULT-VALUE})")
    long proposals;

    @Option(names = "--generate", paramLabel = "FLAVOUR", description = {"smtt: run on generated instances instead (PAPER, SDT, ORLIB)",
            "hybrid: how many generated instances to add (a count)"})
    String generate;

    @Option(names = "--size", paramLabel = "NxM", defaultValue = "1000x20", description = "hybrid: jobs x machines of generated instances "
            + "(default: ${DEFAULT-VALUE})")
    String size;

    @Option(names = "--n", paramLabel = "N", defaultValue = "500", description = "smtt --generate: jobs per instance (default: ${DEFAULT-VALUE})")
    int jobs;

    @Option(names = "--per-class", paramLabel = "K", defaultValue = "10", description = "smtt --generate: instances per class (default: ${DEFAULT-VALUE})")
    int perClass;

    @Option(names = "--count", paramLabel = "K", defaultValue = "100", description = "dag: random DAGs (default: ${DEFAULT-VALUE})")
    int count;

    @Option(names = "--tasks", paramLabel = "V", defaultValue = "25", description = "dag: tasks per DAG (default: ${DEFAULT-VALUE})")
    int tasks;

    @Option(names = "--processors", paramLabel = "Q", defaultValue = "3", description = "dag: processors (default: ${DEFAULT-VALUE})")
    int processors;

    @Option(names = "--out", paramLabel = "FILE", description = "smtt --generate: also write the instances as JSON lines")
    Path out;

    @Option(names = "--problems", paramLabel = "LIST", defaultValue = "knapsack,binpack,tsp",
            description = "neural-sa: which distributions (default: ${DEFAULT-VALUE})")
    String problems;

    @Option(names = "--time-limit", paramLabel = "DURATION", defaultValue = "10s", converter = DurationConverter.class,
            description = "per solve (default: ${DEFAULT-VALUE})")
    Duration timeLimit;

    @Option(names = "--workers", paramLabel = "N", defaultValue = "2", description = "CP-SAT workers (default: ${DEFAULT-VALUE})")
    int workers;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1")
    long seed;

    @Option(names = "--repeats", paramLabel = "R", defaultValue = "5",
            description = "travel: timed runs per query after one warm-up; median and max reported (default: ${DEFAULT-VALUE})")
    int repeats;

    @Option(names = "--build-repeats", paramLabel = "R", defaultValue = "21",
            description = "model builds per instance; the median is reported (default: ${DEFAULT-VALUE})")
    int buildRepeats;

    @Option(names = "--data", paramLabel = "DIR", description = "the shared data folder (default: found as the tests find it)")
    Path data;

    @Option(names = "--fidelity", paramLabel = "LIST", split = ",", defaultValue = "0.98,0.99",
            description = "quantum-surfnet: F_min values (default: ${DEFAULT-VALUE})")
    List<Double> fidelities;

    @Option(names = "--load", paramLabel = "LIST", split = ",", defaultValue = "10,50",
            description = "quantum-surfnet: target loads in ebit/s (default: ${DEFAULT-VALUE})")
    List<Double> loads;

    @Option(names = "--csv", paramLabel = "FILE", description = "also write the per-instance rows as CSV")
    Path csv;

    @Override
    public Integer call() throws IOException {
        if (!List.of("jobshop", "hybrid", "tsp", "neural-sa", "knapsack", "binpack", "smtt", "dag", "rcpsp", "quantum", "quantum-surfnet", "travel").contains(suite)) {
            throw new UsageException("no benchmark suite '" + suite + "'; available: jobshop, hybrid, tsp, neural-sa, knapsack, binpack, smtt, dag, rcpsp, "
                    + "quantum, quantum-surfnet, travel");
        }
        if (workers < 1 || buildRepeats < 1 || repeats < 1 || seeds < 1 || instances < 1 || multiplier < 1 || limitInstances < 0) {
            throw new UsageException("--workers, --repeats, --build-repeats, --seeds, --instances and --multiplier must be at least 1, --limit at least 0");
        }
        if ("smtt".equals(suite) && generate != null) {
            SmttGenerator.Flavour flavour;
            try {
                flavour = SmttGenerator.Flavour.valueOf(generate.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--generate takes PAPER, SDT or ORLIB, got " + generate);
            }
            if (jobs < 1 || perClass < 1) {
                throw new UsageException("--n and --per-class must be at least 1");
            }
            List<SmttCase> cases = SmttGenerator.generate(flavour, jobs, perClass, seed);
            if (out != null) {
                java.nio.file.Files.writeString(out, SmttJsonWriter.lines(cases, seed, flavour.name()));
            }
            SmttEngines.generatedBench(spec.commandLine().getOut(), timeLimit).runGenerated(cases, perClass);
            return ExitCode.OK.code();
        }
        if ("dag".equals(suite)) {
            if (count < 1 || tasks < 1 || processors < 1) {
                throw new UsageException("--count, --tasks and --processors must be at least 1");
            }
            new DagBench(dev.gantry.instances.dag.DagGenerator.Parameters.of(tasks, processors), timeLimit, workers, seed,
                    spec.commandLine().getOut()).run(count, csv);
            return ExitCode.OK.code();
        }
        if ("neural-sa".equals(suite)) {
            List<String> chosen = List.of(problems.split(","));
            if (!List.of("knapsack", "binpack", "tsp").containsAll(chosen)) {
                throw new UsageException("--problems takes knapsack, binpack and tsp, got " + problems);
            }
            new NeuralSaBench(instances, multiplier, spec.commandLine().getOut()).run(chosen);
            return ExitCode.OK.code();
        }
        Path root = data != null ? data : SharedData.root().orElseThrow(() -> new UsageException(
                "benchmark data not found: pass --data DIR or " + SharedData.howToProvide()));
        if ("quantum-surfnet".equals(suite)) {
            if (fidelities.stream().anyMatch(f -> !(f > 0.5 && f <= 1)) || loads.stream().anyMatch(l -> !(l > 0))) {
                throw new UsageException("--fidelity values must be in (0.5, 1] and --load values positive");
            }
            new QuantumSurfnetBench(root, spec.commandLine().getOut()).run(fidelities, loads, seed);
        } else if ("hybrid".equals(suite)) {
            hybrid(root);
        } else if ("travel".equals(suite)) {
            new TravelBench(root, timeLimit, workers, repeats, spec.commandLine().getOut()).run();
        } else if ("quantum".equals(suite)) {
            new QuantumBench(root, timeLimit, workers, seed, spec.commandLine().getOut()).run();
        } else if ("rcpsp".equals(suite)) {
            new RcpspBench(root, timeLimit, workers, seed, spec.commandLine().getOut()).run(set == null ? "j30" : set, limitInstances);
        } else if ("tsp".equals(suite)) {
            new TspBench(root, timeLimit, seeds, spec.commandLine().getOut()).run(set);
        } else if ("smtt".equals(suite)) {
            SmttEngines.bench(root, spec.commandLine().getOut()).run();

        } else if ("knapsack".equals(suite)) {
            new PackingBench(root, timeLimit, proposals, spec.commandLine().getOut()).knapsack();
        } else if ("binpack".equals(suite)) {
            new PackingBench(root, timeLimit, proposals, spec.commandLine().getOut()).binPacking(List.of((set == null ? "binpack1,binpack2" : set)
                    .split(",")));
        } else {
            new JobShopBench(root, timeLimit, workers, seed, buildRepeats, spec.commandLine().getOut(), csv)
                    .run(set == null ? "ft,la,abz,orb,ta01-ta10" : set);
        }
        return ExitCode.OK.code();
    }

    private void hybrid(Path root) throws IOException {
        int count;
        try {
            count = generate == null ? 0 : Integer.parseInt(generate);
        } catch (NumberFormatException e) {
            throw new UsageException("hybrid --generate takes a count of instances, got " + generate);
        }
        if (count < 0 || !size.matches("\\d+x\\d+")) {
            throw new UsageException("hybrid needs --generate K >= 0 and --size like 1000x20, got " + generate + " and " + size);
        }
        String[] nm = size.split("x");
        new HybridBench(root, timeLimit, workers, seed, spec.commandLine().getOut())
                .run(set == null ? "ta51-ta80" : set, count, Integer.parseInt(nm[0]), Integer.parseInt(nm[1]));
    }
}
