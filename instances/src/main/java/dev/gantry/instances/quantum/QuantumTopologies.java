package dev.gantry.instances.quantum;

import dev.gantry.instances.io.JsonInput;
import dev.gantry.instances.io.JsonRecord;
import dev.gantry.instances.io.SourceFiles;
import dev.gantry.modeling.quantum.QuantumNetwork;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The five [LS] topologies of {@code topologies_derived.json} ({@code star}, {@code H}, {@code line}, {@code symm},
 * {@code surfnet}): nodes flagged {@code end_node}, links with their capabilities. The surfnet entry is the graph of
 * {@code Surfnet.gml} with every link given [LS]'s single capability (0.999, 1400 Hz), one 10 ms slot.
 */
public final class QuantumTopologies {
    /** Where the file sits under the shared data folder. */
    public static final String FILE = "quantum/linkscheduling_derived/topologies_derived.json";

    private QuantumTopologies() {
    }

    /** The topologies by name, in file order. */
    public static Map<String, QuantumNetwork> read(Path file) throws IOException {
        String source = file.toString();
        return JsonInput.parse(source, SourceFiles.readUtf8(file), parser -> {
            JsonRecord top = JsonRecord.read(parser, source, "");
            Map<String, QuantumNetwork> out = new LinkedHashMap<>();
            for (String name : top.names()) {
                out.put(name, QuantumReader.network(top.nested(name)));
            }
            return out;
        });
    }
}
