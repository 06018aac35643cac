package dev.gantry.metaheuristics.jobshop;

import java.util.Arrays;

/**
 * Bierwirth's permutation with repetition: job j appears once per operation, and its k-th occurrence stands
 * for its k-th operation. Every such sequence decodes to a feasible schedule.
 */
public record OperationSequence(int[] jobs) {
    public OperationSequence {
        jobs = jobs.clone();
    }

    @Override
    public int[] jobs() {
        return jobs.clone();
    }

    public int size() {
        return jobs.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OperationSequence s && Arrays.equals(jobs, s.jobs);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(jobs);
    }

    @Override
    public String toString() {
        return "OperationSequence" + Arrays.toString(jobs);
    }
}
