package dev.gantry.cli.batch;

import dev.gantry.cli.ExitCode;
import dev.gantry.cli.Main;
import dev.gantry.cli.family.Families;
import dev.gantry.cli.family.Family;
import dev.gantry.cli.family.Finding;
import dev.gantry.cli.family.SolveOutcome;
import dev.gantry.cli.family.SolveRequest;
import dev.gantry.modeling.api.CancellationToken;
import java.io.Serializable;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.util.Optional;

/**
 * Runs one {@link RunSpec} and returns its {@link RunRecord}: exactly what {@code gantry solve} does (the family
 * solves and verifies), either in this JVM or, isolated, in a child JVM so that a crash or an out-of-memory error
 * costs one run only; with {@link References}, the record's gap is measured against them. Never throws for a failing
 * run: the failure is the record. Thread-safe and serializable: this is the unit of work a distributed executor
 * calls once per instance, the same code as a local batch.
 */
public final class BatchRunner implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Isolation isolation;
    private final Duration childMargin;
    private final References references;

    /** Where a run happens. */
    public enum Isolation {
        IN_PROCESS, CHILD_JVM
    }

    /** {@code childMargin}: how long a child JVM may run beyond the time limit before it is killed. */
    public BatchRunner(Isolation isolation, Duration childMargin, References references) {
        this.isolation = isolation;
        this.childMargin = childMargin;
        this.references = references;
    }

    public BatchRunner(Isolation isolation, References references) {
        this(isolation, Duration.ofSeconds(30), references);
    }

    public BatchRunner(Isolation isolation) {
        this(isolation, References.none());
    }

    public RunRecord run(RunSpec spec) {
        return references.withGap(isolation == Isolation.CHILD_JVM ? ChildJvmRun.run(spec, childMargin) : inProcess(spec));
    }

    private static RunRecord inProcess(RunSpec spec) {
        long t0 = System.nanoTime();
        try {
            Family family = Families.resolve(spec.family(), spec.instance());
            SolveOutcome o = family.solve(new SolveRequest(spec.instance(), spec.engine(), spec.timeLimit(), spec.workers(), spec.seed(),
                    Optional.empty(), Optional.empty(), new CancellationToken(), line -> { }, Optional.empty(), Optional.empty()));
            return new RunRecord(spec.instance(), spec.family(), spec.engine(), spec.options(), o.status().name(), o.objective(), o.bound(),
                    o.extras().get("gapPercent") instanceof Number g ? g.doubleValue() : null, o.timeMillis(), o.verified(),
                    o.violations().size(), o.violations().stream().limit(RunRecord.REASONS_KEPT).map(Finding::reason).toList(),
                    ExitCode.of(o).code(), null);
        } catch (Exception | OutOfMemoryError | StackOverflowError e) {
            int code = (Main.isUserError(e) ? ExitCode.BAD_INPUT : ExitCode.INTERNAL_ERROR).code();
            return RunRecord.failed(spec, code, (System.nanoTime() - t0) / 1_000_000, describe(e));
        }
    }

    private static String describe(Throwable e) {
        if (e instanceof NoSuchFileException n) {
            return n.getFile() + ": no such file";
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
