package dev.gantry.metaheuristics.tsp;

import dev.gantry.modeling.tsp.EdgeWeight;
import dev.gantry.modeling.tsp.Tsp;

/**
 * Distances of a TSP instance for the hot loops: a full row-major matrix while it fits (n ≤ {@link #MAX_MATRIX_CITIES}),
 * otherwise computed from the coordinates on each call. Rounded instances keep integer distances exactly in
 * {@code int}; unrounded ones use {@code double}.
 */
public final class DistanceMatrix {
    /** 8000² ints = 256 MB would be too much; 4000² = 64 MB is the largest matrix we keep. */
    public static final int MAX_MATRIX_CITIES = 4000;

    private final Tsp tsp;
    private final int n;
    private final boolean rounded;
    private final int[] intMatrix;
    private final double[] doubleMatrix;

    private DistanceMatrix(Tsp tsp) {
        this.tsp = tsp;
        this.n = tsp.size();
        this.rounded = tsp.edgeWeight() == EdgeWeight.ROUNDED_EUCLIDEAN;
        boolean full = n <= MAX_MATRIX_CITIES;
        this.intMatrix = full && rounded ? new int[n * n] : null;
        this.doubleMatrix = full && !rounded ? new double[n * n] : null;
        if (full) {
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    double d = tsp.distance(a, b);
                    if (rounded) {
                        intMatrix[a * n + b] = (int) d;
                    } else {
                        doubleMatrix[a * n + b] = d;
                    }
                }
            }
        }
    }

    public static DistanceMatrix of(Tsp tsp) {
        return new DistanceMatrix(tsp);
    }

    public Tsp tsp() {
        return tsp;
    }

    public int size() {
        return n;
    }

    /** True when every distance is an integer (TSPLIB EUC_2D), so tour lengths are exact integers. */
    public boolean isIntegral() {
        return rounded;
    }

    public double distance(int a, int b) {
        if (intMatrix != null) {
            return intMatrix[a * n + b];
        }
        if (doubleMatrix != null) {
            return doubleMatrix[a * n + b];
        }
        return tsp.distance(a, b);
    }

    /** The integer distance of a rounded instance; only valid when {@link #isIntegral()}. */
    public int intDistance(int a, int b) {
        return intMatrix != null ? intMatrix[a * n + b] : (int) tsp.distance(a, b);
    }

    /** Length of the closed tour given as cities in visiting order. */
    public double tourLength(int[] order) {
        double sum = 0;
        for (int i = 0, last = order.length - 1; i < last; i++) {
            sum += distance(order[i], order[i + 1]);
        }
        return sum + distance(order[order.length - 1], order[0]);
    }
}
