package dev.gantry.cli;

import dev.gantry.cli.batch.Batch;
import dev.gantry.cli.batch.BatchOptions;
import dev.gantry.cli.batch.BatchProgress;
import dev.gantry.cli.batch.BatchRunner;
import dev.gantry.cli.batch.ResultsStore;
import dev.gantry.cli.batch.RunSpec;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

@Command(name = "batch", mixinStandardHelpOptions = true, description = {
        "Solve many instances, each exactly as 'gantry solve' would (the plan verified), appending one JSON line per run",
        "to the results file; then write a CSV summary and print a table per family.",
        "SOURCE is a folder (every file below it a family recognises) or a list file: one 'INSTANCE [ENGINE|-] [KIND]' per line.",
        "Exit code 0 when the batch completed; the results say which runs failed."})
final class BatchCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    BatchOptions options;

    @Override
    public Integer call() throws IOException, InterruptedException {
        int total = options.workersTotal().orElse(Runtime.getRuntime().availableProcessors());
        int perRun = options.workersPerRun().orElse(1);
        BatchOptions.requireWorkersFit(perRun, total);
        List<RunSpec> pending = options.pending(options.specs(perRun));
        BatchRunner runner = options.runner(); // reads the references: bad input fails before the results file is opened
        try (ResultsStore store = options.openStore()) {
            Batch.run(pending, runner, total / perRun, store, BatchProgress.forConsole());
        }
        options.summarise(spec.commandLine().getOut());
        return ExitCode.OK.code();
    }
}
