package dev.gantry.cli.family;

import dev.gantry.modeling.api.CancellationToken;
import java.nio.file.Path;
import java.time.Duration;
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
}
