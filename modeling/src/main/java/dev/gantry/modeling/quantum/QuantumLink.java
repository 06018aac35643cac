package dev.gantry.modeling.quantum;

import java.util.List;

/** An undirected link between two nodes with the capabilities (F, R) it can be run at. Links are not resources. */
public record QuantumLink(String id, String u, String v, double lengthKm, List<Capability> capabilities) {
    public QuantumLink {
        capabilities = List.copyOf(capabilities);
    }

    public boolean joins(String a, String b) {
        return (u.equals(a) && v.equals(b)) || (u.equals(b) && v.equals(a));
    }
}
