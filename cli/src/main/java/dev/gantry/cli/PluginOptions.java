package dev.gantry.cli;

import dev.gantry.cli.family.PluginClass;
import dev.gantry.cli.family.UsageException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --plugin-jar FILE --plugin-class NAME}: an outside heuristic, for {@code solve} and {@code evaluate}. */
final class PluginOptions {
    /** The engine name under which {@code solve} runs a plug-in. */
    static final String ENGINE = "heuristic:plugin";

    @Option(names = "--plugin-jar", paramLabel = "FILE", description = "a JAR holding an outside heuristic (see README, Plug-in heuristics)")
    Path jar;

    @Option(names = "--plugin-class", paramLabel = "NAME", description = "the plug-in's fully qualified class name, "
            + "implementing JobShopHeuristic or SequencingHeuristic with a public no-argument constructor")
    String className;

    /** The plug-in when both options are given, empty when neither is; a usage error for one alone. */
    Optional<PluginClass> pluginClass() {
        if ((jar == null) != (className == null)) {
            throw new UsageException("--plugin-jar and --plugin-class go together");
        }
        return jar == null ? Optional.empty() : Optional.of(new PluginClass(jar, className));
    }
}
