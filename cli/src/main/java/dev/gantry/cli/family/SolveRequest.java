package dev.gantry.cli.family;

import dev.gantry.modeling.api.CancellationToken;
import dev.gantry.modeling.api.Decision;
import dev.gantry.modeling.api.SolutionListener;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What {@code gantry solve} asks of a family; {@code progress} takes one line per improving solution; {@code rule}
 * is a learned rule's file for the engines that take one ({@code heuristic:learned}); {@code plugin} is the outside
 * heuristic {@code heuristic:plugin} runs.
 */
public record SolveRequest(String instance, String engine, Optional<Duration> timeLimit, int workers, long seed,
                           Optional<Path> out, Optional<Path> gantt, CancellationToken cancellation,
                           Consumer<String> progress, Optional<Path> rule,
                           Optional<PluginClass> plugin) {
    /** A listener that reports each improving solution as one progress line, {@code [  1.23s] makespan 80  bound 73}. */
    public SolutionListener makespanProgress() {
        return (solution, p) -> {
            progress.accept(String.format(Locale.ROOT, "[%7.2fs] makespan %d%s", p.elapsed().toMillis() / 1000.0,
                    p.objectiveValue(), p.bestBound().isPresent() ? "  bound " + p.bestBound().getAsLong() : ""));
            return Decision.CONTINUE;
        };
    }
}
