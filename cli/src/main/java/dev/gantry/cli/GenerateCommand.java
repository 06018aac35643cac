package dev.gantry.cli;

import dev.gantry.cli.family.UsageException;
import dev.gantry.cli.quantum.QuantumGenerate;
import dev.gantry.instances.dag.CanonicalDag;
import dev.gantry.instances.dag.DagGenerator;
import dev.gantry.instances.dag.DagWriter;
import dev.gantry.instances.jobshop.JobShopWriter;
import dev.gantry.instances.jobshop.TaillardGenerator;
import dev.gantry.instances.jobshop.TaillardSeeds;
import dev.gantry.modeling.dag.Dag;
import dev.gantry.modeling.jobshop.JobShop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "generate", mixinStandardHelpOptions = true, description = {
        "Seeded instance generators. jobshop: Taillard's (1993) generator; --taillard taNN regenerates a published",
        "instance from its seeds, or give --jobs, --machines, --time-seed and --machine-seed.",
        "dag: seeded random layered DAGs after the HEFT paper (--tasks, --processors, --seed, and optionally --shape,",
        "--density, --ccr, --heterogeneity, --mean-cost), or --canonical for the paper's 10-task example; gantry-dag JSON.",
        "quantum: a synthetic entanglement workload (--topology star|H|line|symm|surfnet, --fidelity F, --load L ebit/s,",
        "--seed S) with its protocols built, as a qnet-periodic-sched/v1 instance."})
final class GenerateCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND", description = "jobshop, dag or quantum")
    String kind;

    @Option(names = "--taillard", paramLabel = "taNN", description = "a published Taillard instance, ta01..ta80")
    String taillard;

    @Option(names = "--jobs", paramLabel = "N")
    Integer jobs;

    @Option(names = "--machines", paramLabel = "M")
    Integer machines;

    @Option(names = "--time-seed", paramLabel = "T")
    Long timeSeed;

    @Option(names = "--machine-seed", paramLabel = "S")
    Long machineSeed;

    @Option(names = "--tasks", paramLabel = "V", description = "dag: number of tasks")
    Integer tasks;

    @Option(names = "--processors", paramLabel = "Q", description = "dag: number of processors")
    Integer processors;

    @Option(names = "--seed", paramLabel = "S", description = "dag, quantum: the generator's seed")
    Long seed;

    @Option(names = "--shape", paramLabel = "ALPHA", defaultValue = "1.0", description = "dag: about sqrt(v)/alpha levels (default: ${DEFAULT-VALUE})")
    double shape;

    @Option(names = "--density", paramLabel = "P", defaultValue = "0.3", description = "dag: edge probability between consecutive levels (default: ${DEFAULT-VALUE})")
    double density;

    @Option(names = "--ccr", paramLabel = "R", defaultValue = "1.0", description = "dag: communication-to-computation ratio (default: ${DEFAULT-VALUE})")
    double ccr;

    @Option(names = "--heterogeneity", paramLabel = "BETA", defaultValue = "1.0", description = "dag: processor heterogeneity in [0, 2) (default: ${DEFAULT-VALUE})")
    double heterogeneity;

    @Option(names = "--mean-cost", paramLabel = "W", defaultValue = "20", description = "dag: mean execution cost (default: ${DEFAULT-VALUE})")
    long meanCost;

    @Option(names = "--topology", paramLabel = "NAME", description = "quantum: star, H, line, symm or surfnet")
    String topology;

    @Option(names = "--fidelity", paramLabel = "F", description = "quantum: the minimum fidelity of every demand")
    Double fidelity;

    @Option(names = "--load", paramLabel = "L", description = "quantum: the target load in ebit/s")
    Double load;

    @Option(names = "--topologies", paramLabel = "FILE", description = "quantum: topologies_derived.json (default: from the shared data)")
    Path topologies;

    @Option(names = "--canonical", description = "dag: the canonical example of Topcuoglu et al. (2002)")
    boolean canonical;

    @Option(names = "--out", paramLabel = "FILE", description = "write here instead of stdout")
    Path out;

    @Override
    public Integer call() throws IOException {
        if ("dag".equals(kind)) {
            return dag();
        }
        if ("quantum".equals(kind)) {
            QuantumGenerate.run(topology, fidelity, load, seed, topologies, out, spec.commandLine().getOut());
            return ExitCode.OK.code();
        }
        if (!"jobshop".equals(kind)) {
            throw new UsageException("no generator for '" + kind + "'; available: jobshop, dag, quantum");
        }
        JobShop shop;
        if (taillard != null) {
            shop = TaillardGenerator.generate(TaillardSeeds.byName(taillard)
                    .orElseThrow(() -> new UsageException("unknown Taillard instance '" + taillard + "'; use ta01..ta80")));
        } else {
            if (jobs == null || machines == null || timeSeed == null || machineSeed == null) {
                throw new UsageException("give --taillard taNN, or all of --jobs, --machines, --time-seed and --machine-seed");
            }
            try {
                shop = TaillardGenerator.generate(jobs, machines, timeSeed, machineSeed);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
        if (out == null) {
            spec.commandLine().getOut().print(JobShopWriter.write(shop));
            spec.commandLine().getOut().flush();
        } else {
            JobShopWriter.write(shop, out);
            System.err.println("wrote " + shop.name() + " (" + shop.jobCount() + " jobs, " + shop.machineCount() + " machines) to " + out);
        }
        return ExitCode.OK.code();
    }

    private int dag() throws IOException {
        Dag dag;
        if (canonical) {
            dag = CanonicalDag.topcuoglu2002();
        } else {
            if (tasks == null || processors == null || seed == null) {
                throw new UsageException("give --canonical, or all of --tasks, --processors and --seed");
            }
            try {
                dag = DagGenerator.generate(new DagGenerator.Parameters(tasks, processors, shape, density, ccr, heterogeneity, meanCost), seed);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
        if (out == null) {
            spec.commandLine().getOut().print(DagWriter.write(dag));
            spec.commandLine().getOut().flush();
        } else {
            DagWriter.write(dag, out);
            System.err.println("wrote " + dag.name() + " (" + dag.taskCount() + " tasks, " + dag.processorCount() + " processors, "
                    + dag.edges().size() + " edges) to " + out);
        }
        return ExitCode.OK.code();
    }
}
