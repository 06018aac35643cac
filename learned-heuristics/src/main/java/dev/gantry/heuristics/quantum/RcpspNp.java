package dev.gantry.heuristics.quantum;

import dev.gantry.modeling.quantum.Demand;
import dev.gantry.modeling.quantum.Hyperperiod;
import dev.gantry.modeling.quantum.Protocol;
import dev.gantry.modeling.quantum.QuantumInstance;
import dev.gantry.modeling.quantum.ScheduledInstance;
import dev.gantry.modeling.quantum.Segment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * RCPSP-NP-FPR and RCPSP-NP-EDF (§2): the demand–qubit graph splits into connected components, each scheduled on its
 * own hyperperiod with batch release, earliest-fit starts and early release; FPR reserves every touched qubit for the
 * whole block, EDF only the protocol's own segments.
 */
final class RcpspNp {
    enum Placement {
        /** RCPSP-NP-FPR: each touched qubit is busy on {@code [s, s + C)}. */
        WHOLE_BLOCK,
        /** RCPSP-NP-EDF: each segment {@code (q, a, b)} is busy on {@code [s + a, s + b)}. */
        SEGMENTS
    }

    private RcpspNp() {
    }

    static Optional<List<ScheduledInstance>> schedule(QuantumInstance instance, List<Demand> demands, Placement placement) {
        int h = Hyperperiod.of(demands.stream().map(Demand::period).toList());
        List<ScheduledInstance> out = new ArrayList<>();
        for (List<Demand> component : components(instance, demands)) {
            int hc = Hyperperiod.of(component.stream().map(Demand::period).toList());
            Optional<List<ScheduledInstance>> part = new Component(instance, component, hc, placement).run();
            if (part.isEmpty()) {
                return Optional.empty();
            }
            // A component's schedule over [0, H_c) repeats to fill [0, H).
            for (int copy = 0; copy < h / hc; copy++) {
                for (ScheduledInstance r : part.get()) {
                    int shift = copy * hc;
                    int kShift = shift / instance.demand(r.demand()).period();
                    out.add(new ScheduledInstance(r.demand(), r.instance() + kShift, r.start() + shift, r.end() + shift));
                }
            }
        }
        return Optional.of(out);
    }

    /** Connected components of the demand–qubit bipartite graph, demands in file order within each. */
    static List<List<Demand>> components(QuantumInstance instance, List<Demand> demands) {
        Graph<String, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        for (Demand d : demands) {
            String dv = "demand:" + d.id();
            g.addVertex(dv);
            for (String q : instance.protocol(d.id()).qubits()) {
                String qv = "qubit:" + q;
                g.addVertex(qv);
                g.addEdge(dv, qv);
            }
        }
        List<List<Demand>> out = new ArrayList<>();
        for (Set<String> set : new ConnectivityInspector<>(g).connectedSets()) {
            List<Demand> members = demands.stream().filter(d -> set.contains("demand:" + d.id())).toList();
            if (!members.isEmpty()) {
                out.add(members);
            }
        }
        out.sort((a, b) -> Integer.compare(instance.index(a.get(0).id()), instance.index(b.get(0).id())));
        return out;
    }

    /** The list scheduler of one component. */
    private static final class Component {
        private final QuantumInstance instance;
        private final List<Demand> demands;
        private final int hyperperiod;
        private final Placement placement;
        private final Map<String, List<Segment>> footprint = new HashMap<>();
        private final Map<String, Integer> makespan = new HashMap<>();
        private final Map<String, Set<String>> qubits = new HashMap<>();
        private final Map<String, Integer> nextIndex = new HashMap<>();
        /** Committed busy intervals per qubit, start → end; they never overlap. */
        private final Map<String, TreeMap<Integer, Integer>> busy = new HashMap<>();
        private final PriorityQueue<Job> queue = new PriorityQueue<>(Job.PRIORITY);

        Component(QuantumInstance instance, List<Demand> demands, int hyperperiod, Placement placement) {
            this.instance = instance;
            this.demands = demands;
            this.hyperperiod = hyperperiod;
            this.placement = placement;
            for (Demand d : demands) {
                Protocol p = instance.protocol(d.id());
                makespan.put(d.id(), p.makespan());
                qubits.put(d.id(), p.qubits());
                footprint.put(d.id(), placement == Placement.SEGMENTS ? p.segments()
                        : p.qubits().stream().map(q -> new Segment(q, 0, p.makespan())).toList());
                nextIndex.put(d.id(), 0);
            }
        }

        Optional<List<ScheduledInstance>> run() {
            List<ScheduledInstance> out = new ArrayList<>();
            while (!queue.isEmpty() || demands.stream().anyMatch(this::hasInstancesLeft)) {
                if (queue.isEmpty()) {
                    batchRelease();
                }
                Job job = queue.poll();
                String id = job.demand().id();
                int c = makespan.get(id);
                int start = earliestFit(id, job.release(), job.deadline() - c);
                if (start < 0) {
                    return Optional.empty();
                }
                for (Segment s : footprint.get(id)) {
                    busy.computeIfAbsent(s.qubit(), q -> new TreeMap<>()).put(start + s.start(), start + s.end());
                }
                out.add(new ScheduledInstance(id, job.k(), start, start + c));
                earlyRelease(id, start);
            }
            return Optional.of(out);
        }

        private boolean hasInstancesLeft(Demand d) {
            return nextIndex.get(d.id()) < hyperperiod / d.period();
        }

        private int nextRelease(Demand d) {
            return nextIndex.get(d.id()) * d.period();
        }

        private void release(Demand d) {
            int k = nextIndex.get(d.id());
            queue.add(new Job(d, k, instance.index(d.id())));
            nextIndex.put(d.id(), k + 1);
        }

        /** With the queue empty: the next instance of every demand whose next release is the earliest. */
        private void batchRelease() {
            int min = demands.stream().filter(this::hasInstancesLeft).mapToInt(this::nextRelease).min().orElseThrow();
            for (Demand d : demands) {
                if (hasInstancesLeft(d) && nextRelease(d) == min) {
                    release(d);
                }
            }
        }

        /** The earliest start in {@code [from, latest]} whose footprint is free, or -1 (the deadline is missed). */
        private int earliestFit(String id, int from, int latest) {
            for (int s = from; s <= latest; s++) {
                if (fits(id, s)) {
                    return s;
                }
            }
            return -1;
        }

        private boolean fits(String id, int start) {
            for (Segment seg : footprint.get(id)) {
                TreeMap<Integer, Integer> taken = busy.get(seg.qubit());
                if (taken == null) {
                    continue;
                }
                var before = taken.lowerEntry(start + seg.end());
                if (before != null && before.getValue() > start + seg.start()) {
                    return false;
                }
            }
            return true;
        }

        /**
         * For each demand with instances left that uses a qubit the job just occupied: release its next instance now if
         * the job's latest segment end on that qubit is at or after that release (at most one per demand).
         */
        private void earlyRelease(String id, int start) {
            Map<String, Integer> latestEnd = new HashMap<>();
            for (Segment s : footprint.get(id)) {
                latestEnd.merge(s.qubit(), start + s.end(), Math::max);
            }
            for (Demand e : demands) {
                if (!hasInstancesLeft(e)) {
                    continue;
                }
                int r = nextRelease(e);
                boolean release = false;
                for (String q : qubits.get(e.id())) {
                    Integer end = latestEnd.get(q);
                    if (end != null && end >= r) {
                        release = true;
                        break;
                    }
                }
                if (release) {
                    release(e);
                }
            }
        }
    }
}
