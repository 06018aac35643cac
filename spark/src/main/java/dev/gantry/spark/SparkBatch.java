package dev.gantry.spark;

import dev.gantry.cli.ExitCode;
import dev.gantry.cli.Main;
import dev.gantry.cli.batch.BatchOptions;
import dev.gantry.cli.batch.BatchProgress;
import dev.gantry.cli.batch.BatchRunner;
import dev.gantry.cli.batch.ResultsStore;
import dev.gantry.cli.batch.RunRecord;
import dev.gantry.cli.batch.RunSpec;
import dev.gantry.cli.family.UsageException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import scala.reflect.ClassTag$;
import scala.runtime.AbstractFunction2;
import scala.runtime.BoxedUnit;

/**
 * {@code gantry batch} as a Spark job: the same options, runs and results file, with the runs spread over the
 * executors, one partition per run. Each executor solves with the runner a local batch uses ({@link RunPartition});
 * the driver appends each record to the results store as its task finishes, so a killed driver loses at most the runs
 * in flight and {@code --resume} skips the rest. CP-SAT workers per run are the task's cores: {@code spark.task.cpus},
 * which {@code --workers-per-run} sets when the configuration does not. Without a {@code spark.master} (not under
 * {@code spark-submit}) the job runs embedded on {@code local[N]}, N being {@code --workers-total} or every core.
 */
@Command(name = "dev.gantry.spark.SparkBatch", mixinStandardHelpOptions = true, description = {
        "gantry batch on Apache Spark: the same options and results file; runs spread over the executors.",
        "Without spark.master (outside spark-submit) it runs embedded on local[N], N = --workers-total or every core.",
        "--workers-per-run is spark.task.cpus. --isolate is not supported (a crashed executor's task is retried by Spark)."})
public final class SparkBatch implements Callable<Integer> {
    private static final String MASTER = "spark.master";
    private static final String TASK_CPUS = "spark.task.cpus";

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    BatchOptions options;

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the job with the CLI's error contract and returns the exit code (tests call this in-process). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return Main.execute(new CommandLine(new SparkBatch()), args, out, err);
    }

    @Override
    public Integer call() throws IOException {
        if (options.isolate()) {
            throw new UsageException("--isolate is for the local batch; on Spark a run that crashes its executor fails its task, "
                    + "which Spark retries (spark.task.maxFailures)");
        }
        SparkConf conf = new SparkConf().setIfMissing("spark.app.name", "gantry batch"); // reads the spark.* properties spark-submit sets
        boolean embedded = !conf.contains(MASTER);
        Optional<Integer> taskCpus = conf.contains(TASK_CPUS) ? Optional.of(conf.getInt(TASK_CPUS, 1)) : Optional.empty();
        int perRun = options.workersPerRun().or(() -> taskCpus).orElse(1);
        if (taskCpus.isPresent() && taskCpus.get() != perRun) {
            throw new UsageException("--workers-per-run " + perRun + " differs from " + TASK_CPUS + "=" + taskCpus.get()
                    + "; a run's CP-SAT workers are its task's cores, so give one of the two");
        }
        conf.set(TASK_CPUS, Integer.toString(perRun));
        if (embedded) {
            int cores = options.workersTotal().orElse(Runtime.getRuntime().availableProcessors());
            BatchOptions.requireWorkersFit(perRun, cores);
            conf.setMaster("local[" + cores + "]");
            // an embedded job talks to itself only: bind to the loopback address, whatever the host name resolves to
            conf.setIfMissing("spark.driver.host", "127.0.0.1").setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        } else if (options.workersTotal().isPresent()) {
            System.err.println("--workers-total is ignored under " + conf.get(MASTER) + ": the cluster's executors set the parallelism");
        }
        List<RunSpec> pending = options.pending(options.specs(perRun));
        if (!pending.isEmpty()) {
            runOnSpark(conf, embedded, pending, options.runner());
        }
        options.summarise(spec.commandLine().getOut());
        return ExitCode.OK.code();
    }

    private void runOnSpark(SparkConf conf, boolean embedded, List<RunSpec> pending, BatchRunner runner) throws IOException {
        BatchProgress progress = BatchProgress.forConsole();
        try (JavaSparkContext sc = new JavaSparkContext(conf); ResultsStore store = options.openStore()) {
            if (embedded) {
                sc.setLogLevel("WARN");
            }
            progress.start(pending.size());
            JavaRDD<RunSpec> runs = sc.parallelize(pending, pending.size());
            try {
                sc.sc().runJob(runs.rdd(), new RunPartition(runner), new Append(store, progress), ClassTag$.MODULE$.apply(RunRecord[].class));
            } catch (Exception e) { // Scala throws SparkException, a checked exception, undeclared
                for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                    if (cause instanceof UncheckedIOException io) {
                        throw io.getCause(); // the results file could not be written: stop, it holds what finished
                    }
                }
                throw e instanceof RuntimeException r ? r : new IllegalStateException("the Spark job failed: " + e.getMessage(), e);
            }
        } finally {
            progress.close();
        }
    }

    /** On the driver, as each task finishes: its records into the results store, then the progress. */
    private static final class Append extends AbstractFunction2<Object, RunRecord[], BoxedUnit> {
        private final ResultsStore store;
        private final BatchProgress progress;

        Append(ResultsStore store, BatchProgress progress) {
            this.store = store;
            this.progress = progress;
        }

        @Override
        public BoxedUnit apply(Object partition, RunRecord[] records) {
            for (RunRecord record : records) {
                try {
                    store.append(record);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                progress.finished(record);
            }
            return BoxedUnit.UNIT;
        }
    }
}
