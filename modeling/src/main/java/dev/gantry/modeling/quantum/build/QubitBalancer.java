package dev.gantry.modeling.quantum.build;

import dev.gantry.modeling.quantum.Demand;
import dev.gantry.modeling.quantum.Hold;
import dev.gantry.modeling.quantum.Protocol;
import dev.gantry.modeling.quantum.ProtocolOp;
import dev.gantry.modeling.quantum.QuantumNetwork;
import dev.gantry.modeling.quantum.Segment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * [LS] {@code balance_taskset_resource_utilization}: the builder maps every protocol onto the first qubits of each
 * node; this pass renames, protocol by protocol in workload order, each node's communication and storage qubits so
 * the network's utilisation (busy slots / period, holds included) spreads. Within one node and qubit type, the
 * protocol's qubits in increasing utilisation take the network's qubits in decreasing utilisation so far (ties by
 * id), [LS]'s pairing. [LS] re-balances the whole workload after each demand it adds, starting from zero and from
 * the names the previous pass gave; that matters where utilisations tie, and reproduces the qubits of all 41 staged
 * protocols. Operations, offsets and holds are unchanged; only qubit ids move.
 */
public final class QubitBalancer {
    private QubitBalancer() {
    }

    /**
     * The protocols of {@code demands} (same order) with their qubits renamed as [LS]'s workload generation leaves
     * them: one pass over the first k protocols after each k-th is added.
     */
    public static List<Protocol> balance(QuantumNetwork network, List<Demand> demands, List<Protocol> protocols) {
        if (demands.size() != protocols.size()) {
            throw new IllegalArgumentException("one protocol per demand expected");
        }
        List<Protocol> balanced = new ArrayList<>();
        for (int k = 0; k < protocols.size(); k++) {
            balanced.add(protocols.get(k));
            balanced = pass(network, demands.subList(0, k + 1), balanced);
        }
        return balanced;
    }

    /** One [LS] balancing pass over the whole list, utilisations starting from zero. */
    private static List<Protocol> pass(QuantumNetwork network, List<Demand> demands, List<Protocol> protocols) {
        Map<String, Double> utilisation = new HashMap<>();
        Map<String, List<String>> ofType = new LinkedHashMap<>();
        for (String q : network.qubits()) {
            utilisation.put(q, 0.0);
            ofType.computeIfAbsent(type(q), k -> new ArrayList<>()).add(q);
        }
        List<Protocol> out = new ArrayList<>();
        for (int i = 0; i < protocols.size(); i++) {
            Protocol p = protocols.get(i);
            int period = demands.get(i).period();
            Map<String, Double> own = new LinkedHashMap<>();
            Map<String, List<String>> ownOfType = new LinkedHashMap<>();
            for (Map.Entry<String, List<Segment>> e : p.occupancy().entrySet()) {
                own.put(e.getKey(), (double) e.getValue().stream().mapToInt(Segment::length).sum() / period);
                ownOfType.computeIfAbsent(type(e.getKey()), k -> new ArrayList<>()).add(e.getKey());
            }
            Map<String, String> rename = new HashMap<>();
            for (Map.Entry<String, List<String>> e : ownOfType.entrySet()) {
                List<String> virtual = new ArrayList<>(e.getValue());
                virtual.sort(Comparator.comparingDouble((String q) -> own.get(q)).thenComparing(q -> q));
                List<String> physical = new ArrayList<>(ofType.getOrDefault(e.getKey(), List.of()));
                physical.sort(Comparator.comparingDouble((String q) -> -utilisation.get(q)).thenComparing(q -> q));
                for (int k = 0; k < Math.min(virtual.size(), physical.size()); k++) {
                    rename.put(virtual.get(k), physical.get(k));
                    utilisation.merge(physical.get(k), own.get(virtual.get(k)), Double::sum);
                }
            }
            out.add(renamed(p, rename));
        }
        return out;
    }

    /** Node and qubit kind, {@code "12-S0"} → {@code "12S"} ([LS] {@code get_resource_string}). */
    private static String type(String qubit) {
        int dash = qubit.indexOf('-');
        return qubit.substring(0, dash) + qubit.charAt(dash + 1);
    }

    private static Protocol renamed(Protocol p, Map<String, String> rename) {
        List<ProtocolOp> ops = new ArrayList<>();
        for (ProtocolOp o : p.ops()) {
            ops.add(new ProtocolOp(o.id(), o.type(), o.offset(), o.duration(),
                    o.qubits().stream().map(q -> rename.getOrDefault(q, q)).toList(), o.preds(), o.link(), o.capabilityIndex()));
        }
        List<Hold> holds = p.holds().stream().map(h -> new Hold(rename.getOrDefault(h.qubit(), h.qubit()), h.from(), h.to())).toList();
        return new Protocol(p.demand(), p.path(), p.makespan(), ops, holds);
    }
}
