package dev.gantry.metaheuristics.tsp.baseline;

import dev.gantry.metaheuristics.tsp.DistanceMatrix;
import dev.gantry.modeling.tsp.Tour;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.interfaces.HamiltonianCycleAlgorithm;
import org.jgrapht.alg.tour.ChristofidesThreeHalvesApproxMetricTSP;
import org.jgrapht.alg.tour.GreedyHeuristicTSP;
import org.jgrapht.alg.tour.NearestNeighborHeuristicTSP;
import org.jgrapht.alg.tour.RandomTourTSP;
import org.jgrapht.alg.tour.TwoOptHeuristicTSP;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * The JGraphT 1.5 TSP heuristics that serve as baselines (spec metaheuristics §7). Each runs on a complete
 * weighted graph built from Gantry's {@link DistanceMatrix} (so rounded instances use exactly Gantry's integer
 * distances), and every returned tour is re-evaluated by Gantry: JGraphT's own path weight is never reported.
 *
 * <p>2-opt is JGraphT's {@link TwoOptHeuristicTSP}: best improvement, a full O(n²) scan per applied move, until no
 * improving 2-opt move is left. With {@code passes > 1} the variants whose start is random (nearest neighbour
 * from a random city, random tour) run that many seeded starts and keep the shortest result; the deterministic
 * ones (Christofides, greedy) always run once. Every baseline gives the same tour for the same seed.
 */
public enum JGraphTBaseline {
    /** Christofides' 3/2-approximation (Kruskal MST, Blossom V matching on the odd vertices, Euler shortcut). */
    CHRISTOFIDES(false, false),
    /** Christofides' tour improved by 2-opt. */
    CHRISTOFIDES_TWO_OPT(false, true),
    /** Nearest neighbour from a seeded random start city, improved by 2-opt. */
    NEAREST_NEIGHBOUR_TWO_OPT(true, true),
    /** JGraphT's greedy edge heuristic, improved by 2-opt. */
    GREEDY_TWO_OPT(false, true),
    /** A seeded uniformly random tour improved by 2-opt (JGraphT's default 2-opt initializer). */
    RANDOM_TWO_OPT(true, true);

    /** 2-opt moves must gain more than this, JGraphT's default (distances here are ≥ 0, integral when rounded). */
    private static final double MIN_COST_IMPROVEMENT = 1e-8;

    private final boolean randomStart;
    private final boolean twoOpt;

    JGraphTBaseline(boolean randomStart, boolean twoOpt) {
        this.randomStart = randomStart;
        this.twoOpt = twoOpt;
    }

    /**
     * The outcome of one baseline run.
     *
     * @param tour        the best tour found, cities in visiting order, no repeated start
     * @param length      its length as evaluated by Gantry's {@link DistanceMatrix#tourLength(int[])}
     * @param startLength the length (by Gantry) of the tour 2-opt started from in the pass that produced
     *                    {@code tour}; equal to {@code length} for {@link #CHRISTOFIDES}
     * @param passes      how many starts were run
     * @param graphTime   wall-clock time spent building JGraphT's complete graph (part of {@code time}); it grows
     *                    with the n(n-1)/2 edge objects and dominates on large instances (seconds for u1060)
     * @param time        wall-clock time of the whole call, graph included
     */
    public record Result(JGraphTBaseline baseline, Tour tour, double length, double startLength, int passes,
            Duration graphTime, Duration time) {
        /** The time of the heuristics themselves: {@code time - graphTime}. */
        public Duration algorithmTime() {
            return time.minus(graphTime);
        }
    }

    /** Whether this baseline draws a random start (so {@code passes} and {@code seed} matter). */
    public boolean randomStart() {
        return randomStart;
    }

    /** One pass. */
    public Result solve(DistanceMatrix distances, long seed) {
        return solve(distances, seed, 1);
    }

    /**
     * Runs this baseline.
     *
     * @param passes number of seeded random starts for {@link #NEAREST_NEIGHBOUR_TWO_OPT} and
     *               {@link #RANDOM_TWO_OPT} (the shortest result is kept); the deterministic baselines run once
     */
    public Result solve(DistanceMatrix distances, long seed, int passes) {
        if (passes < 1) {
            throw new IllegalArgumentException("passes must be at least 1, got " + passes);
        }
        long start = System.nanoTime();
        Graph<Integer, CityEdge> graph = completeGraph(distances);
        Duration graphTime = Duration.ofNanos(System.nanoTime() - start);
        Random random = new Random(seed);
        HamiltonianCycleAlgorithm<Integer, CityEdge> initializer = initializer(random);
        int runs = randomStart ? passes : 1;
        int[] best = null;
        double bestLength = Double.POSITIVE_INFINITY;
        double bestStartLength = Double.NaN;
        for (int run = 0; run < runs; run++) {
            GraphPath<Integer, CityEdge> initial = initializer.getTour(graph);
            int[] startOrder = toOrder(initial, distances.size());
            int[] order = startOrder;
            if (twoOpt) {
                TwoOptHeuristicTSP<Integer, CityEdge> improver =
                        new TwoOptHeuristicTSP<>(1, initializer, MIN_COST_IMPROVEMENT);
                order = toOrder(improver.improveTour(initial), distances.size());
            }
            double length = distances.tourLength(order);
            if (length < bestLength) {
                best = order;
                bestLength = length;
                bestStartLength = distances.tourLength(startOrder);
            }
        }
        Duration time = Duration.ofNanos(System.nanoTime() - start);
        return new Result(this, new Tour(best), bestLength, bestStartLength, runs, graphTime, time);
    }

    private HamiltonianCycleAlgorithm<Integer, CityEdge> initializer(Random random) {
        return switch (this) {
            case CHRISTOFIDES, CHRISTOFIDES_TWO_OPT -> new ChristofidesThreeHalvesApproxMetricTSP<>();
            case NEAREST_NEIGHBOUR_TWO_OPT -> new NearestNeighborHeuristicTSP<>(random);
            case GREEDY_TWO_OPT -> new GreedyHeuristicTSP<>();
            case RANDOM_TWO_OPT -> new RandomTourTSP<>(random);
        };
    }

    /**
     * An edge whose hash is its creation index. JGraphT's Christofides and greedy heuristics iterate hash sets of
     * edges; with identity hashes ({@link DefaultWeightedEdge}'s) their tour changed from one call to the next.
     */
    static final class CityEdge extends DefaultWeightedEdge {
        private final int id;

        CityEdge(int id) {
            this.id = id;
        }

        @Override
        public int hashCode() {
            return id;
        }

        @Override
        public boolean equals(Object other) {
            return this == other;
        }
    }

    /** The complete undirected graph on cities 0..n-1 weighted with Gantry's distances. */
    static Graph<Integer, CityEdge> completeGraph(DistanceMatrix distances) {
        int n = distances.size();
        int[] nextEdge = {0};
        SimpleWeightedGraph<Integer, CityEdge> graph = new SimpleWeightedGraph<>(null, () -> new CityEdge(nextEdge[0]++));
        for (int city = 0; city < n; city++) {
            graph.addVertex(city);
        }
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                graph.setEdgeWeight(graph.addEdge(a, b), distances.distance(a, b));
            }
        }
        return graph;
    }

    /**
     * JGraphT's closed vertex list (start repeated at the end) as a Gantry order; checks that it is a permutation of
     * 0..n-1 so a bad tour fails here rather than in a benchmark table.
     */
    static int[] toOrder(GraphPath<Integer, CityEdge> cycle, int n) {
        List<Integer> vertices = cycle.getVertexList();
        int size = vertices.size();
        if (size == n + 1 && vertices.get(0).equals(vertices.get(n))) {
            size = n;
        }
        if (size != n) {
            throw new IllegalStateException("JGraphT returned a tour of " + vertices.size() + " vertices for " + n + " cities");
        }
        int[] order = new int[n];
        boolean[] seen = new boolean[n];
        for (int i = 0; i < n; i++) {
            int city = vertices.get(i);
            if (seen[city]) {
                throw new IllegalStateException("JGraphT's tour visits city " + city + " twice");
            }
            seen[city] = true;
            order[i] = city;
        }
        return order;
    }
}
