package dev.gantry.modeling.construction;

import dev.gantry.modeling.scheduling.DistanceEdge;
import dev.gantry.modeling.scheduling.TemporalAnalysis;
import dev.gantry.modeling.scheduling.TemporalRelation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.traverse.TopologicalOrderIterator;

/**
 * The dependency analysis of spec scheduling §4.2 on a valid project: circular logic, redundant relations, the
 * positive-cycle test (max lags, hard deadlines) and CPM with floats and the critical path, all in working days.
 *
 * <p>Approximation: the analysis works on a distance graph, which needs every lag in working days, so a calendar-day
 * lag of L counts as {@code ceil(L·w/7)} working days, w the number of working weekdays (L = 7 → 5 in a five-day
 * week). Holidays can make a real schedule differ by a day or two; the CP model and the verifier use the exact
 * calendar (an Element lookup on the working-day → calendar-day map).
 */
public final class DependencyAnalysis {
    private DependencyAnalysis() {
    }

    /** The full analysis: validation first; with errors, nothing else runs. */
    public static DependencyReport analyse(Project project) {
        List<Issue> issues = ProjectValidation.validate(project);
        if (ProjectValidation.hasErrors(issues)) {
            return new DependencyReport(project.id(), issues, List.of(), List.of(), Optional.empty(), Optional.empty());
        }
        List<LogicCycle> cycles = cycles(project);
        if (!cycles.isEmpty()) {
            return new DependencyReport(project.id(), issues, cycles, List.of(), Optional.empty(), Optional.empty());
        }
        List<RedundantRelation> redundant = redundant(project);
        TemporalAnalysis temporal = temporal(project);
        if (temporal.positiveCycle().isPresent()) {
            return new DependencyReport(project.id(), issues, cycles, redundant, temporal.positiveCycle(), Optional.empty());
        }
        return new DependencyReport(project.id(), issues, cycles, redundant, Optional.empty(), Optional.of(cpm(project, temporal)));
    }

    /** A lag in working days: exact for {@code wd}, the documented approximation for {@code cd}. */
    public static long workdays(long lag, LagUnit unit, Calendar calendar) {
        if (unit == LagUnit.WD) {
            return lag;
        }
        long w = calendar.workingWeekdays().size();
        return -Math.floorDiv(-lag * w, 7);
    }

    /** The dependency as a scheduling-layer relation with lags in working days, in group {@code lag/pred->succ}. */
    public static TemporalRelation relation(Dependency d, Calendar calendar) {
        OptionalLong max = d.maxLag().isPresent() ? OptionalLong.of(workdays(d.maxLag().getAsLong(), d.unit(), calendar)) : OptionalLong.empty();
        return new TemporalRelation(d.pred(), d.succ(), d.type(), workdays(d.lag(), d.unit(), calendar), max,
                TemporalRelation.groupOf(d.pred(), d.succ()));
    }

    /** δ of a dependency's minimum lag (spec §3) in working days. */
    public static long delta(Dependency d, Map<String, Activity> byId, Calendar calendar) {
        return relation(d, calendar).minDelta(byId.get(d.pred()).duration(), byId.get(d.succ()).duration());
    }

    /**
     * Circular logic (§4.2.2): every strongly connected component of more than one activity of the logic graph
     * (predecessor → successor of every dependency; max lags are not logic), with one cycle through its smallest id
     * found by breadth-first search inside the component. Components in order of their smallest id.
     */
    public static List<LogicCycle> cycles(Project project) {
        Graph<String, DefaultEdge> logic = logicGraph(project);
        List<LogicCycle> cycles = new ArrayList<>();
        for (Set<String> component : new KosarajuStrongConnectivityInspector<>(logic).stronglyConnectedSets()) {
            if (component.size() < 2) {
                continue;
            }
            List<String> members = component.stream().sorted().toList();
            cycles.add(new LogicCycle(cycleThrough(logic, component, members.get(0)), members));
        }
        cycles.sort(Comparator.comparing(c -> c.members().get(0)));
        return cycles;
    }

    private static Graph<String, DefaultEdge> logicGraph(Project project) {
        Graph<String, DefaultEdge> logic = new DirectedPseudograph<>(DefaultEdge.class);
        project.activities().forEach(a -> logic.addVertex(a.id()));
        project.dependencies().forEach(d -> logic.addEdge(d.pred(), d.succ()));
        return logic;
    }

    /** The shortest cycle from {@code first} back to itself inside the component (successors visited in id order). */
    private static List<String> cycleThrough(Graph<String, DefaultEdge> logic, Set<String> component, String first) {
        Map<String, String> parent = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(first));
        while (!queue.isEmpty()) {
            String v = queue.poll();
            List<String> next = logic.outgoingEdgesOf(v).stream().map(logic::getEdgeTarget).filter(component::contains).distinct().sorted()
                    .toList();
            for (String w : next) {
                if (w.equals(first)) {
                    List<String> cycle = new ArrayList<>();
                    for (String x = v; x != null; x = parent.get(x)) {
                        cycle.add(0, x);
                    }
                    cycle.add(first);
                    return cycle;
                }
                if (!parent.containsKey(w) && !w.equals(first)) {
                    parent.put(w, v);
                    queue.add(w);
                }
            }
        }
        throw new IllegalStateException("no cycle through " + first + " in its strongly connected component");
    }

    /**
     * Redundant relations (§4.2.3) on an acyclic logic graph: a dependency of distance δ is redundant iff the longest
     * path from its predecessor to its successor without it is at least δ (longest paths in topological order). For
     * zero-lag FS relations this is the transitive reduction; a lagged relation can carry information a path lacks.
     */
    public static List<RedundantRelation> redundant(Project project) {
        Map<String, Activity> byId = project.activitiesById();
        Graph<String, DefaultEdge> logic = logicGraph(project);
        List<String> order = new ArrayList<>();
        new TopologicalOrderIterator<>(logic).forEachRemaining(order::add);
        Map<String, List<Integer>> out = new HashMap<>();
        List<Long> deltas = new ArrayList<>();
        for (int k = 0; k < project.dependencies().size(); k++) {
            Dependency d = project.dependencies().get(k);
            out.computeIfAbsent(d.pred(), x -> new ArrayList<>()).add(k);
            deltas.add(delta(d, byId, project.calendar()));
        }
        List<RedundantRelation> redundant = new ArrayList<>();
        for (int k = 0; k < project.dependencies().size(); k++) {
            Dependency d = project.dependencies().get(k);
            Map<String, Long> longest = new HashMap<>();
            Map<String, String> via = new HashMap<>();
            longest.put(d.pred(), 0L);
            for (String v : order.subList(order.indexOf(d.pred()), order.size())) {
                Long lv = longest.get(v);
                if (lv == null) {
                    continue;
                }
                for (int e : out.getOrDefault(v, List.of())) {
                    if (e == k || e > k && parallelTwin(project.dependencies().get(e), d) && deltas.get(e).equals(deltas.get(k))) {
                        // of two parallel relations with equal δ, only the later one is reported as redundant
                        continue;
                    }
                    String w = project.dependencies().get(e).succ();
                    long candidate = lv + deltas.get(e);
                    if (!longest.containsKey(w) || candidate > longest.get(w)) {
                        longest.put(w, candidate);
                        via.put(w, v);
                    }
                }
            }
            Long reach = longest.get(d.succ());
            if (reach != null && reach >= deltas.get(k)) {
                List<String> path = new ArrayList<>();
                for (String x = d.succ(); x != null; x = x.equals(d.pred()) ? null : via.get(x)) {
                    path.add(0, x);
                }
                redundant.add(new RedundantRelation(d, deltas.get(k), path, reach));
            }
        }
        return redundant;
    }

    private static boolean parallelTwin(Dependency a, Dependency b) {
        return a.pred().equals(b.pred()) && a.succ().equals(b.succ());
    }

    /**
     * The positive-cycle test and time windows of spec §3 for the project: releases from earliest starts, hard
     * deadlines as edges to the source, soft ones only as bounds on the latest starts.
     */
    public static TemporalAnalysis temporal(Project project) {
        List<TemporalAnalysis.Node> nodes = new ArrayList<>();
        for (Activity a : project.activities()) {
            OptionalLong deadline = a.deadline().isPresent() ? OptionalLong.of(project.latestEnd(a.deadline().get())) : OptionalLong.empty();
            boolean hard = a.deadline().isPresent() && a.deadline().get().type() == DeadlineType.HARD;
            nodes.add(new TemporalAnalysis.Node(a.id(), a.duration(), project.release(a), deadline, hard));
        }
        Map<String, Activity> byId = project.activitiesById();
        List<DistanceEdge> edges = new ArrayList<>();
        for (Dependency d : project.dependencies()) {
            TemporalRelation r = relation(d, project.calendar());
            List<DistanceEdge> two = TemporalAnalysis.edges(r, byId.get(d.pred()).duration(), byId.get(d.succ()).duration());
            // reports speak of the dependency as the user wrote it (with its unit)
            edges.add(new DistanceEdge(d.pred(), d.succ(), two.get(0).weight(), d.describe()));
            if (two.size() > 1) {
                edges.add(new DistanceEdge(d.succ(), d.pred(), two.get(1).weight(), "max lag of " + d.describe()));
            }
        }
        return TemporalAnalysis.analyse(nodes, edges);
    }

    /**
     * CPM (§4.2.4) from a feasible temporal analysis: {@code TF = LS − ES}; {@code FF_i = min(T − EF_i, min_j (ES_j −
     * ES_i − δ_ij))} over i's dependencies; the critical path follows driving relations ({@code ES_j − ES_i = δ_ij})
     * among the activities of minimal total float, from the earliest of them.
     */
    public static Cpm cpm(Project project, TemporalAnalysis temporal) {
        Map<String, Activity> byId = project.activitiesById();
        Map<String, Long> es = temporal.earliestStarts();
        Map<String, Long> ls = temporal.latestStarts();
        long finish = temporal.finish();
        Map<String, Long> freeFloat = new LinkedHashMap<>();
        for (Activity a : project.activities()) {
            freeFloat.put(a.id(), finish - es.get(a.id()) - a.duration());
        }
        Map<String, List<String>> driving = new HashMap<>();
        for (Dependency d : project.dependencies()) {
            long slack = es.get(d.succ()) - es.get(d.pred()) - delta(d, byId, project.calendar());
            freeFloat.merge(d.pred(), slack, Math::min);
            if (slack == 0) {
                driving.computeIfAbsent(d.pred(), x -> new ArrayList<>()).add(d.succ());
            }
        }
        List<ActivityTimes> times = new ArrayList<>();
        for (Activity a : project.activities()) {
            long s = es.get(a.id());
            long l = ls.get(a.id());
            times.add(new ActivityTimes(a.id(), s, s + a.duration(), l, l + a.duration(), l - s, freeFloat.get(a.id())));
        }
        long minFloat = times.stream().mapToLong(ActivityTimes::totalFloat).min().orElse(0);
        Set<String> critical = new HashSet<>();
        times.stream().filter(t -> t.totalFloat() == minFloat).forEach(t -> critical.add(t.id()));
        Set<String> drivenCritical = new HashSet<>();
        driving.forEach((p, succs) -> {
            if (critical.contains(p)) {
                succs.stream().filter(critical::contains).forEach(drivenCritical::add);
            }
        });
        Comparator<String> byStart = Comparator.<String>comparingLong(es::get).thenComparing(Comparator.naturalOrder());
        List<String> path = new ArrayList<>();
        Optional<String> next = critical.stream().filter(id -> !drivenCritical.contains(id)).min(byStart);
        while (next.isPresent() && !path.contains(next.get())) {
            path.add(next.get());
            next = driving.getOrDefault(next.get(), List.of()).stream().filter(critical::contains).min(byStart);
        }
        return new Cpm(finish, times, path);
    }
}
