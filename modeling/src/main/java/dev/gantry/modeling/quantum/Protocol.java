package dev.gantry.modeling.quantum;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The protocol serving one demand: a DAG of operations with fixed offsets (its rigid mapping onto qubits), the holds
 * between them, and the makespan {@code C_d}. {@code path} is the node path when known (empty otherwise).
 * <p>
 * The rigid model and the reference schedulers use {@link #occupancy()} (per-qubit segments relative to the start);
 * the flexible model uses {@link #ops()} (intervals), their {@code preds} (DAG edges) and {@link #holds()}.
 */
public record Protocol(String demand, List<String> path, int makespan, List<ProtocolOp> ops, List<Hold> holds) {
    public Protocol {
        path = List.copyOf(path);
        ops = List.copyOf(ops);
        holds = List.copyOf(holds);
        if (makespan < 1) {
            throw new IllegalArgumentException("protocol of " + demand + ": makespan must be positive");
        }
    }

    public Optional<ProtocolOp> op(String id) {
        return ops.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    /** The busy interval of a hold relative to the protocol start; empty holds have start == end. */
    public int holdStart(Hold hold) {
        return op(hold.from()).orElseThrow().end();
    }

    public int holdEnd(Hold hold) {
        return hold.untilEnd() ? makespan : op(hold.to()).orElseThrow().offset();
    }

    /**
     * Per qubit, in order of first use, the operation intervals and non-empty holds as {@code [a, b)} segments
     * relative to the protocol start, sorted by start (§1.2; equals v0's {@code qubit_occupancy_slots}).
     */
    public Map<String, List<Segment>> occupancy() {
        Map<String, List<Segment>> byQubit = new LinkedHashMap<>();
        for (ProtocolOp o : ops) {
            for (String q : o.qubits()) {
                byQubit.computeIfAbsent(q, k -> new ArrayList<>()).add(new Segment(q, o.offset(), o.end()));
            }
        }
        for (Hold h : holds) {
            int a = holdStart(h);
            int b = holdEnd(h);
            if (b > a) {
                byQubit.computeIfAbsent(h.qubit(), k -> new ArrayList<>()).add(new Segment(h.qubit(), a, b));
            }
        }
        byQubit.values().forEach(l -> l.sort(Comparator.comparingInt(Segment::start).thenComparingInt(Segment::end)));
        return byQubit;
    }

    /** All segments of {@link #occupancy()} in one list. */
    public List<Segment> segments() {
        return occupancy().values().stream().flatMap(List::stream).toList();
    }

    /** Every qubit the protocol touches, in order of first use. */
    public Set<String> qubits() {
        return new LinkedHashSet<>(occupancy().keySet());
    }

    /** Total busy slots on {@code qubit} (sum of its segment lengths). */
    public int busy(String qubit) {
        return occupancy().getOrDefault(qubit, List.of()).stream().mapToInt(Segment::length).sum();
    }

    /** The operations in a topological order of the DAG (predecessors first; file order among the free ones). */
    public List<ProtocolOp> topologicalOrder() {
        Map<String, Integer> missing = new HashMap<>();
        Map<String, List<ProtocolOp>> successors = new HashMap<>();
        for (ProtocolOp o : ops) {
            missing.put(o.id(), o.preds().size());
            for (String p : o.preds()) {
                successors.computeIfAbsent(p, k -> new ArrayList<>()).add(o);
            }
        }
        Deque<ProtocolOp> ready = new ArrayDeque<>();
        ops.stream().filter(o -> o.preds().isEmpty()).forEach(ready::add);
        List<ProtocolOp> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            ProtocolOp o = ready.poll();
            order.add(o);
            for (ProtocolOp s : successors.getOrDefault(o.id(), List.of())) {
                if (missing.merge(s.id(), -1, Integer::sum) == 0) {
                    ready.add(s);
                }
            }
        }
        if (order.size() != ops.size()) {
            throw new IllegalArgumentException("protocol of " + demand + ": the predecessor graph has a cycle or an unknown predecessor");
        }
        return order;
    }

    /** The operations no other operation consumes (the protocol's output pair; one in every staged protocol). */
    public List<ProtocolOp> sinks() {
        Set<String> consumed = new java.util.HashSet<>();
        ops.forEach(o -> consumed.addAll(o.preds()));
        return ops.stream().filter(o -> !consumed.contains(o.id())).toList();
    }
}
