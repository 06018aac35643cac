package dev.gantry.modeling.scheduling;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.BellmanFordShortestPath;
import org.jgrapht.alg.shortestpath.NegativeCycleDetectedException;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedPseudograph;

/**
 * Temporal feasibility and time windows without resources (spec scheduling §3): the distance graph with
 * <b>negated</b> weights and a source, JGraphT's Bellman–Ford from the source; a negative cycle there is a positive
 * cycle of requirements and is reported with its edges and excess. Otherwise {@code ES_i = −dist(i)}, and latest
 * starts come from the reversed graph with the project finish {@code T = max EF} and the deadlines as bounds.
 */
public final class TemporalAnalysis {
    /** The source node: time 0. No task may use this id. */
    public static final String SOURCE = "<source>";

    /**
     * A task as the analysis sees it; a {@code hard} deadline on the end is an edge to the source (it can make the
     * network infeasible), a soft one only bounds the latest start (it can make float negative).
     */
    public record Node(String id, long duration, long release, OptionalLong deadline, boolean hard) {
    }

    private final Optional<PositiveCycle> positiveCycle;
    private final Map<String, Long> earliest;
    private final Map<String, Long> latest;
    private final long finish;

    private TemporalAnalysis(Optional<PositiveCycle> positiveCycle, Map<String, Long> earliest, Map<String, Long> latest, long finish) {
        this.positiveCycle = positiveCycle;
        this.earliest = Collections.unmodifiableMap(earliest);
        this.latest = Collections.unmodifiableMap(latest);
        this.finish = finish;
    }

    /** The analysis of a scheduling problem: its precedences (as FS), relations, releases and deadlines. */
    public static TemporalAnalysis of(SchedulingProblem problem) {
        List<Node> nodes = problem.tasks().stream()
                .map(t -> new Node(t.id(), t.duration(), t.release(), t.deadline(), true)).toList();
        return analyse(nodes, edges(problem));
    }

    /** The δ-edges of a problem's precedences and relations (releases and deadlines are added by {@link #analyse}). */
    public static List<DistanceEdge> edges(SchedulingProblem problem) {
        Map<String, Long> duration = new LinkedHashMap<>();
        problem.tasks().forEach(t -> duration.put(t.id(), t.duration()));
        List<DistanceEdge> edges = new ArrayList<>();
        for (Precedence p : problem.precedences()) {
            edges.add(new DistanceEdge(p.before(), p.after(), duration.get(p.before()) + p.minLag(),
                    p.before() + " FS" + (p.minLag() >= 0 ? "+" : "") + p.minLag() + " " + p.after()));
        }
        for (TemporalRelation r : problem.relations()) {
            edges.addAll(edges(r, duration.get(r.pred()), duration.get(r.succ())));
        }
        return edges;
    }

    /** The edge of a relation's minimum lag and, with a maximum lag, the reverse edge of spec §3. */
    public static List<DistanceEdge> edges(TemporalRelation r, long dPred, long dSucc) {
        List<DistanceEdge> edges = new ArrayList<>();
        edges.add(new DistanceEdge(r.pred(), r.succ(), r.minDelta(dPred, dSucc), r.describe()));
        r.maxReverseWeight(dPred, dSucc).ifPresent(w -> edges.add(new DistanceEdge(r.succ(), r.pred(), w, "max lag of " + r.describe())));
        return edges;
    }

    /**
     * Runs the positive-cycle test and, when there is none, both passes. Every node gets the edge source→i with
     * weight {@code max(0, release)}; a hard deadline D adds i→source with weight {@code −(D − d_i)}.
     */
    public static TemporalAnalysis analyse(List<Node> nodes, List<DistanceEdge> edges) {
        Graph<String, Arc> forward = new DirectedWeightedPseudograph<>(Arc.class);
        forward.addVertex(SOURCE);
        for (Node n : nodes) {
            if (n.id().equals(SOURCE)) {
                throw new IllegalArgumentException("a task may not be called " + SOURCE);
            }
            forward.addVertex(n.id());
            add(forward, new DistanceEdge(SOURCE, n.id(), Math.max(0, n.release()),
                    n.release() > 0 ? "release " + n.release() + " of " + n.id() : "project start before " + n.id()));
            if (n.hard() && n.deadline().isPresent()) {
                add(forward, new DistanceEdge(n.id(), SOURCE, -(n.deadline().getAsLong() - n.duration()),
                        "deadline " + n.deadline().getAsLong() + " of " + n.id()));
            }
        }
        edges.forEach(e -> add(forward, e));
        Map<String, Long> es = new LinkedHashMap<>();
        try {
            // negated weights: a shortest path is a longest path of the requirements
            var paths = new BellmanFordShortestPath<>(forward).getPaths(SOURCE);
            for (Node n : nodes) {
                es.put(n.id(), Math.round(-paths.getWeight(n.id())));
            }
        } catch (NegativeCycleDetectedException e) {
            return new TemporalAnalysis(Optional.of(cycle(e)), Map.of(), Map.of(), 0);
        }
        long finish = nodes.stream().mapToLong(n -> es.get(n.id()) + n.duration()).max().orElse(0);
        // Reversed graph from a sink at T: sink→i weighs T − U_i (U_i the bound of i's own latest start) and i←j
        // weighs δ_ij; LS_i = T − longest(sink → i). Its cycles are those of the forward graph, so none is positive.
        String sink = SOURCE + "sink";
        Graph<String, Arc> reverse = new DirectedWeightedPseudograph<>(Arc.class);
        reverse.addVertex(sink);
        for (Node n : nodes) {
            reverse.addVertex(n.id());
            long bound = finish - n.duration();
            if (n.deadline().isPresent()) {
                bound = Math.min(bound, n.deadline().getAsLong() - n.duration());
            }
            add(reverse, new DistanceEdge(sink, n.id(), finish - bound, "latest end of " + n.id()));
        }
        for (DistanceEdge e : edges) {
            add(reverse, new DistanceEdge(e.to(), e.from(), e.weight(), e.reason()));
        }
        var paths = new BellmanFordShortestPath<>(reverse).getPaths(sink);
        Map<String, Long> ls = new LinkedHashMap<>();
        for (Node n : nodes) {
            ls.put(n.id(), finish + Math.round(paths.getWeight(n.id())));
        }
        return new TemporalAnalysis(Optional.empty(), es, ls, finish);
    }

    private static void add(Graph<String, Arc> graph, DistanceEdge edge) {
        Arc arc = new Arc(edge);
        graph.addEdge(edge.from(), edge.to(), arc);
        graph.setEdgeWeight(arc, -edge.weight());
    }

    private static PositiveCycle cycle(NegativeCycleDetectedException e) {
        @SuppressWarnings("unchecked")
        GraphPath<String, Arc> path = (GraphPath<String, Arc>) e.getCycle();
        List<DistanceEdge> edges = path.getEdgeList().stream().map(a -> a.edge).toList();
        // start at the smallest id, so the same cycle always reads the same
        int first = 0;
        for (int i = 1; i < edges.size(); i++) {
            if (edges.get(i).from().compareTo(edges.get(first).from()) < 0) {
                first = i;
            }
        }
        List<DistanceEdge> rotated = new ArrayList<>(edges.subList(first, edges.size()));
        rotated.addAll(edges.subList(0, first));
        return new PositiveCycle(rotated, rotated.stream().mapToLong(DistanceEdge::weight).sum());
    }

    /** The positive cycle, when the requirements contradict each other (then there are no time windows). */
    public Optional<PositiveCycle> positiveCycle() {
        return positiveCycle;
    }

    public boolean feasible() {
        return positiveCycle.isEmpty();
    }

    /** Earliest starts by task id (empty when infeasible). */
    public Map<String, Long> earliestStarts() {
        return earliest;
    }

    /** Latest starts by task id for the finish {@link #finish()} and the deadlines (empty when infeasible). */
    public Map<String, Long> latestStarts() {
        return latest;
    }

    /** The resource-free project finish {@code max EF}. */
    public long finish() {
        return finish;
    }

    /** A JGraphT edge that remembers the requirement it stands for. */
    private static final class Arc extends DefaultWeightedEdge {
        private static final long serialVersionUID = 1L;
        private final transient DistanceEdge edge;

        Arc(DistanceEdge edge) {
            this.edge = edge;
        }
    }
}
