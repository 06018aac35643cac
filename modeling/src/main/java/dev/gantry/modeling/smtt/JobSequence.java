package dev.gantry.modeling.smtt;

import java.util.Arrays;

/** A single-machine plan: the jobs in processing order, each once, starting at time 0 without idle time. */
public record JobSequence(int[] order) {
    public JobSequence {
        order = order.clone();
    }

    @Override
    public int[] order() {
        return order.clone();
    }

    public int size() {
        return order.length;
    }

    public int job(int position) {
        return order[position];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JobSequence s && Arrays.equals(order, s.order);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(order);
    }

    @Override
    public String toString() {
        return "JobSequence" + Arrays.toString(order);
    }
}
