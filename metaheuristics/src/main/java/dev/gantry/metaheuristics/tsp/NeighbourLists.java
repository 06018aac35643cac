package dev.gantry.metaheuristics.tsp;

import java.util.Arrays;

/** The K nearest other cities of every city, nearest first, in one flat array (row c at c·K). */
public final class NeighbourLists {
    private final int k;
    private final int[] neighbours;

    private NeighbourLists(int k, int[] neighbours) {
        this.k = k;
        this.neighbours = neighbours;
    }

    public static NeighbourLists nearest(DistanceMatrix distances, int k) {
        int n = distances.size();
        int size = Math.min(k, n - 1);
        int[] flat = new int[n * size];
        Integer[] others = new Integer[n - 1];
        for (int c = 0; c < n; c++) {
            int m = 0;
            for (int o = 0; o < n; o++) {
                if (o != c) {
                    others[m++] = o;
                }
            }
            final int city = c;
            // Ties by index, so the lists do not depend on the sort's stability.
            Arrays.sort(others, (x, y) -> {
                int byDistance = Double.compare(distances.distance(city, x), distances.distance(city, y));
                return byDistance != 0 ? byDistance : Integer.compare(x, y);
            });
            for (int i = 0; i < size; i++) {
                flat[c * size + i] = others[i];
            }
        }
        return new NeighbourLists(size, flat);
    }

    /** How many neighbours each city has. */
    public int k() {
        return k;
    }

    /** The i-th nearest neighbour of {@code city} (0 = nearest). */
    public int neighbour(int city, int i) {
        return neighbours[city * k + i];
    }
}
