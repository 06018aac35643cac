package dev.gantry.modeling.quantum;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Nodes and links, with lookups by node id, link id and qubit id. */
public record QuantumNetwork(List<QuantumNode> nodes, List<QuantumLink> links) {
    public QuantumNetwork {
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
    }

    public Optional<QuantumNode> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    public Optional<QuantumLink> link(String id) {
        return links.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** The link joining two nodes, in either direction. */
    public Optional<QuantumLink> linkBetween(String a, String b) {
        return links.stream().filter(l -> l.joins(a, b)).findFirst();
    }

    /** Node id of every qubit. */
    public Map<String, String> qubitNodes() {
        Map<String, String> owner = new HashMap<>();
        for (QuantumNode n : nodes) {
            n.commQubits().forEach(q -> owner.put(q, n.id()));
            n.storageQubits().forEach(q -> owner.put(q, n.id()));
        }
        return owner;
    }

    /** The node holding {@code qubit}, if any. */
    public Optional<QuantumNode> nodeOfQubit(String qubit) {
        return nodes.stream().filter(n -> n.commQubits().contains(qubit) || n.storageQubits().contains(qubit)).findFirst();
    }

    public boolean isCommQubit(String qubit) {
        return nodes.stream().anyMatch(n -> n.commQubits().contains(qubit));
    }

    /** Every qubit id, node by node, communication qubits first. */
    public List<String> qubits() {
        return nodes.stream().flatMap(n -> java.util.stream.Stream.concat(n.commQubits().stream(), n.storageQubits().stream())).toList();
    }
}
