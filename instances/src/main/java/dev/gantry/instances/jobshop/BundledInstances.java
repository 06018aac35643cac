package dev.gantry.instances.jobshop;

import dev.gantry.modeling.jobshop.JobShop;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The classic instances shipped inside the jar (ft06, ft10, la01; see {@code ATTRIBUTION.md} beside them), so
 * examples and tests run without the shared benchmark data.
 */
public final class BundledInstances {
    private static final List<String> NAMES = List.of("ft06", "ft10", "la01");
    private static final String FOLDER = "/dev/gantry/instances/jobshop/";

    private BundledInstances() {
    }

    public static List<String> names() {
        return NAMES;
    }

    /** The bundled instance {@code name}, read with {@link JobShopReader} from source {@code bundled:<name>}. */
    public static Optional<JobShop> jobShop(String name) {
        // Only listed names are looked up, so a name can never reach another resource.
        if (!NAMES.contains(name)) {
            return Optional.empty();
        }
        try (InputStream in = BundledInstances.class.getResourceAsStream(FOLDER + name + ".txt")) {
            if (in == null) {
                throw new IllegalStateException("bundled instance " + name + " is missing from the jar");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Optional.of(JobShopReader.parse("bundled:" + name, text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
