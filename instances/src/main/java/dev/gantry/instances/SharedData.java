package dev.gantry.instances;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the public benchmark data ({@code shared/data}, see its README): the system property {@code gantry.data},
 * else the environment variable {@code GANTRY_DATA}, else the first {@code shared/data} beside the working
 * directory or one of its ancestors.
 */
public final class SharedData {
    public static final String PROPERTY = "gantry.data";
    public static final String ENVIRONMENT = "GANTRY_DATA";

    private SharedData() {
    }

    public static Optional<Path> root() {
        for (String configured : new String[] {System.getProperty(PROPERTY), System.getenv(ENVIRONMENT)}) {
            if (configured != null && !configured.isBlank()) {
                Path root = Path.of(configured);
                return Files.isDirectory(root) ? Optional.of(root) : Optional.empty();
            }
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** {@code relative} under the data folder, when both exist. */
    public static Optional<Path> find(String relative) {
        return root().map(r -> r.resolve(relative)).filter(Files::exists);
    }

    /** How to provide the data, for messages. */
    public static String howToProvide() {
        return "set -D" + PROPERTY + "=<path to shared/data> or " + ENVIRONMENT + ", or place shared/data beside the project";
    }
}
