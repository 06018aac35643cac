package dev.gantry.modeling.quantum;

import java.util.List;

/** A network node with its communication qubits ({@code n-C<i>}) and storage qubits ({@code n-S<i>}). */
public record QuantumNode(String id, NodeRole role, List<String> commQubits, List<String> storageQubits) {
    public QuantumNode {
        commQubits = List.copyOf(commQubits);
        storageQubits = List.copyOf(storageQubits);
    }
}
