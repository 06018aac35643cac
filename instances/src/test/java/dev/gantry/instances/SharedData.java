package dev.gantry.instances;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the shared benchmark data ({@code shared/data}) for tests: the system property {@code gantry.data} if set,
 * else the first {@code shared/data} found beside the working directory or one of its ancestors. Tests that need
 * it are skipped, with a message saying how to provide it, when it is absent.
 */
public final class SharedData {
    public static final String PROPERTY = "gantry.data";

    private SharedData() {
    }

    public static Optional<Path> root() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            Path root = Path.of(configured);
            return Files.isDirectory(root) ? Optional.of(root) : Optional.empty();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** {@code relative} under the data folder; skips the calling test when the folder or the path is absent. */
    public static Path require(String relative) {
        Optional<Path> root = root();
        Assumptions.assumeTrue(root.isPresent(), () -> "shared benchmark data not found: set -D" + PROPERTY
                + "=<path to shared/data> or place shared/data beside the project; skipping");
        Path path = root.get().resolve(relative);
        Assumptions.assumeTrue(Files.exists(path), () -> path + " is absent from the shared data; skipping");
        return path;
    }
}
