package dev.gantry.instances.dag;

import dev.gantry.modeling.dag.Dag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The canonical HEFT example (Topcuoglu, Hariri &amp; Wu 2002, Fig. 2; spec scheduling §5): 10 tasks, 3 processors,
 * shipped in the jar as {@code topcuoglu2002.dag.json} and read with {@link DagReader}.
 */
public final class CanonicalDag {
    public static final String NAME = "topcuoglu2002";
    private static final String RESOURCE = "/dev/gantry/instances/dag/" + NAME + ".dag.json";

    private CanonicalDag() {
    }

    public static Dag topcuoglu2002() {
        try (InputStream in = CanonicalDag.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled DAG " + NAME + " is missing from the jar");
            }
            return DagReader.parse("bundled:" + NAME, new String(in.readAllBytes(), StandardCharsets.UTF_8), NAME);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
