package dev.gantry.instances.quantum;

import dev.gantry.instances.io.JsonInput;
import dev.gantry.instances.io.JsonRecord;
import dev.gantry.instances.io.SourceFiles;
import dev.gantry.modeling.quantum.QuantumNetwork;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code protocol_examples.json} (v0 operations under the names {@code name/kind/parents/desc}) with the
 * networks of {@code topologies_derived.json}. The examples do not name their topology: each gets the first topology
 * whose links join every consecutive pair of its path.
 */
public final class ProtocolExamples {
    private ProtocolExamples() {
    }

    /** The topologies by name, in file order ({@link QuantumTopologies#read}). */
    public static Map<String, QuantumNetwork> topologies(Path file) throws IOException {
        return QuantumTopologies.read(file);
    }

    public static List<ProtocolExample> read(Path examples, Path topologies) throws IOException {
        Map<String, QuantumNetwork> networks = topologies(topologies);
        String source = examples.toString();
        return JsonInput.parse(source, SourceFiles.readUtf8(examples), parser -> {
            List<JsonRecord> records = new ArrayList<>();
            QuantumReader.elements(parser, source, "", records);
            List<ProtocolExample> out = new ArrayList<>();
            for (JsonRecord r : records) {
                JsonRecord demand = QuantumReader.required(r, r.nested("demand"), "demand");
                List<String> path = r.texts("path");
                if (path == null || path.size() < 2) {
                    throw r.error("path", "expected the node path, at least two nodes");
                }
                Map.Entry<String, QuantumNetwork> topology = topologyOf(path, networks)
                        .orElseThrow(() -> r.error("path", "no topology of the file joins every hop of " + path));
                String label = QuantumReader.requiredText(demand, "src") + "->" + QuantumReader.requiredText(demand, "dst");
                out.add(new ProtocolExample(topology.getKey(), topology.getValue(), demand.text("src"), demand.text("dst"),
                        QuantumReader.positive(demand, "F_min"), path, QuantumReader.positive(r, "protocol_F"),
                        QuantumReader.protocol(r, label, topology.getValue(), QuantumReader.Dialect.EXAMPLE,
                                QuantumReader.positiveInt(r, "latency_slots"))));
            }
            return out;
        });
    }

    private static Optional<Map.Entry<String, QuantumNetwork>> topologyOf(List<String> path, Map<String, QuantumNetwork> networks) {
        return networks.entrySet().stream().filter(e -> {
            for (int i = 0; i + 1 < path.size(); i++) {
                if (e.getValue().linkBetween(path.get(i), path.get(i + 1)).isEmpty()) {
                    return false;
                }
            }
            return true;
        }).findFirst();
    }
}
