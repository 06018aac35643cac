package dev.gantry.cli.family;

import dev.gantry.instances.schedule.SolverInfo;
import dev.gantry.modeling.api.CancellationToken;
import dev.gantry.modeling.api.Decision;
import dev.gantry.modeling.api.SolveOptions;
import dev.gantry.modeling.api.SolveResult;
import java.util.Locale;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What {@code gantry solve} asks of a family; {@code progress} takes one line per improving solution; {@code rule}
 * is a learned rule's file for the engines that take one ({@code heuristic:learned}); {@code plugin} is the outside
 * heuristic {@code heuristic:plugin} runs; {@code data} completes the instance (a travel query's sandbox); {@code query}
 * holds the objective, overrides and flags of a query (travel).
 */
public record SolveRequest(String instance, String engine, Optional<Duration> timeLimit, int workers, long seed,
                           Optional<Path> out, Optional<Path> gantt, CancellationToken cancellation,
                           Consumer<String> progress, Optional<Path> rule,
                           Optional<PluginClass> plugin, ReferenceData data, QueryOptions query) {

    /** A request without query options. */
    public SolveRequest(String instance, String engine, Optional<Duration> timeLimit, int workers, long seed,
                        Optional<Path> out, Optional<Path> gantt, CancellationToken cancellation,
                        Consumer<String> progress, Optional<Path> rule, Optional<PluginClass> plugin, ReferenceData data) {
        this(instance, engine, timeLimit, workers, seed, out, gantt, cancellation, progress, rule, plugin, data, QueryOptions.none());
    }

    /** A request for an instance that needs no reference data. */
    public SolveRequest(String instance, String engine, Optional<Duration> timeLimit, int workers, long seed,
                        Optional<Path> out, Optional<Path> gantt, CancellationToken cancellation,
                        Consumer<String> progress, Optional<Path> rule, Optional<PluginClass> plugin) {
        this(instance, engine, timeLimit, workers, seed, out, gantt, cancellation, progress, rule, plugin, ReferenceData.none());
    }

    /**
     * Options for a CP backend from the request: workers, seed, time limit, cancellation, and a progress line per
     * improving solution ({@code [   1.23s] makespan 55  bound 50}).
     */
    public SolveOptions.Builder cpOptions(String objective) {
        SolveOptions.Builder options = SolveOptions.builder().workers(workers).seed(seed).cancellation(cancellation)
                .onSolution((s, p) -> {
                    progress.accept(String.format(Locale.ROOT, "[%7.2fs] %s %d%s", p.elapsed().toMillis() / 1000.0, objective,
                            p.objectiveValue(), p.bestBound().isPresent() ? "  bound " + p.bestBound().getAsLong() : ""));
                    return Decision.CONTINUE;
                });
        timeLimit.ifPresent(options::timeLimit);
        return options;
    }

    /** The plan's {@code solver} record for a CP backend's result under this request. */
    public SolverInfo cpSolverInfo(SolveResult r) {
        return new SolverInfo(engine, r.backend().version(), r.status().name(), r.bestBound().isPresent() ? r.bestBound().getAsLong() : null,
                workers, seed, timeLimit.map(d -> d.toMillis() / 1000.0).orElse(null), r.wallTime().toMillis() / 1000.0);
    }
}
