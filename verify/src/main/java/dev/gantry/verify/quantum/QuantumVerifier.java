package dev.gantry.verify.quantum;

import dev.gantry.modeling.quantum.Capability;
import dev.gantry.modeling.quantum.Decay;
import dev.gantry.modeling.quantum.Demand;
import dev.gantry.modeling.quantum.Hold;
import dev.gantry.modeling.quantum.MemoryModel;
import dev.gantry.modeling.quantum.OpType;
import dev.gantry.modeling.quantum.Protocol;
import dev.gantry.modeling.quantum.ProtocolOp;
import dev.gantry.modeling.quantum.QuantumInstance;
import dev.gantry.modeling.quantum.QuantumLink;
import dev.gantry.modeling.quantum.QuantumNode;
import dev.gantry.modeling.quantum.QuantumSchedule;
import dev.gantry.modeling.quantum.ScheduleMode;
import dev.gantry.modeling.quantum.ScheduledInstance;
import dev.gantry.modeling.quantum.ScheduledOp;
import dev.gantry.modeling.quantum.Werner;
import dev.gantry.verify.Overlaps;
import dev.gantry.verify.VerificationReport;
import dev.gantry.verify.Violation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a periodic entanglement schedule against its instance (spec quantum §3.4, V1–V9), recomputing every
 * occupancy interval, deadline and fidelity itself. It trusts nothing the plan states: the objective it reports is the
 * throughput recomputed from the accepted demands.
 */
public final class QuantumVerifier {
    private QuantumVerifier() {
    }

    public static QuantumReport verify(QuantumInstance instance, QuantumSchedule schedule, QuantumCheckOptions options) {
        List<Violation> errors = new ArrayList<>();
        List<Violation> warnings = new ArrayList<>();
        List<Demand> accepted = checkReferences(instance, schedule, errors);
        checkNetwork(instance, accepted, errors);
        checkDurations(instance, accepted, errors);
        checkFidelity(instance, accepted, errors);
        Map<String, Map<Integer, ScheduledInstance>> runs = checkPeriodicity(schedule, accepted, errors);
        checkDeadlines(accepted, runs, errors);
        Map<String, Integer> opStarts = opStarts(instance, schedule, accepted, runs, errors);
        checkDecay(instance, accepted, runs, opStarts, errors);
        checkExclusivity(instance, accepted, runs, opStarts, errors);
        checkPrecedence(instance, schedule, accepted, runs, opStarts, options, errors, warnings);
        checkStorage(instance, accepted, runs, opStarts, options, errors);
        // The throughput of the demands that resolve (unknown ids are already V1 violations).
        QuantumSchedule known = new QuantumSchedule(accepted.stream().map(Demand::id).toList(), schedule.hyperperiod(),
                schedule.instances(), schedule.ops(), schedule.mode(), schedule.status());
        return new QuantumReport(VerificationReport.of(known.metrics(instance).throughput(), errors), warnings);
    }

    /** V1: accepted ids resolve and are distinct; every scheduled instance belongs to an accepted demand. */
    private static List<Demand> checkReferences(QuantumInstance instance, QuantumSchedule schedule, List<Violation> errors) {
        List<Demand> accepted = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String id : schedule.accepted()) {
            if (!instance.hasDemand(id)) {
                errors.add(new Violation("V1", List.of(id), "accepted demand " + id + " is not in the instance"));
            } else if (!seen.add(id)) {
                errors.add(new Violation("V1", List.of(id), "demand " + id + " is accepted twice"));
            } else {
                accepted.add(instance.demand(id));
            }
        }
        for (ScheduledInstance r : schedule.instances()) {
            if (!seen.contains(r.demand())) {
                errors.add(new Violation("V1", List.of(item(r)), "instance " + item(r) + " belongs to a demand that is not accepted"));
            }
        }
        for (ScheduledOp o : schedule.ops()) {
            if (!seen.contains(o.demand()) || instance.protocol(o.demand()).op(o.op()).isEmpty()) {
                errors.add(new Violation("V1", List.of(o.demand() + "#" + o.instance() + "." + o.op()),
                        "operation " + o.op() + " of " + o.demand() + " is not an operation of an accepted demand's protocol"));
            }
        }
        return accepted;
    }

    /** V1: qubit ids carry their node's prefix; each LINK_GEN uses a comm qubit at both ends of an existing link. */
    private static void checkNetwork(QuantumInstance instance, List<Demand> accepted, List<Violation> errors) {
        Map<String, QuantumNode> owner = new HashMap<>();
        for (QuantumNode n : instance.network().nodes()) {
            for (String q : concat(n.commQubits(), n.storageQubits())) {
                owner.put(q, n);
                if (!q.startsWith(n.id() + "-")) {
                    errors.add(new Violation("V1", List.of(q), "qubit " + q + " does not carry the prefix of its node " + n.id()));
                }
            }
        }
        for (Demand d : accepted) {
            for (ProtocolOp o : instance.protocol(d.id()).ops()) {
                String item = d.id() + "." + o.id();
                for (String q : o.qubits()) {
                    if (!owner.containsKey(q)) {
                        errors.add(new Violation("V1", List.of(item), item + " uses unknown qubit " + q));
                    }
                }
                if (o.type() != OpType.LINK_GEN) {
                    continue;
                }
                Optional<QuantumLink> link = instance.network().link(o.link());
                if (link.isEmpty()) {
                    errors.add(new Violation("V1", List.of(item), item + " names unknown link " + o.link()));
                    continue;
                }
                for (String end : List.of(link.get().u(), link.get().v())) {
                    boolean comm = o.qubits().stream().anyMatch(q -> owner.containsKey(q) && owner.get(q).id().equals(end)
                            && owner.get(q).commQubits().contains(q));
                    if (!comm) {
                        errors.add(new Violation("V1", List.of(item), item + " uses no communication qubit at node " + end
                                + " of link " + o.link()));
                    }
                }
                if (o.capabilityIndex() < 0 || o.capabilityIndex() >= link.get().capabilities().size()) {
                    errors.add(new Violation("V1", List.of(item), item + " names capability " + o.capabilityIndex()
                            + " of link " + o.link() + ", which has " + link.get().capabilities().size()));
                }
            }
        }
    }

    /** V2: LINK_GEN lasts ceil(1/(R·δ)); SWAP and DISTILL last as the hardware says. */
    private static void checkDurations(QuantumInstance instance, List<Demand> accepted, List<Violation> errors) {
        for (Demand d : accepted) {
            for (ProtocolOp o : instance.protocol(d.id()).ops()) {
                int expected;
                if (o.type() == OpType.LINK_GEN) {
                    Optional<QuantumLink> link = instance.network().link(o.link());
                    if (link.isEmpty() || o.capabilityIndex() < 0 || o.capabilityIndex() >= link.get().capabilities().size()) {
                        continue; // reported by V1
                    }
                    Capability c = link.get().capabilities().get(o.capabilityIndex());
                    expected = (int) Math.ceil(1.0 / (c.rateHz() * instance.slotSeconds()) - 1e-9);
                } else {
                    expected = instance.hardware().slots(o.type());
                }
                if (o.duration() != expected) {
                    errors.add(new Violation("V2", List.of(d.id() + "." + o.id()), d.id() + "." + o.id() + " lasts "
                            + o.duration() + " slots; a " + o.type() + " here lasts " + expected));
                }
            }
        }
    }

    /** V3: the Werner fidelity of each accepted protocol, without decay, reaches F_min. */
    private static void checkFidelity(QuantumInstance instance, List<Demand> accepted, List<Violation> errors) {
        for (Demand d : accepted) {
            double f;
            try {
                f = Werner.protocolFidelity(instance.protocol(d.id()), instance.network());
            } catch (RuntimeException e) {
                errors.add(new Violation("V3", List.of(d.id()), "the protocol of " + d.id() + " cannot be evaluated: " + e.getMessage()));
                continue;
            }
            if (f < d.minFidelity()) {
                errors.add(new Violation("V3", List.of(d.id()), "the protocol of " + d.id() + " delivers fidelity "
                        + f + ", below F_min " + d.minFidelity()));
            }
        }
    }

    /**
     * V3 with a memory model: the decay-aware fidelity of each scheduled instance, from its actual waits, reaches
     * F_min. Without a memory model ([LS]) there is no decay to check.
     */
    private static void checkDecay(QuantumInstance instance, List<Demand> accepted, Map<String, Map<Integer, ScheduledInstance>> runs,
            Map<String, Integer> starts, List<Violation> errors) {
        if (instance.hardware().memory().isEmpty()) {
            return;
        }
        MemoryModel memory = instance.hardware().memory().get();
        for (Demand d : accepted) {
            Protocol p = instance.protocol(d.id());
            for (ScheduledInstance r : runs.get(d.id()).values()) {
                if (p.ops().stream().anyMatch(o -> !starts.containsKey(item(r) + "." + o.id()))) {
                    continue; // reported by V7
                }
                double f = Decay.fidelity(p, instance.network(), memory, instance.slotSeconds(),
                        op -> starts.get(item(r) + "." + op), r.end());
                if (f < d.minFidelity()) {
                    errors.add(new Violation("V3", List.of(item(r)), item(r) + " delivers decay-aware fidelity " + f
                            + ", below F_min " + d.minFidelity()));
                }
            }
        }
    }

    /** V4: H is a multiple of every accepted period; each accepted demand has instances 0 … H/p − 1, once each. */
    private static Map<String, Map<Integer, ScheduledInstance>> checkPeriodicity(QuantumSchedule schedule, List<Demand> accepted,
            List<Violation> errors) {
        int h = schedule.hyperperiod();
        Map<String, Map<Integer, ScheduledInstance>> runs = new LinkedHashMap<>();
        accepted.forEach(d -> runs.put(d.id(), new LinkedHashMap<>()));
        for (ScheduledInstance r : schedule.instances()) {
            Map<Integer, ScheduledInstance> of = runs.get(r.demand());
            if (of != null && of.putIfAbsent(r.instance(), r) != null) {
                errors.add(new Violation("V4", List.of(item(r)), "instance " + item(r) + " is scheduled more than once"));
            }
        }
        for (Demand d : accepted) {
            if (h % d.period() != 0) {
                errors.add(new Violation("V4", List.of(d.id()), "hyperperiod " + h + " is not a multiple of the period "
                        + d.period() + " of " + d.id()));
                continue;
            }
            int count = h / d.period();
            Map<Integer, ScheduledInstance> of = runs.get(d.id());
            for (int k = 0; k < count; k++) {
                if (!of.containsKey(k)) {
                    errors.add(new Violation("V4", List.of(d.id() + "#" + k), "instance " + k + " of " + d.id() + " is missing"));
                }
            }
            for (int k : List.copyOf(of.keySet())) {
                if (k >= count) {
                    errors.add(new Violation("V4", List.of(d.id() + "#" + k), "instance " + k + " of " + d.id()
                            + " lies beyond the hyperperiod, which holds " + count));
                    of.remove(k);
                }
            }
        }
        return runs;
    }

    /** V5: each instance runs inside its own period: {@code k·p ≤ start} and {@code end ≤ k·p + D}. */
    private static void checkDeadlines(List<Demand> accepted, Map<String, Map<Integer, ScheduledInstance>> runs, List<Violation> errors) {
        for (Demand d : accepted) {
            for (ScheduledInstance r : runs.get(d.id()).values()) {
                long release = (long) r.instance() * d.period();
                if (r.start() < release) {
                    errors.add(new Violation("V5", List.of(item(r)), item(r) + " starts at " + r.start() + ", before its release " + release));
                }
                if (r.end() > release + d.relativeDeadline()) {
                    errors.add(new Violation("V5", List.of(item(r)), item(r) + " ends at " + r.end() + ", after its deadline "
                            + (release + d.relativeDeadline())));
                }
            }
        }
    }

    /**
     * The start of every operation of every scheduled instance, keyed {@code demand#k.op}. Rigid: instance start +
     * offset, and V7 checks the instance length and any op_schedule against it. Flexible: op_schedule, every
     * operation once and inside its instance.
     */
    private static Map<String, Integer> opStarts(QuantumInstance instance, QuantumSchedule schedule, List<Demand> accepted,
            Map<String, Map<Integer, ScheduledInstance>> runs, List<Violation> errors) {
        Map<String, Integer> given = new HashMap<>();
        for (ScheduledOp o : schedule.ops()) {
            String key = o.demand() + "#" + o.instance() + "." + o.op();
            if (given.putIfAbsent(key, o.start()) != null) {
                errors.add(new Violation("V7", List.of(key), "operation " + key + " is scheduled more than once"));
            }
        }
        boolean rigid = schedule.mode() == ScheduleMode.RIGID;
        Map<String, Integer> starts = new HashMap<>();
        for (Demand d : accepted) {
            Protocol p = instance.protocol(d.id());
            for (ScheduledInstance r : runs.get(d.id()).values()) {
                if (rigid && r.end() - r.start() != p.makespan()) {
                    errors.add(new Violation("V7", List.of(item(r)), item(r) + " lasts " + (r.end() - r.start())
                            + " slots; its protocol's makespan is " + p.makespan()));
                }
                for (ProtocolOp o : p.ops()) {
                    String key = item(r) + "." + o.id();
                    Integer stated = given.get(key);
                    if (rigid) {
                        int start = r.start() + o.offset();
                        starts.put(key, start);
                        if (stated != null && stated != start) {
                            errors.add(new Violation("V7", List.of(key), key + " starts at " + stated + "; the rigid offset "
                                    + o.offset() + " puts it at " + start));
                        }
                    } else if (stated == null) {
                        errors.add(new Violation("V7", List.of(key), key + " is missing from the op_schedule"));
                    } else {
                        starts.put(key, stated);
                        if (stated < r.start() || stated + o.duration() > r.end()) {
                            errors.add(new Violation("V7", List.of(key), key + " runs on [" + stated + ", " + (stated + o.duration())
                                    + "), outside its instance [" + r.start() + ", " + r.end() + ")"));
                        }
                    }
                }
            }
        }
        return starts;
    }

    /** An occupancy interval of one qubit: an operation or a hold of one instance. */
    private record Busy(String qubit, int start, int end, String what) {
    }

    /** V6: no two occupancy intervals (operations and holds, over all instances) overlap on a qubit. */
    private static void checkExclusivity(QuantumInstance instance, List<Demand> accepted, Map<String, Map<Integer, ScheduledInstance>> runs,
            Map<String, Integer> starts, List<Violation> errors) {
        Map<String, List<Busy>> byQubit = new HashMap<>();
        for (Demand d : accepted) {
            Protocol p = instance.protocol(d.id());
            for (ScheduledInstance r : runs.get(d.id()).values()) {
                for (ProtocolOp o : p.ops()) {
                    Integer s = starts.get(item(r) + "." + o.id());
                    if (s == null) {
                        continue;
                    }
                    for (String q : o.qubits()) {
                        byQubit.computeIfAbsent(q, k -> new ArrayList<>()).add(new Busy(q, s, s + o.duration(), item(r) + "." + o.id()));
                    }
                }
                for (Hold hold : p.holds()) {
                    int[] span = holdSpan(p, hold, r, starts);
                    if (span != null && span[1] > span[0]) {
                        byQubit.computeIfAbsent(hold.qubit(), k -> new ArrayList<>())
                                .add(new Busy(hold.qubit(), span[0], span[1], item(r) + ".hold(" + hold.from() + ")"));
                    }
                }
            }
        }
        for (List<Busy> list : byQubit.values()) {
            list.sort(Comparator.comparingInt(Busy::start).thenComparingInt(Busy::end).thenComparing(Busy::what));
            Overlaps.sweep(list, Busy::start, Busy::end, (a, b) -> errors.add(new Violation("V6", List.of(a.what(), b.what()),
                    "qubit " + a.qubit() + " is busy with " + a.what() + " on [" + a.start() + ", " + a.end() + ") and with "
                            + b.what() + " on [" + b.start() + ", " + b.end() + ")")));
        }
    }

    /** {@code [end of producer, start of consumer or instance end)}, or null when an operation is unplaced. */
    private static int[] holdSpan(Protocol p, Hold hold, ScheduledInstance r, Map<String, Integer> starts) {
        Integer from = starts.get(item(r) + "." + hold.from());
        if (from == null) {
            return null;
        }
        int begin = from + p.op(hold.from()).orElseThrow().duration();
        if (hold.untilEnd()) {
            return new int[] {begin, r.end()};
        }
        Integer to = starts.get(item(r) + "." + hold.to());
        return to == null ? null : new int[] {begin, to};
    }

    /** V8: every DAG edge o′→o has {@code S_o ≥ S_o′ + c_o′ + λ}. */
    private static void checkPrecedence(QuantumInstance instance, QuantumSchedule schedule, List<Demand> accepted,
            Map<String, Map<Integer, ScheduledInstance>> runs, Map<String, Integer> starts, QuantumCheckOptions options,
            List<Violation> errors, List<Violation> warnings) {
        boolean strict = options.precedence() == PrecedenceMode.STRICT || schedule.mode() == ScheduleMode.FLEXIBLE;
        int lag = instance.hardware().classicalLagSlots();
        for (Demand d : accepted) {
            Protocol p = instance.protocol(d.id());
            for (ScheduledInstance r : runs.get(d.id()).values()) {
                for (ProtocolOp o : p.ops()) {
                    Integer s = starts.get(item(r) + "." + o.id());
                    for (String predId : o.preds()) {
                        ProtocolOp pred = p.op(predId).orElseThrow();
                        Integer ps = starts.get(item(r) + "." + predId);
                        if (s == null || ps == null || s >= ps + pred.duration() + lag) {
                            continue;
                        }
                        boolean shared = o.qubits().stream().anyMatch(pred.qubits()::contains);
                        Violation v = new Violation("V8", List.of(item(r) + "." + predId, item(r) + "." + o.id()),
                                item(r) + "." + o.id() + " starts at " + s + " before its input " + predId + " is ready at "
                                        + (ps + pred.duration() + lag) + (shared ? " (they share a qubit)" : ""));
                        (strict || shared ? errors : warnings).add(v);
                    }
                }
            }
        }
    }

    /** V9: every hold lasts at most h_max (the option, else the instance's max_hold_slots, else no limit). */
    private static void checkStorage(QuantumInstance instance, List<Demand> accepted, Map<String, Map<Integer, ScheduledInstance>> runs,
            Map<String, Integer> starts, QuantumCheckOptions options, List<Violation> errors) {
        Integer limit = options.hMax() != null ? options.hMax()
                : instance.hardware().memory().map(m -> m.maxHoldSlots()).orElse(null);
        if (limit == null) {
            return;
        }
        for (Demand d : accepted) {
            Protocol p = instance.protocol(d.id());
            for (ScheduledInstance r : runs.get(d.id()).values()) {
                for (Hold hold : p.holds()) {
                    int[] span = holdSpan(p, hold, r, starts);
                    if (span != null && span[1] - span[0] > limit) {
                        errors.add(new Violation("V9", List.of(item(r) + ".hold(" + hold.from() + "," + hold.qubit() + ")"),
                                "qubit " + hold.qubit() + " of " + item(r) + " holds the pair from " + hold.from() + " for "
                                        + (span[1] - span[0]) + " slots, more than h_max = " + limit));
                    }
                }
            }
        }
    }

    private static String item(ScheduledInstance r) {
        return r.demand() + "#" + r.instance();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
