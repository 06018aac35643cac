package dev.gantry.modeling.quantum;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Decay-aware fidelity under the Gantry memory model (spec §3.2): a pair whose halves sit on q1, q2 for Δ seconds has
 * its Werner parameter multiplied by {@code exp(−Δ·(1/T(q1) + 1/T(q2)))}. The DAG is evaluated in topological order,
 * each input pair decayed over its wait {@code S_consumer − E_producer} (a negative wait, the [LS] precedence gap,
 * counts as 0) and the output pair until the instance ends. With T = 1 s this gives the §3.2 table: 0.661 for the
 * 11-slot star/H protocols, 0.473 for H's 55-slot ones, 0.663 and 0.307 for the line's 33- and 144-slot ones.
 */
public final class Decay {
    private Decay() {
    }

    /** The fidelity at the protocol's end when every operation starts at its rigid offset. */
    public static double rigidFidelity(Protocol protocol, QuantumNetwork network, MemoryModel memory, double slotSeconds) {
        return fidelity(protocol, network, memory, slotSeconds, id -> protocol.op(id).orElseThrow().offset(), protocol.makespan());
    }

    /**
     * The fidelity at {@code end} (slots, same origin as {@code start}) with each operation starting at
     * {@code start.applyAsInt(opId)}.
     */
    public static double fidelity(Protocol protocol, QuantumNetwork network, MemoryModel memory, double slotSeconds,
            ToIntFunction<String> start, int end) {
        return evaluate(protocol, network, memory, slotSeconds, (producer, consumer) -> {
            int produced = start.applyAsInt(producer.id()) + producer.duration();
            return Math.max(0, (consumer == null ? end : start.applyAsInt(consumer.id())) - produced);
        });
    }

    /** The fidelity when every pair, the output pair included, waits exactly {@code waitSlots}. */
    public static double uniformWaitFidelity(Protocol protocol, QuantumNetwork network, MemoryModel memory, double slotSeconds,
            int waitSlots) {
        return evaluate(protocol, network, memory, slotSeconds, (producer, consumer) -> waitSlots);
    }

    /**
     * h_max (§3.2): the largest wait h, in slots, such that every pair waiting h still gives a fidelity of at least
     * {@code minFidelity}; -1 when even waits of 0 fall short. Found by binary search, the fidelity falling as h grows.
     */
    public static int maxHoldSlots(Protocol protocol, QuantumNetwork network, MemoryModel memory, double slotSeconds,
            double minFidelity, int limit) {
        if (uniformWaitFidelity(protocol, network, memory, slotSeconds, 0) < minFidelity) {
            return -1;
        }
        int lo = 0;
        int hi = limit;
        while (lo < hi) {
            int mid = lo + (hi - lo + 1) / 2;
            if (uniformWaitFidelity(protocol, network, memory, slotSeconds, mid) >= minFidelity) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** Slots a pair produced by {@code producer} waits before {@code consumer} (null: until the instance ends). */
    @FunctionalInterface
    private interface Wait {
        int slots(ProtocolOp producer, ProtocolOp consumer);
    }

    private static double evaluate(Protocol protocol, QuantumNetwork network, MemoryModel memory, double slotSeconds, Wait wait) {
        Map<String, Double> fidelity = new HashMap<>();
        Map<String, List<String>> halves = halves(protocol);
        List<ProtocolOp> order = protocol.topologicalOrder();
        for (ProtocolOp o : order) {
            double f;
            if (o.type() == OpType.LINK_GEN) {
                f = network.link(o.link()).orElseThrow().capabilities().get(o.capabilityIndex()).fidelity();
            } else {
                double a = decayed(protocol, o.preds().get(0), o, fidelity, halves, network, memory, slotSeconds, wait);
                double b = decayed(protocol, o.preds().get(1), o, fidelity, halves, network, memory, slotSeconds, wait);
                f = o.type() == OpType.SWAP ? Werner.swap(a, b) : Werner.distill(a, b);
            }
            fidelity.put(o.id(), f);
        }
        List<ProtocolOp> sinks = protocol.sinks();
        if (sinks.size() != 1) {
            throw new IllegalArgumentException("protocol of " + protocol.demand() + ": expected one output operation, found " + sinks.size());
        }
        return decayed(protocol, sinks.get(0).id(), null, fidelity, halves, network, memory, slotSeconds, wait);
    }

    private static double decayed(Protocol protocol, String producerId, ProtocolOp consumer, Map<String, Double> fidelity,
            Map<String, List<String>> halves, QuantumNetwork network, MemoryModel memory, double slotSeconds, Wait wait) {
        ProtocolOp producer = protocol.op(producerId).orElseThrow();
        double seconds = wait.slots(producer, consumer) * slotSeconds;
        double rate = 0;
        List<String> held = halves.get(producerId);
        for (int i = 0; i < 2; i++) {
            String q = i < held.size() ? held.get(i) : null;
            // a half on an unknown qubit decays as the shorter-lived type, so the estimate stays conservative
            double t = q == null ? Math.min(memory.tCommSeconds(), memory.tStorageSeconds())
                    : network.isCommQubit(q) ? memory.tCommSeconds() : memory.tStorageSeconds();
            rate += 1.0 / t;
        }
        return Werner.fidelity(Werner.parameter(fidelity.get(producerId)) * Math.exp(-seconds * rate));
    }

    /**
     * The qubits holding the two halves of each operation's output pair: a LINK_GEN's or DISTILL's held qubits (its
     * holds), a SWAP's the far halves of its inputs (their halves minus the swap's own qubits).
     */
    static Map<String, List<String>> halves(Protocol protocol) {
        Map<String, List<String>> out = new HashMap<>();
        for (ProtocolOp o : protocol.topologicalOrder()) {
            Set<String> held = new LinkedHashSet<>();
            if (o.type() == OpType.SWAP) {
                o.preds().forEach(p -> held.addAll(out.get(p)));
                o.qubits().forEach(held::remove);
            } else {
                protocol.holds().stream().filter(h -> h.from().equals(o.id())).forEach(h -> held.add(h.qubit()));
            }
            out.put(o.id(), new ArrayList<>(held));
        }
        return out;
    }
}
