package dev.gantry.cli;

import dev.gantry.cli.batch.Batch;
import dev.gantry.cli.batch.BatchInputs;
import dev.gantry.cli.batch.BatchProgress;
import dev.gantry.cli.batch.BatchRunner;
import dev.gantry.cli.batch.BatchSummary;
import dev.gantry.cli.batch.ResultsStore;
import dev.gantry.cli.batch.RunRecord;
import dev.gantry.cli.batch.RunSpec;
import dev.gantry.cli.family.UsageException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "batch", mixinStandardHelpOptions = true, description = {
        "Solve many instances, each exactly as 'gantry solve' would (the plan verified), appending one JSON line per run",
        "to the results file; then write a CSV summary and print a table per family.",
        "SOURCE is a folder (every file below it a family recognises) or a list file: one 'INSTANCE [ENGINE|-] [KIND]' per line.",
        "Exit code 0 when the batch completed; the results say which runs failed."})
final class BatchCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SOURCE", description = "a folder of instance files, or a list file")
    Path source;

    @Option(names = "--out", required = true, paramLabel = "RESULTS.jsonl", description = "the results file (one JSON line per run)")
    Path out;

    @Option(names = "--summary", paramLabel = "FILE.csv", description = "the CSV summary (default: the results file with .csv)")
    Path summary;

    @Option(names = "--problem", paramLabel = "KIND", description = "problem kind of every instance (default: detected per file)")
    String problem;

    @Option(names = "--engine", paramLabel = "ENGINE", description = "engine for every run (default: a list line's engine, else the family's default)")
    String engine;

    @Option(names = "--time-limit", paramLabel = "DURATION", converter = DurationConverter.class, defaultValue = "10s",
            description = "limit per run (default: ${DEFAULT-VALUE})")
    Duration timeLimit;

    @Option(names = "--workers-total", paramLabel = "N", description = "solver workers for the whole batch (default: the number of processors)")
    Integer workersTotal;

    @Option(names = "--workers-per-run", paramLabel = "K", defaultValue = "1", description = "solver workers per run (default: ${DEFAULT-VALUE}); N/K runs at a time")
    int workersPerRun;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "random seed of every run (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--isolate", description = "run each solve in a child JVM, so a crash or out-of-memory fails that run only")
    boolean isolate;

    @Option(names = "--resume", description = "keep the results file and skip the runs it already holds (same instance, engine and options)")
    boolean resume;

    @Override
    public Integer call() throws IOException, InterruptedException {
        int total = workersTotal == null ? Runtime.getRuntime().availableProcessors() : workersTotal;
        if (workersPerRun < 1 || total < workersPerRun) {
            throw new UsageException("need 1 <= --workers-per-run (" + workersPerRun + ") <= --workers-total (" + total + ")");
        }
        List<RunSpec> specs = BatchInputs.specs(BatchInputs.read(source, System.err::println), Optional.ofNullable(problem),
                Optional.ofNullable(engine), Optional.of(timeLimit), workersPerRun, seed);
        List<RunRecord> before = resume ? ResultsStore.read(out, System.err::println) : List.of();
        List<RunSpec> pending = Batch.pending(specs, before);
        if (resume) {
            System.err.println("resume: " + (specs.size() - pending.size()) + " of " + specs.size() + " runs already in " + out);
        }
        BatchRunner runner = new BatchRunner(isolate ? BatchRunner.Isolation.CHILD_JVM : BatchRunner.Isolation.IN_PROCESS);
        BatchProgress progress = System.console() != null ? BatchProgress.bar(System.out) : BatchProgress.lines(System.err);
        try (ResultsStore store = ResultsStore.open(out, !resume)) {
            Batch.run(pending, runner, total / workersPerRun, store, progress);
        }
        List<RunRecord> all = ResultsStore.read(out, System.err::println);
        Path csv = summary == null ? BatchSummary.csvBeside(out) : summary;
        BatchSummary.writeCsv(all, csv);
        spec.commandLine().getOut().print(BatchSummary.table(all));
        spec.commandLine().getOut().println("results: " + out + ", summary: " + csv);
        spec.commandLine().getOut().flush();
        return ExitCode.OK.code();
    }
}
