package dev.gantry.modeling.quantum;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The §1.2 hold rule: a qubit left holding a pair by operation o is busy until the start of the earliest DAG
 * descendant of o that uses the qubit, or until the protocol ends when no descendant uses it. Descendants rather than
 * any later operation because the [LS] mapping can place an unrelated operation on the qubit in between only if it
 * is not in o's cone; the rule reproduces {@code qubit_occupancy_slots} on all 41 staged protocols.
 */
public final class HoldRule {
    private HoldRule() {
    }

    /** Holds for {@code holdsAfter} (op id → qubits it leaves holding a pair), in op order then qubit order. */
    public static List<Hold> derive(List<ProtocolOp> ops, Map<String, List<String>> holdsAfter) {
        Map<String, ProtocolOp> byId = new HashMap<>();
        Map<String, List<String>> successors = new HashMap<>();
        for (ProtocolOp o : ops) {
            byId.put(o.id(), o);
            for (String p : o.preds()) {
                successors.computeIfAbsent(p, k -> new ArrayList<>()).add(o.id());
            }
        }
        List<Hold> holds = new ArrayList<>();
        for (ProtocolOp o : ops) {
            List<String> held = holdsAfter.getOrDefault(o.id(), List.of());
            if (held.isEmpty()) {
                continue;
            }
            Set<String> cone = descendants(o.id(), successors);
            for (String q : held) {
                ProtocolOp next = null;
                for (ProtocolOp c : ops) {
                    if (cone.contains(c.id()) && c.qubits().contains(q) && (next == null || c.offset() < next.offset())) {
                        next = c;
                    }
                }
                holds.add(new Hold(q, o.id(), next == null ? Hold.END : next.id()));
            }
        }
        return holds;
    }

    private static Set<String> descendants(String id, Map<String, List<String>> successors) {
        Set<String> seen = new HashSet<>();
        Deque<String> stack = new ArrayDeque<>(List.of(id));
        while (!stack.isEmpty()) {
            for (String s : successors.getOrDefault(stack.pop(), List.of())) {
                if (seen.add(s)) {
                    stack.push(s);
                }
            }
        }
        return seen;
    }
}
