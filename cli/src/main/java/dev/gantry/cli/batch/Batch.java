package dev.gantry.cli.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * Runs many specs with at most {@code concurrency} runs at a time, appending each record to the store as it
 * finishes. Runs already in the store (by {@link RunSpec#key()}) and repeated specs are skipped.
 */
public final class Batch {
    private Batch() {
    }

    /** The specs still to run: not recorded in {@code done}, each key once, in the given order. */
    public static List<RunSpec> pending(List<RunSpec> specs, List<RunRecord> done) {
        Set<String> recorded = done.stream().map(RunRecord::key).collect(Collectors.toSet());
        Map<String, RunSpec> unique = new LinkedHashMap<>();
        specs.stream().filter(s -> !recorded.contains(s.key())).forEach(s -> unique.putIfAbsent(s.key(), s));
        return List.copyOf(unique.values());
    }

    /** Runs every spec and returns the new records in the order they finished. */
    public static List<RunRecord> run(List<RunSpec> specs, BatchRunner runner, int concurrency, ResultsStore store, BatchProgress progress)
            throws IOException, InterruptedException {
        List<RunRecord> finished = new ArrayList<>();
        progress.start(specs.size());
        ExecutorService pool = Executors.newFixedThreadPool(concurrency, r -> {
            Thread t = new Thread(r, "gantry-batch-run");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (RunSpec spec : specs) {
                futures.add(pool.submit(() -> {
                    RunRecord record = runner.run(spec);
                    try {
                        store.append(record);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    synchronized (finished) {
                        finished.add(record);
                    }
                    progress.finished(record);
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (ExecutionException e) {
            // only the store can fail here (a run's failure is its record): stop, the file holds what finished
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
            progress.close();
        }
        return finished;
    }
}
