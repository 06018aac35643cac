package dev.gantry.instances.quantum;

import dev.gantry.modeling.quantum.Protocol;
import dev.gantry.modeling.quantum.QuantumNetwork;
import java.util.List;

/**
 * One protocol of {@code protocol_examples.json}: the demand it serves, its node path, the fidelity [LS] computed
 * for it ({@code protocol_F}), and the protocol on the topology it was built for. A regression target for a
 * protocol builder and for the Werner arithmetic.
 */
public record ProtocolExample(String topology, QuantumNetwork network, String src, String dst, double minFidelity,
        List<String> path, double protocolFidelity, Protocol protocol) {
    public ProtocolExample {
        path = List.copyOf(path);
    }
}
