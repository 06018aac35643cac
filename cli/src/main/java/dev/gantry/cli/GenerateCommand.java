package dev.gantry.cli;

import dev.gantry.cli.family.UsageException;
import dev.gantry.instances.jobshop.JobShopWriter;
import dev.gantry.instances.jobshop.TaillardGenerator;
import dev.gantry.instances.jobshop.TaillardSeeds;
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
        "instance from its seeds, or give --jobs, --machines, --time-seed and --machine-seed."})
final class GenerateCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND", description = "jobshop")
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

    @Option(names = "--out", paramLabel = "FILE", description = "write here instead of stdout")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (!"jobshop".equals(kind)) {
            throw new UsageException("no generator for '" + kind + "'; available: jobshop");
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
}
