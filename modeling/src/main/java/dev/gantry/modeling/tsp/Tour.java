package dev.gantry.modeling.tsp;

import java.util.Arrays;

/** A tour: the cities in visiting order (each exactly once; the return to the first city is implied). */
public record Tour(int[] order) {
    public Tour {
        order = order.clone();
    }

    @Override
    public int[] order() {
        return order.clone();
    }

    public int size() {
        return order.length;
    }

    public int city(int position) {
        return order[position];
    }

    /** The closed tour's length on the given instance (no validity check: that is the verifier's job). */
    public double length(Tsp tsp) {
        double sum = 0;
        for (int i = 0; i < order.length; i++) {
            sum += tsp.distance(order[i], order[(i + 1) % order.length]);
        }
        return sum;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tour t && Arrays.equals(order, t.order);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(order);
    }

    @Override
    public String toString() {
        return "Tour" + Arrays.toString(order);
    }
}
