package dev.gantry.modeling.tsp;

import java.util.Arrays;

/**
 * A symmetric travelling-salesman instance in the plane: cities 0..n-1 with coordinates, and the rule that
 * turns coordinates into distances. A tour visits every city once and returns to its start.
 */
public record Tsp(String name, double[] x, double[] y, EdgeWeight edgeWeight) {
    public Tsp {
        if (x.length != y.length) {
            throw new IllegalArgumentException("TSP " + name + ": " + x.length + " x-coordinates but " + y.length + " y-coordinates");
        }
        if (x.length < 3) {
            throw new IllegalArgumentException("TSP " + name + " needs at least 3 cities, got " + x.length);
        }
        x = x.clone();
        y = y.clone();
    }

    public int size() {
        return x.length;
    }

    public double x(int city) {
        return x[city];
    }

    public double y(int city) {
        return y[city];
    }

    /** The distance between two cities under this instance's edge-weight rule. */
    public double distance(int a, int b) {
        double dx = x[a] - x[b];
        double dy = y[a] - y[b];
        double d = Math.sqrt(dx * dx + dy * dy);
        return edgeWeight == EdgeWeight.ROUNDED_EUCLIDEAN ? Math.floor(d + 0.5) : d;
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tsp t && name.equals(t.name) && edgeWeight == t.edgeWeight && Arrays.equals(x, t.x)
                && Arrays.equals(y, t.y);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * name.hashCode() + Arrays.hashCode(x)) + Arrays.hashCode(y);
    }

    @Override
    public String toString() {
        return "Tsp[" + name + ", " + x.length + " cities, " + edgeWeight + "]";
    }
}
