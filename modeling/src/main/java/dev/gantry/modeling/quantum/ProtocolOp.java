package dev.gantry.modeling.quantum;

import java.util.List;

/**
 * One operation of a protocol, placed at {@code offset} slots after the protocol start for {@code duration} slots on
 * every qubit in {@code qubits}. {@code preds} are its DAG predecessors (the operations producing its input pairs).
 * A LINK_GEN names its {@code link} and {@code capabilityIndex} (into the link's capabilities); other types carry
 * {@code null} and -1.
 */
public record ProtocolOp(String id, OpType type, int offset, int duration, List<String> qubits, List<String> preds,
        String link, int capabilityIndex) {
    public ProtocolOp {
        qubits = List.copyOf(qubits);
        preds = List.copyOf(preds);
        if (offset < 0 || duration < 1) {
            throw new IllegalArgumentException("operation " + id + ": offset must be >= 0 and duration >= 1");
        }
        if ((type == OpType.LINK_GEN) != (link != null)) {
            throw new IllegalArgumentException("operation " + id + ": exactly the LINK_GEN operations name a link");
        }
    }

    public int end() {
        return offset + duration;
    }
}
