package dev.gantry.modeling.quantum;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A periodic entanglement-scheduling instance: network, demands in file order (the admission order), one protocol per
 * demand, the slot length δ in seconds and the hardware durations.
 */
public record QuantumInstance(String name, double slotSeconds, Hardware hardware, QuantumNetwork network,
        List<Demand> demands, List<Protocol> protocols) {
    public QuantumInstance {
        demands = List.copyOf(demands);
        protocols = List.copyOf(protocols);
        Set<String> ids = new HashSet<>();
        for (Demand d : demands) {
            if (!ids.add(d.id())) {
                throw new IllegalArgumentException("duplicate demand id " + d.id());
            }
        }
        for (Demand d : demands) {
            if (protocols.stream().filter(p -> p.demand().equals(d.id())).count() != 1) {
                throw new IllegalArgumentException("demand " + d.id() + " needs exactly one protocol");
            }
        }
    }

    public Demand demand(String id) {
        return demands.stream().filter(d -> d.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown demand " + id));
    }

    public boolean hasDemand(String id) {
        return demands.stream().anyMatch(d -> d.id().equals(id));
    }

    public Protocol protocol(String demandId) {
        return protocols.stream().filter(p -> p.demand().equals(demandId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no protocol for demand " + demandId));
    }

    /** Position of the demand in file order. */
    public int index(String demandId) {
        for (int i = 0; i < demands.size(); i++) {
            if (demands.get(i).id().equals(demandId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown demand " + demandId);
    }

    /** {@code lcm} of the periods of the given demands. */
    public int hyperperiod(Collection<String> demandIds) {
        return Hyperperiod.of(demandIds.stream().map(id -> demand(id).period()).toList());
    }
}
