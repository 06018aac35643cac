package dev.gantry.spark;

import dev.gantry.cli.batch.BatchRunner;
import dev.gantry.cli.batch.RunRecord;
import dev.gantry.cli.batch.RunSpec;
import dev.gantry.cp.sat.NativeLibraries;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.TaskContext;
import scala.collection.Iterator;
import scala.runtime.AbstractFunction2;

/**
 * What an executor does with one partition of the batch: each run through the same {@link BatchRunner} a local batch
 * uses (solve, verify, gap), in order. Shipped to the executors, hence serializable.
 */
final class RunPartition extends AbstractFunction2<TaskContext, Iterator<RunSpec>, RunRecord[]> implements Serializable {
    private static final long serialVersionUID = 1L;

    private final BatchRunner runner;

    RunPartition(BatchRunner runner) {
        this.runner = runner;
    }

    @Override
    public RunRecord[] apply(TaskContext context, Iterator<RunSpec> specs) {
        // once per executor JVM: the holder's static flag makes every later task's call a no-op, so no run pays for it
        NativeLibraries.ensureLoaded();
        List<RunRecord> records = new ArrayList<>();
        while (specs.hasNext()) {
            records.add(runner.run(specs.next()));
        }
        return records.toArray(RunRecord[]::new);
    }
}
