package dev.gantry.cli.family;

import dev.gantry.heuristics.plugin.HeuristicPlugins;
import dev.gantry.heuristics.plugin.PluginException;
import java.nio.file.Path;

/** A heuristic plug-in named on the command line: {@code --plugin-jar FILE --plugin-class NAME}. */
public record PluginClass(Path jar, String className) {
    /** The plug-in instantiated as {@code type}; a usage error (exit 2) when it cannot be. */
    public <T> T load(Class<T> type) {
        try {
            return HeuristicPlugins.load(jar, className, type);
        } catch (PluginException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
