package dev.gantry.instances;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/** Shared benchmark data for tests (any module, through the instances test-jar): skips a test when it is absent. */
public final class TestData {
    private TestData() {
    }

    /** {@code relative} under the data folder; skips the calling test, saying why, when it is absent. */
    public static Path require(String relative) {
        Optional<Path> root = SharedData.root();
        Assumptions.assumeTrue(root.isPresent(), () -> "shared benchmark data not found: " + SharedData.howToProvide() + "; skipping");
        Optional<Path> path = SharedData.find(relative);
        Assumptions.assumeTrue(path.isPresent(), () -> root.get().resolve(relative) + " is absent from the shared data; skipping");
        return path.get();
    }
}
