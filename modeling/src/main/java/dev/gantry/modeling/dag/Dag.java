package dev.gantry.modeling.dag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

/**
 * A task graph for heterogeneous processors (spec scheduling §5): {@code W[i][p]} is the execution cost of task i
 * on processor p, and each edge carries the communication cost paid when its tasks run on different processors.
 * Tasks are indexed from 0 and named {@code n1 … nv} as in the HEFT paper; processors are indexed from 0. The
 * constructor rejects cycles, naming one.
 */
public final class Dag {
    private final String name;
    private final int processorCount;
    private final long[][] costs;
    private final List<DagEdge> edges;
    private final List<List<DagEdge>> successors;
    private final List<List<DagEdge>> predecessors;

    public Dag(String name, int processorCount, long[][] costs, List<DagEdge> edges) {
        this.name = name;
        this.processorCount = processorCount;
        if (processorCount < 1) {
            throw new IllegalArgumentException("DAG " + name + " needs at least one processor, got " + processorCount);
        }
        if (costs.length < 1) {
            throw new IllegalArgumentException("DAG " + name + " has no task");
        }
        this.costs = new long[costs.length][];
        for (int i = 0; i < costs.length; i++) {
            if (costs[i].length != processorCount) {
                throw new IllegalArgumentException("task " + id(i) + " has " + costs[i].length + " execution costs for "
                        + processorCount + " processors");
            }
            for (int p = 0; p < processorCount; p++) {
                if (costs[i][p] < 0) {
                    throw new IllegalArgumentException("task " + id(i) + " has negative cost " + costs[i][p] + " on P" + p);
                }
            }
            this.costs[i] = costs[i].clone();
        }
        this.edges = List.copyOf(edges);
        this.successors = new ArrayList<>();
        this.predecessors = new ArrayList<>();
        for (int i = 0; i < costs.length; i++) {
            successors.add(new ArrayList<>());
            predecessors.add(new ArrayList<>());
        }
        Set<Long> seen = new HashSet<>();
        for (DagEdge e : this.edges) {
            if (e.from() < 0 || e.from() >= costs.length || e.to() < 0 || e.to() >= costs.length) {
                throw new IllegalArgumentException("edge " + id(e.from()) + "->" + id(e.to()) + " names a task outside n1..n"
                        + costs.length);
            }
            if (e.from() == e.to()) {
                throw new IllegalArgumentException("cycle: " + id(e.from()) + " -> " + id(e.to()));
            }
            if (!seen.add((long) e.from() * costs.length + e.to())) {
                throw new IllegalArgumentException("edge " + id(e.from()) + "->" + id(e.to()) + " appears twice");
            }
            successors.get(e.from()).add(e);
            predecessors.get(e.to()).add(e);
        }
        findCycle().ifPresent(cycle -> {
            throw new IllegalArgumentException("cycle: " + cycle.stream().map(Dag::id).collect(Collectors.joining(" -> ")));
        });
    }

    /** {@code n<i+1>}: the paper's (and the schedule JSON's) name of task i. */
    public static String id(int task) {
        return "n" + (task + 1);
    }

    public String name() {
        return name;
    }

    public int taskCount() {
        return costs.length;
    }

    public int processorCount() {
        return processorCount;
    }

    /** {@code W[task][processor]}. */
    public long cost(int task, int processor) {
        return costs[task][processor];
    }

    /** A copy of the cost matrix. */
    public long[][] costs() {
        return Arrays.stream(costs).map(long[]::clone).toArray(long[][]::new);
    }

    public List<DagEdge> edges() {
        return edges;
    }

    /** Edges out of {@code task}, in the order given. */
    public List<DagEdge> successors(int task) {
        return List.copyOf(successors.get(task));
    }

    /** Edges into {@code task}, in the order given. */
    public List<DagEdge> predecessors(int task) {
        return List.copyOf(predecessors.get(task));
    }

    /** Tasks in a topological order; among ready tasks the lowest index goes first (Kahn). */
    public List<Integer> topologicalOrder() {
        int[] indegree = new int[taskCount()];
        edges.forEach(e -> indegree[e.to()]++);
        java.util.PriorityQueue<Integer> ready = new java.util.PriorityQueue<>();
        for (int i = 0; i < taskCount(); i++) {
            if (indegree[i] == 0) {
                ready.add(i);
            }
        }
        List<Integer> order = new ArrayList<>(taskCount());
        while (!ready.isEmpty()) {
            int i = ready.poll();
            order.add(i);
            for (DagEdge e : successors.get(i)) {
                if (--indegree[e.to()] == 0) {
                    ready.add(e.to());
                }
            }
        }
        return order;
    }

    /** Tasks without successors. */
    public List<Integer> exits() {
        List<Integer> exits = new ArrayList<>();
        for (int i = 0; i < taskCount(); i++) {
            if (successors.get(i).isEmpty()) {
                exits.add(i);
            }
        }
        return exits;
    }

    /** The makespan of running everything on the single fastest-in-total processor: a valid schedule's length. */
    public long serialMakespan() {
        long best = Long.MAX_VALUE;
        for (int p = 0; p < processorCount; p++) {
            long sum = 0;
            for (long[] row : costs) {
                sum += row[p];
            }
            best = Math.min(best, sum);
        }
        return best;
    }

    /**
     * A cycle as a closed task list ({@code a, b, …, a}), if any: a strongly connected component with more than one
     * task holds one, closed by the shortest path back from an edge's head to its tail.
     */
    private java.util.Optional<List<Integer>> findCycle() {
        Graph<Integer, DefaultEdge> g = new DefaultDirectedGraph<>(DefaultEdge.class);
        for (int i = 0; i < taskCount(); i++) {
            g.addVertex(i);
        }
        edges.forEach(e -> g.addEdge(e.from(), e.to()));
        for (Set<Integer> component : new KosarajuStrongConnectivityInspector<>(g).stronglyConnectedSets()) {
            if (component.size() > 1) {
                Graph<Integer, DefaultEdge> sub = new AsSubgraph<>(g, component);
                DagEdge closing = edges.stream().filter(e -> component.contains(e.from()) && component.contains(e.to()))
                        .findFirst().orElseThrow();
                GraphPath<Integer, DefaultEdge> back = BFSShortestPath.findPathBetween(sub, closing.to(), closing.from());
                List<Integer> cycle = new ArrayList<>();
                cycle.add(closing.from());
                cycle.addAll(back.getVertexList());
                return java.util.Optional.of(cycle);
            }
        }
        return java.util.Optional.empty();
    }

    @Override
    public String toString() {
        return "Dag[" + name + ", " + taskCount() + " tasks, " + processorCount + " processors, " + edges.size() + " edges]";
    }
}
