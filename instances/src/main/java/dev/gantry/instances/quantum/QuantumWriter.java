package dev.gantry.instances.quantum;

import dev.gantry.instances.io.JsonOutput;
import dev.gantry.modeling.quantum.Capability;
import dev.gantry.modeling.quantum.Demand;
import dev.gantry.modeling.quantum.Hardware;
import dev.gantry.modeling.quantum.Hold;
import dev.gantry.modeling.quantum.MemoryModel;
import dev.gantry.modeling.quantum.NodeRole;
import dev.gantry.modeling.quantum.OpType;
import dev.gantry.modeling.quantum.Protocol;
import dev.gantry.modeling.quantum.ProtocolOp;
import dev.gantry.modeling.quantum.QuantumInstance;
import dev.gantry.modeling.quantum.QuantumLink;
import dev.gantry.modeling.quantum.QuantumNetwork;
import dev.gantry.modeling.quantum.QuantumNode;
import dev.gantry.modeling.quantum.Werner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an instance as {@code qnet-periodic-sched/v1} (§4.2), which {@link QuantumReader} reads back: explicit
 * links, capability indices and holds, one demand, node, link, operation and hold per line.
 */
public final class QuantumWriter {
    private QuantumWriter() {
    }

    /** The instance as v1 JSON; {@code provenance} (generator, topology, seed, …) is written as given when not empty. */
    public static String write(QuantumInstance instance, Map<String, Object> provenance) {
        List<String> fields = new ArrayList<>();
        fields.add(JsonOutput.field("format", QuantumReader.FORMAT_V1));
        if (!provenance.isEmpty()) {
            fields.add(JsonOutput.field("provenance", provenance));
        }
        fields.add(JsonOutput.field("time", Map.of("slot_s", instance.slotSeconds())));
        fields.add(JsonOutput.field("hardware", hardware(instance.hardware())));
        fields.add(JsonOutput.rawField("network", network(instance.network())));
        fields.add(JsonOutput.rawField("demands", lines(instance.demands().stream().map(QuantumWriter::demand).toList(), "  ")));
        List<String> protocols = new ArrayList<>();
        for (Protocol p : instance.protocols()) {
            protocols.add(protocol(p, instance.network()));
        }
        fields.add(JsonOutput.rawField("protocols", lines(protocols, "  ")));
        return JsonOutput.object(fields);
    }

    /** Writes through a temporary file and a move, so a reader never sees half a file. */
    public static void write(QuantumInstance instance, Map<String, Object> provenance, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            Files.writeString(tmp, write(instance, provenance));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static Map<String, Object> hardware(Hardware h) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("swap_slots", h.swapSlots());
        out.put("distill_slots", h.distillSlots());
        out.put("classical_lag_slots", h.classicalLagSlots());
        if (h.memory().isPresent()) {
            MemoryModel m = h.memory().get();
            Map<String, Object> memory = new LinkedHashMap<>();
            memory.put("model", "depolarising");
            memory.put("T_s", Map.of("comm", m.tCommSeconds(), "storage", m.tStorageSeconds()));
            memory.put("max_hold_slots", m.maxHoldSlots());
            out.put("memory", memory);
        }
        return out;
    }

    private static String network(QuantumNetwork network) {
        List<String> nodes = new ArrayList<>();
        for (QuantumNode n : network.nodes()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", n.id());
            m.put("role", n.role() == NodeRole.END ? "end" : "repeater");
            m.put("comm_qubits", n.commQubits());
            m.put("storage_qubits", n.storageQubits());
            nodes.add(JsonOutput.value(m));
        }
        List<String> links = new ArrayList<>();
        for (QuantumLink l : network.links()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", l.id());
            m.put("u", l.u());
            m.put("v", l.v());
            m.put("length_km", l.lengthKm());
            List<Map<String, Object>> caps = new ArrayList<>();
            for (Capability c : l.capabilities()) {
                Map<String, Object> cm = new LinkedHashMap<>();
                cm.put("fidelity", c.fidelity());
                cm.put("rate_hz", c.rateHz());
                caps.add(cm);
            }
            m.put("capabilities", caps);
            links.add(JsonOutput.value(m));
        }
        return "{\"nodes\": " + lines(nodes, "    ") + ",\n    \"links\": " + lines(links, "    ") + "}";
    }

    private static String demand(Demand d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("legacy_name", d.legacyName());
        m.put("src", d.src());
        m.put("dst", d.dst());
        m.put("min_fidelity", d.minFidelity());
        m.put("rate_hz", d.rateHz());
        m.put("period_slots", d.period());
        m.put("relative_deadline_slots", d.relativeDeadline());
        return JsonOutput.value(m);
    }

    private static String protocol(Protocol p, QuantumNetwork network) {
        Map<String, String> owner = network.qubitNodes();
        List<String> ops = new ArrayList<>();
        for (ProtocolOp o : p.ops()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", o.id());
            m.put("type", o.type().name());
            if (o.type() == OpType.LINK_GEN) {
                m.put("link", o.link());
                m.put("capability_index", o.capabilityIndex());
            } else if (o.type() == OpType.SWAP) {
                m.put("node", owner.get(o.qubits().get(0)));
            }
            m.put("offset_slots", o.offset());
            m.put("duration_slots", o.duration());
            m.put("qubits", o.qubits());
            m.put("preds", o.preds());
            ops.add(JsonOutput.value(m));
        }
        List<String> holds = new ArrayList<>();
        for (Hold h : p.holds()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("qubit", h.qubit());
            m.put("from", h.from());
            m.put("to", h.to());
            holds.add(JsonOutput.value(m));
        }
        return "{" + JsonOutput.field("demand", p.demand()) + ", " + JsonOutput.field("path", p.path()) + ", "
                + JsonOutput.field("expected_fidelity", Werner.protocolFidelity(p, network)) + ", "
                + JsonOutput.field("makespan_slots", p.makespan()) + ",\n    \"ops\": " + lines(ops, "      ")
                + ",\n    \"holds\": " + lines(holds, "      ") + "}";
    }

    private static String lines(List<String> items, String indent) {
        return items.isEmpty() ? "[]" : "[\n" + indent + String.join(",\n" + indent, items) + "]";
    }
}
