package dev.gantry.cp.quantum;

import dev.gantry.modeling.api.BoolVar;
import dev.gantry.modeling.api.Constraints;
import dev.gantry.modeling.api.Hint;
import dev.gantry.modeling.api.IntVar;
import dev.gantry.modeling.api.IntervalVar;
import dev.gantry.modeling.api.LinExpr;
import dev.gantry.modeling.api.Model;
import dev.gantry.modeling.api.ModelBuilder;
import dev.gantry.modeling.api.ReferenceSemantics;
import dev.gantry.modeling.api.Solution;
import dev.gantry.modeling.api.ZeroLength;
import dev.gantry.modeling.quantum.Decay;
import dev.gantry.modeling.quantum.Demand;
import dev.gantry.modeling.quantum.Hold;
import dev.gantry.modeling.quantum.Hyperperiod;
import dev.gantry.modeling.quantum.MemoryModel;
import dev.gantry.modeling.quantum.Protocol;
import dev.gantry.modeling.quantum.ProtocolOp;
import dev.gantry.modeling.quantum.QuantumInstance;
import dev.gantry.modeling.quantum.QuantumSchedule;
import dev.gantry.modeling.quantum.ScheduleMode;
import dev.gantry.modeling.quantum.ScheduleStatus;
import dev.gantry.modeling.quantum.ScheduledInstance;
import dev.gantry.modeling.quantum.ScheduledOp;
import dev.gantry.modeling.quantum.Segment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The exact periodic models of spec quantum §3.1 (rigid) and §3.2 (flexible), built through the DSL over the hyperperiod
 * {@code H} of all demands. One Boolean {@code x/<d>} per demand is the presence of all its instances' intervals.
 * <ul>
 * <li>Rigid: one start {@code s/<d>/<k>} per instance in {@code [k·p, k·p + W − C]} ({@code W = min(p, D)}), one
 * fixed-size interval per occupancy segment at {@code s + a}.</li>
 * <li>Flexible: one start {@code S/<d>/<k>/<op>} per operation, an interval on each of its qubits, every DAG edge
 * {@code S_o ≥ S_o' + c_o' + λ}, and each hold a variable-length interval {@code [E_producer, S_consumer or end)} of
 * length at most h_max; instance start {@code B/<d>/<k>} and end {@code E/<d>/<k>} are the min and max over its
 * operations.</li>
 * </ul>
 * Per qubit a NoOverlap, plus the redundant utilisation bound {@code Σ x_d·busy_d(q)·H/p_d ≤ H}. Objectives,
 * lexicographic: the acceptance stage, then the worst (or summed) response, then the jitter unless it is enforced zero.
 */
public final class QuantumCpModel {
    private final QuantumInstance instance;
    private final ScheduleMode mode;
    private final int hyperperiod;
    private final Map<String, BoolVar> accept = new LinkedHashMap<>();
    private final List<Run> runs = new ArrayList<>();
    private final Model model;

    /** Instance k of a demand: its start variable (s, or B in flexible mode), and in flexible mode its operation starts. */
    private record Run(Demand demand, int k, IntVar start, Map<String, IntVar> ops) {
    }

    private QuantumCpModel(QuantumInstance instance, ScheduleMode mode, QuantumCpOptions options, List<PairConflicts.Pair> conflicts) {
        this.instance = instance;
        this.mode = mode;
        this.hyperperiod = Hyperperiod.of(instance.demands().stream().map(Demand::period).toList());
        ModelBuilder m = Model.builder("quantum-" + mode.name().toLowerCase(java.util.Locale.ROOT) + "/" + instance.name());
        Map<String, List<IntervalVar>> onQubit = new LinkedHashMap<>();
        List<LinExpr> responses = new ArrayList<>();
        List<IntVar> jitters = new ArrayList<>();
        boolean strictZero = true;
        for (Demand d : instance.demands()) {
            Protocol p = instance.protocol(d.id());
            BoolVar x = m.boolVar("x/" + d.id());
            accept.put(d.id(), x);
            int window = Math.min(d.period(), d.relativeDeadline());
            int limit = mode == ScheduleMode.FLEXIBLE ? holdLimit(d, p, options, window) : window;
            // absent instances sit at their rigid offsets, so the protocol must fit its window in both modes
            if (p.makespan() > window || limit < 0) {
                m.group("window/" + d.id()).label("Demand " + d.id() + " fits its period and storage limit").add(x.eq(0));
                continue;
            }
            strictZero &= p.holds().stream().allMatch(h -> p.op(h.from()).orElseThrow().qubits().contains(h.qubit()));
            int rigidEnd = mode == ScheduleMode.RIGID ? p.makespan() : p.ops().stream().mapToInt(ProtocolOp::end).max().orElseThrow();
            IntVar first = null;
            IntVar previous = null;
            for (int k = 0; k < hyperperiod / d.period(); k++) {
                long release = (long) k * d.period();
                Run run = mode == ScheduleMode.RIGID ? rigidRun(m, d, p, k, x, window, onQubit)
                        : flexibleRun(m, d, p, k, x, window, onQubit);
                runs.add(run);
                LinExpr end;
                if (mode == ScheduleMode.RIGID) {
                    end = run.start().plus(p.makespan());
                } else {
                    end = m.intVar("E/" + d.id() + "/" + k, release, release + window).expr();
                    m.add(Constraints.maxOf(end, p.ops().stream().map(o -> run.ops().get(o.id()).plus(o.duration())).toList()));
                    addHolds(m, d, p, k, x, run, end, limit, onQubit);
                }
                // end − k·p when present; absent instances sit at their rigid offsets, where this is 0
                responses.add(end.minus(release + rigidEnd).plus(x.times(rigidEnd)));
                if (first == null) {
                    first = run.start();
                } else if (options.jitter() == JitterObjective.ZERO) {
                    m.group("jitter/" + d.id()).label("Demand " + d.id() + " starts every period at the same offset")
                            .add(run.start().eq(first.plus(release)));
                } else {
                    LinExpr deviation = run.start().minus(previous).minus(d.period());
                    IntVar j = m.intVar("j/" + d.id() + "/" + k, 0, window);
                    m.add(j.ge(deviation));
                    m.add(j.ge(deviation.negate()));
                    jitters.add(j);
                }
                previous = run.start();
            }
        }
        ZeroLength zero = strictZero ? ZeroLength.STRICT : ZeroLength.IGNORE_ZERO;
        onQubit.forEach((q, list) -> m.group("qubit/" + q).label("Qubit " + q + " does one thing at a time")
                .add(Constraints.noOverlap(list, zero)));
        addUtilisation(m);
        for (PairConflicts.Pair c : conflicts) {
            m.group("conflict/" + c.first() + "+" + c.second()).label("Demands " + c.first() + " and " + c.second()
                    + " cannot be scheduled together").add(accept.get(c.first()).plus(accept.get(c.second())).le(1));
        }
        List<BoolVar> xs = new ArrayList<>(accept.values());
        LinExpr response;
        if (options.response() == ResponseObjective.MAX) {
            IntVar worst = m.intVar("maxResponse", 0, hyperperiod);
            responses.forEach(r -> m.add(worst.ge(r)));
            response = worst.expr();
        } else {
            response = LinExpr.sum(responses);
        }
        ModelBuilder.ObjectiveBuilder objective = m.maximize(acceptance(options.acceptance(), xs)).thenMinimize(response);
        if (options.jitter() == JitterObjective.MINIMISE) {
            objective.thenMinimize(LinExpr.sum(jitters));
        }
        this.model = m.build();
    }

    public static QuantumCpModel of(QuantumInstance instance, ScheduleMode mode, QuantumCpOptions options) {
        return new QuantumCpModel(instance, mode, options, List.of());
    }

    /** The model with the cut {@code x_d + x_e ≤ 1} for each proven conflict (see {@link PairConflicts}). */
    public static QuantumCpModel of(QuantumInstance instance, ScheduleMode mode, QuantumCpOptions options,
            List<PairConflicts.Pair> conflicts) {
        return new QuantumCpModel(instance, mode, options, conflicts);
    }

    /** The acceptance Boolean {@code x/<d>} of a demand. */
    public BoolVar accepted(String demand) {
        return accept.get(demand);
    }

    public Model model() {
        return model;
    }

    public ScheduleMode mode() {
        return mode;
    }

    /** {@code lcm} of every demand's period: the horizon of the model and of its decoded schedules. */
    public int hyperperiod() {
        return hyperperiod;
    }

    private static String key(String demand, int k) {
        return demand + "/" + k;
    }

    /** h_max for a flexible protocol: the option, else the memory model's; -1 when no wait at all keeps F_min. */
    private int holdLimit(Demand d, Protocol p, QuantumCpOptions options, int window) {
        if (options.hMax() != null) {
            return Math.min(options.hMax(), window);
        }
        Optional<MemoryModel> memory = instance.hardware().memory();
        if (memory.isEmpty()) {
            return window;
        }
        if (memory.get().maxHoldSlots() != null) {
            return Math.min(memory.get().maxHoldSlots(), window);
        }
        return Decay.maxHoldSlots(p, instance.network(), memory.get(), instance.slotSeconds(), d.minFidelity(), window);
    }

    private Run rigidRun(ModelBuilder m, Demand d, Protocol p, int k, BoolVar x, int window, Map<String, List<IntervalVar>> onQubit) {
        long release = (long) k * d.period();
        IntVar s = m.intVar("s/" + d.id() + "/" + k, release, release + window - p.makespan());
        m.add(Constraints.implies(x.not(), s.eq(release)));
        List<Segment> segments = p.segments();
        for (int i = 0; i < segments.size(); i++) {
            Segment seg = segments.get(i);
            IntervalVar iv = m.interval("seg/" + d.id() + "/" + k + "/" + i).start(s.plus(seg.start())).size(seg.length())
                    .presence(x).build();
            onQubit.computeIfAbsent(seg.qubit(), q -> new ArrayList<>()).add(iv);
        }
        return new Run(d, k, s, Map.of());
    }

    private Run flexibleRun(ModelBuilder m, Demand d, Protocol p, int k, BoolVar x, int window, Map<String, List<IntervalVar>> onQubit) {
        long release = (long) k * d.period();
        String id = d.id() + "/" + k;
        Map<String, IntVar> starts = new LinkedHashMap<>();
        for (ProtocolOp o : p.ops()) {
            IntVar s = m.intVar("S/" + id + "/" + o.id(), release, release + window - o.duration());
            m.add(Constraints.implies(x.not(), s.eq(release + o.offset())));
            starts.put(o.id(), s);
            for (String q : o.qubits()) {
                IntervalVar iv = m.interval("op/" + id + "/" + o.id() + "/" + q).start(s).size(o.duration()).presence(x).build();
                onQubit.computeIfAbsent(q, key -> new ArrayList<>()).add(iv);
            }
        }
        int lag = instance.hardware().classicalLagSlots();
        for (ProtocolOp o : p.ops()) {
            for (String pred : o.preds()) {
                ProtocolOp before = p.op(pred).orElseThrow();
                m.group("precedence/" + d.id()).label("Demand " + d.id() + " consumes each pair after it is produced")
                        .add(Constraints.implies(x, starts.get(o.id()).ge(starts.get(pred).plus(before.duration() + lag))));
            }
        }
        IntVar begin = m.intVar("B/" + id, release, release + window);
        m.add(Constraints.minOf(begin, new ArrayList<>(starts.values())));
        return new Run(d, k, begin, starts);
    }

    /** Each hold: a variable-length interval from its producer's end to its consumer's start (or the instance end). */
    private void addHolds(ModelBuilder m, Demand d, Protocol p, int k, BoolVar x, Run run, LinExpr end, int limit,
            Map<String, List<IntervalVar>> onQubit) {
        List<Hold> holds = p.holds();
        for (int i = 0; i < holds.size(); i++) {
            Hold h = holds.get(i);
            ProtocolOp producer = p.op(h.from()).orElseThrow();
            LinExpr from = run.ops().get(h.from()).plus(producer.duration());
            LinExpr to = h.untilEnd() ? end : run.ops().get(h.to()).expr();
            IntervalVar iv = m.interval("hold/" + d.id() + "/" + k + "/" + i).start(from).size(0, limit).presence(x).build();
            m.group("storage/" + d.id()).label("Demand " + d.id() + " holds each pair at most h_max = " + limit + " slots")
                    .add(Constraints.implies(x, iv.end().eq(to)));
            onQubit.computeIfAbsent(h.qubit(), q -> new ArrayList<>()).add(iv);
        }
    }

    /** The redundant bound: an accepted set overloading a qubit over H is infeasible (operations only in flexible mode). */
    private void addUtilisation(ModelBuilder m) {
        Map<String, List<LinExpr>> load = new LinkedHashMap<>();
        for (Demand d : instance.demands()) {
            Protocol p = instance.protocol(d.id());
            Map<String, Integer> busy = new LinkedHashMap<>();
            if (mode == ScheduleMode.RIGID) {
                p.qubits().forEach(q -> busy.put(q, p.busy(q)));
            } else {
                p.ops().forEach(o -> o.qubits().forEach(q -> busy.merge(q, o.duration(), Integer::sum)));
            }
            long instances = hyperperiod / d.period();
            busy.forEach((q, b) -> load.computeIfAbsent(q, key -> new ArrayList<>()).add(accept.get(d.id()).times(b * instances)));
        }
        load.forEach((q, terms) -> m.group("utilisation/" + q).label("Qubit " + q + " is busy at most H slots per hyperperiod")
                .add(LinExpr.sum(terms).le(hyperperiod)));
    }

    private LinExpr acceptance(AcceptanceObjective objective, List<BoolVar> xs) {
        long[] weights = new long[xs.size()];
        for (int i = 0; i < xs.size(); i++) {
            Demand d = instance.demands().get(i);
            weights[i] = switch (objective) {
                case RATE -> hyperperiod / d.period();
                case COUNT -> 1;
                case ADMISSION_ORDER -> {
                    if (xs.size() > 62) {
                        throw new IllegalArgumentException("ADMISSION_ORDER weighs demands by powers of two: at most 62 demands, found "
                                + xs.size());
                    }
                    yield 1L << (xs.size() - 1 - i);
                }
            };
        }
        return LinExpr.weightedSum(xs, weights);
    }

    /**
     * A warm start from any schedule of this instance (a heuristic's, usually RCPSP-NP-EDF's): acceptance, and the
     * starts of the accepted instances, repeated over H when the schedule's hyperperiod is shorter. In flexible mode a
     * rigid schedule gives each operation its offset; CP-SAT repairs a hint that breaks an edge or h_max.
     */
    public Hint hint(QuantumSchedule schedule) {
        Map<String, Long> values = new LinkedHashMap<>();
        accept.forEach((d, x) -> values.put(x.name(), schedule.accepted().contains(d) ? 1L : 0L));
        Map<String, ScheduledInstance> given = new HashMap<>();
        schedule.instances().forEach(r -> given.put(key(r.demand(), r.instance()), r));
        Map<String, Integer> givenOps = new HashMap<>();
        schedule.ops().forEach(o -> givenOps.put(key(o.demand(), o.instance()) + "/" + o.op(), o.start()));
        boolean repeats = schedule.hyperperiod() > 0 && hyperperiod % schedule.hyperperiod() == 0;
        long worst = 0;
        Map<String, Long> previous = new HashMap<>();
        for (Run run : runs) {
            Demand d = run.demand();
            Protocol p = instance.protocol(d.id());
            long release = (long) run.k() * d.period();
            long start = release;
            long shift = 0;
            String source = null;
            if (schedule.accepted().contains(d.id())) {
                ScheduledInstance r = null;
                if (repeats) {
                    int perSchedule = schedule.hyperperiod() / d.period();
                    shift = (long) (run.k() / perSchedule) * schedule.hyperperiod();
                    source = key(d.id(), run.k() % perSchedule);
                    r = given.get(source);
                }
                if (r == null) {
                    continue; // a schedule that does not cover this instance hints only acceptance
                }
                start = r.start() + shift;
            }
            // every other variable follows from the starts; hinting them all lets CP-SAT take the hint as a whole solution
            long end = start + p.makespan();
            if (mode == ScheduleMode.RIGID) {
                values.put(run.start().name(), start);
            } else {
                Map<String, Long> at = new HashMap<>();
                for (ProtocolOp o : p.ops()) {
                    Integer stated = source == null ? null : givenOps.get(source + "/" + o.id());
                    at.put(o.id(), stated != null ? stated + shift : start + o.offset());
                    values.put(run.ops().get(o.id()).name(), at.get(o.id()));
                }
                start = p.ops().stream().mapToLong(o -> at.get(o.id())).min().orElseThrow();
                end = p.ops().stream().mapToLong(o -> at.get(o.id()) + o.duration()).max().orElseThrow();
                values.put(run.start().name(), start);
                values.put("E/" + d.id() + "/" + run.k(), end);
                List<Hold> holds = p.holds();
                for (int i = 0; i < holds.size(); i++) {
                    Hold h = holds.get(i);
                    long from = at.get(h.from()) + p.op(h.from()).orElseThrow().duration();
                    // an absent hold is unconstrained: size 0 keeps it inside its domain
                    long to = source == null ? from : h.untilEnd() ? end : at.get(h.to());
                    values.put("hold/" + d.id() + "/" + run.k() + "/" + i + ".size", to - from);
                    values.put("hold/" + d.id() + "/" + run.k() + "/" + i + ".end", to);
                }
            }
            if (source != null) {
                worst = Math.max(worst, end - release);
            }
            Long before = previous.put(d.id(), start);
            if (before != null) {
                values.put("j/" + d.id() + "/" + run.k(), Math.abs(start - before - d.period()));
            }
        }
        values.put("maxResponse", worst);
        // only names of this model: the jitter and response variables exist only under their objectives
        values.keySet().removeIf(name -> model.variable(name).isEmpty());
        return Hint.of(values);
    }

    /**
     * The hint as a solution of this model, when it assigns every variable and satisfies every constraint under the
     * reference semantics: the warm start to fall back on when CP-SAT stops before its first solution.
     */
    public Optional<Solution> asSolution(Hint hint) {
        long[] values = new long[model.variables().size()];
        for (IntVar v : model.variables()) {
            Long value = hint.values().get(v.name());
            if (value == null) {
                return Optional.empty();
            }
            values[v.index()] = value;
        }
        return ReferenceSemantics.satisfies(model, values) ? Optional.of(new Solution(model, values)) : Optional.empty();
    }

    /** The schedule of a solution: accepted demands in file order, every instance over H, operation starts in flexible mode. */
    public QuantumSchedule decode(Solution solution, ScheduleStatus status) {
        List<String> accepted = accept.entrySet().stream().filter(e -> solution.isTrue(e.getValue())).map(Map.Entry::getKey).toList();
        if (accepted.isEmpty()) {
            return QuantumSchedule.empty(mode, status);
        }
        List<ScheduledInstance> instances = new ArrayList<>();
        List<ScheduledOp> ops = new ArrayList<>();
        for (Run run : runs) {
            String d = run.demand().id();
            if (!accepted.contains(d)) {
                continue;
            }
            Protocol p = instance.protocol(d);
            if (mode == ScheduleMode.RIGID) {
                int s = (int) solution.value(run.start());
                instances.add(new ScheduledInstance(d, run.k(), s, s + p.makespan()));
                continue;
            }
            int begin = Integer.MAX_VALUE;
            int end = Integer.MIN_VALUE;
            for (ProtocolOp o : p.ops()) {
                int s = (int) solution.value(run.ops().get(o.id()));
                ops.add(new ScheduledOp(d, run.k(), o.id(), s));
                begin = Math.min(begin, s);
                end = Math.max(end, s + o.duration());
            }
            instances.add(new ScheduledInstance(d, run.k(), begin, end));
        }
        return new QuantumSchedule(accepted, hyperperiod, instances, ops, mode, status);
    }
}
