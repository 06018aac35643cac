package dev.gantry.modeling.rcpsp;

import java.util.List;

/**
 * One job of an RCPSP: its duration, its demand on each renewable resource while it runs, and its direct
 * successors as 0-based job indices (PSPLIB numbers jobs from 1: index {@code i} is job {@code i + 1}).
 */
public record Job(long duration, List<Long> demands, List<Integer> successors) {
    public Job {
        demands = List.copyOf(demands);
        successors = List.copyOf(successors);
        if (duration < 0) {
            throw new IllegalArgumentException("negative duration " + duration);
        }
        for (long d : demands) {
            if (d < 0) {
                throw new IllegalArgumentException("negative demand " + d);
            }
        }
    }

    public long demand(int resource) {
        return demands.get(resource);
    }
}
