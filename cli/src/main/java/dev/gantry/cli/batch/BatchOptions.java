package dev.gantry.cli.batch;

import dev.gantry.cli.DurationConverter;
import dev.gantry.cli.family.UsageException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The options of a batch and what follows from them, as a picocli mixin: {@code gantry batch} and the Spark job
 * ({@code dev.gantry.spark.SparkBatch}) take the same options and share these steps: the runs, the ones a resumed
 * batch still has to do, the runner, the results store, and the summary at the end.
 */
public final class BatchOptions {
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

    @Option(names = "--workers-per-run", paramLabel = "K",
            description = "solver workers per run (default: 1; on Spark, spark.task.cpus); N/K runs at a time")
    Integer workersPerRun;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "random seed of every run (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--isolate", description = "run each solve in a child JVM, so a crash or out-of-memory fails that run only")
    boolean isolate;

    @Option(names = "--resume", description = "keep the results file and skip the runs it already holds (same instance, engine and options)")
    boolean resume;

    @Option(names = "--reference", paramLabel = "DIR|FILE",
            description = "known optima and bounds for the gaps: a data folder like shared/data, or a bks.json, optimum.csv or optima.csv")
    Path reference;

    /** {@code --workers-total}, when given. */
    public Optional<Integer> workersTotal() {
        return Optional.ofNullable(workersTotal);
    }

    /** {@code --workers-per-run}, when given. */
    public Optional<Integer> workersPerRun() {
        return Optional.ofNullable(workersPerRun);
    }

    public boolean isolate() {
        return isolate;
    }

    public Path out() {
        return out;
    }

    /** A usage error unless {@code 1 <= perRun <= total}: runs of K workers within a budget of N. */
    public static void requireWorkersFit(int perRun, int total) {
        if (perRun < 1 || total < perRun) {
            throw new UsageException("need 1 <= --workers-per-run (" + perRun + ") <= --workers-total (" + total + ")");
        }
    }

    /** The runs, each with {@code workers} solver workers; a usage error for a bad source, kind or engine. */
    public List<RunSpec> specs(int workers) throws IOException {
        if (workers < 1) {
            throw new UsageException("--workers-per-run must be at least 1, got " + workers);
        }
        return BatchInputs.specs(BatchInputs.read(source, System.err::println), Optional.ofNullable(problem), Optional.ofNullable(engine),
                Optional.of(timeLimit), workers, seed);
    }

    /** The runs still to do: all of them, or with {@code --resume} those the results file does not hold yet. */
    public List<RunSpec> pending(List<RunSpec> specs) throws IOException {
        List<RunRecord> before = resume ? ResultsStore.read(out, System.err::println) : List.of();
        List<RunSpec> pending = Batch.pending(specs, before);
        if (resume) {
            System.err.println("resume: " + (specs.size() - pending.size()) + " of " + specs.size() + " runs already in " + out);
        }
        return pending;
    }

    /** The runner these options ask for: in process or isolated, with the {@code --reference} gaps. */
    public BatchRunner runner() throws IOException {
        return new BatchRunner(isolate ? BatchRunner.Isolation.CHILD_JVM : BatchRunner.Isolation.IN_PROCESS,
                reference == null ? References.none() : References.of(reference));
    }

    /** The results file, emptied first unless resuming. */
    public ResultsStore openStore() throws IOException {
        return ResultsStore.open(out, !resume);
    }

    /** Writes the CSV summary of the whole results file and prints the per-family table to {@code table}. */
    public void summarise(PrintWriter table) throws IOException {
        List<RunRecord> all = ResultsStore.read(out, System.err::println);
        Path csv = summary == null ? BatchSummary.csvBeside(out) : summary;
        BatchSummary.writeCsv(all, csv);
        table.print(BatchSummary.table(all));
        table.println("results: " + out + ", summary: " + csv);
        table.flush();
    }
}
