package dev.gantry.cli;

import dev.gantry.cli.evaluate.JobShopEvaluation;
import dev.gantry.cli.evaluate.SmttEvaluation;
import dev.gantry.cli.family.PluginClass;
import dev.gantry.cli.family.UsageException;
import dev.gantry.heuristics.evaluation.EvaluationReport;
import dev.gantry.heuristics.jobshop.DispatchingHeuristics;
import dev.gantry.heuristics.smtt.SequencingHeuristic;
import dev.gantry.heuristics.smtt.SmttHeuristics;
import dev.gantry.instances.SharedData;
import dev.gantry.modeling.jobshop.JobShopHeuristic;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "evaluate", mixinStandardHelpOptions = true, description = {
        "Run one constructive heuristic, Gantry's or a plug-in, over a set of instances; verify every solution",
        "independently and print its gaps to the proven optima or best-known values, per instance, per group and overall.",
        "jobshop: references from bks.json, groups by size (15x15); smtt: stored optima, groups n=20, n=100, wt40, wt50.",
        "Exit code 5 when a solution fails verification."})
final class EvaluateCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--problem", paramLabel = "KIND", required = true, description = "jobshop or smtt")
    String problem;

    @Option(names = "--heuristic", paramLabel = "ID", description = "one of Gantry's heuristics (jobshop: spt, fifo, mwkr, mopnr, "
            + "fdd-mwkr, learned; smtt: edd, mdd, eddc, mddc, augmented-mdd, augmented-mddc, psk, panneerselvam)")
    String heuristic;

    @Mixin
    PluginOptions plugin;

    @Option(names = "--set", paramLabel = "LIST", description = {"jobshop: families (ta), names (ft06), ranges (ta01-ta10), sizes (15x15, "
            + "ta:15x15) or instance files; default: " + JobShopEvaluation.DEFAULT_SET + " (ta01-ta80)",
            "smtt: smtt_n20_800, smtt_n100_200, wt40, wt50 or .jsonl files with optima; default: " + SmttEvaluation.DEFAULT_SET})
    String set;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "jobshop: the seed randomised heuristics draw from (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--data", paramLabel = "DIR", description = "the shared data folder (default: found as the tests find it)")
    Path data;

    @Option(names = "--json", description = "print the report as one JSON object on stdout instead of the table")
    boolean json;

    @Override
    public Integer call() throws IOException {
        Optional<PluginClass> pluginClass = plugin.pluginClass();
        if ((heuristic == null) == pluginClass.isEmpty()) {
            throw new UsageException("name the heuristic: --heuristic ID, or --plugin-jar FILE --plugin-class NAME (not both)");
        }
        Path root = data != null ? data : SharedData.root().orElseThrow(() -> new UsageException(
                "evaluation data not found: pass --data DIR or " + SharedData.howToProvide()));
        EvaluationReport report = switch (problem) {
            case "jobshop" -> {
                JobShopHeuristic h = pluginClass.isPresent() ? pluginClass.get().load(JobShopHeuristic.class) : known(() ->
                        DispatchingHeuristics.byId(heuristic));
                yield JobShopEvaluation.run(h, JobShopEvaluation.cases(root, set == null ? JobShopEvaluation.DEFAULT_SET : set), seed);
            }
            case "smtt" -> {
                SequencingHeuristic h = pluginClass.isPresent() ? pluginClass.get().load(SequencingHeuristic.class) : known(() ->
                        SmttHeuristics.byId(heuristic));
                yield SmttEvaluation.run(h, SmttEvaluation.cases(root, set == null ? SmttEvaluation.DEFAULT_SET : set));
            }
            default -> throw new UsageException("evaluate takes --problem jobshop or smtt, got '" + problem + "'");
        };
        if (json) {
            spec.commandLine().getOut().println(Json.line(report));
        } else {
            spec.commandLine().getOut().print(report.table());
            spec.commandLine().getOut().flush();
        }
        return report.allVerified() ? ExitCode.OK.code() : ExitCode.VIOLATIONS.code();
    }

    /** Gantry's heuristic by id; an unknown id is the user's to fix. */
    private static <T> T known(java.util.function.Supplier<T> byId) {
        try {
            return byId.get();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
