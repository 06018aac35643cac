package dev.gantry.metaheuristics.tsp;

import dev.gantry.metaheuristics.sa.AnnealingProblem;
import dev.gantry.metaheuristics.sa.AnnealingState;
import dev.gantry.metaheuristics.sa.Permutations;
import dev.gantry.metaheuristics.sa.Start;
import dev.gantry.modeling.tsp.Tour;
import dev.gantry.modeling.tsp.Tsp;
import java.util.SplittableRandom;

/**
 * The TSP as an annealing problem. A naive start is a uniformly random tour (the Neural SA paper's); a
 * constructive one is nearest neighbour from a random city followed by a 2-opt/or-opt descent, which also
 * polishes each chain's final best.
 */
public final class TspAnnealing implements AnnealingProblem<Tour> {
    /** The spec's default neighbour-list size. */
    public static final int DEFAULT_NEIGHBOURS = 10;

    private final DistanceMatrix distances;
    private final NeighbourLists neighbours;
    private final TspMoves moves;

    private TspAnnealing(DistanceMatrix distances, NeighbourLists neighbours, TspMoves moves) {
        this.distances = distances;
        this.neighbours = neighbours;
        this.moves = moves;
    }

    public static TspAnnealing of(Tsp tsp) {
        return of(DistanceMatrix.of(tsp), TspMoves.NEIGHBOUR_TWO_OPT_AND_OR_OPT, DEFAULT_NEIGHBOURS);
    }

    public static TspAnnealing of(DistanceMatrix distances, TspMoves moves, int neighbourCount) {
        return new TspAnnealing(distances, NeighbourLists.nearest(distances, neighbourCount), moves);
    }

    public DistanceMatrix distances() {
        return distances;
    }

    @Override
    public TspState start(Start start, SplittableRandom random) {
        int n = distances.size();
        if (start == Start.NAIVE) {
            return new TspState(distances, neighbours, moves, Permutations.random(n, random));
        }
        TspState state = new TspState(distances, neighbours, moves, nearestNeighbourTour(random.nextInt(n)));
        TspDescent.descend(state);
        return state;
    }

    @Override
    public AnnealingState<Tour> start(Tour solution, SplittableRandom random) {
        return new TspState(distances, neighbours, moves, solution.order());
    }

    /** A 2-opt/or-opt descent from the chain's best (spec §3.1: the final polish). */
    @Override
    public void polish(AnnealingState<Tour> state) {
        TspDescent.descend((TspState) state);
    }

    /** A state at the given tour, for a descent or a polish. */
    public TspState stateOf(Tour tour) {
        return new TspState(distances, neighbours, moves, tour.order());
    }

    /** Nearest neighbour from {@code first}: the neighbour lists first, a full scan when all are visited. */
    int[] nearestNeighbourTour(int first) {
        int n = distances.size();
        boolean[] visited = new boolean[n];
        int[] order = new int[n];
        order[0] = first;
        visited[first] = true;
        for (int i = 1; i < n; i++) {
            int from = order[i - 1];
            int next = -1;
            for (int j = 0; j < neighbours.k() && next < 0; j++) {
                int c = neighbours.neighbour(from, j);
                if (!visited[c]) {
                    next = c;
                }
            }
            if (next < 0) {
                double bestDistance = Double.POSITIVE_INFINITY;
                for (int c = 0; c < n; c++) {
                    if (!visited[c] && distances.distance(from, c) < bestDistance) {
                        bestDistance = distances.distance(from, c);
                        next = c;
                    }
                }
            }
            order[i] = next;
            visited[next] = true;
        }
        return order;
    }
}
