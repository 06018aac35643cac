package dev.gantry.metaheuristics.rcpsp;

import java.util.Arrays;

/** A precedence-feasible order of every job (0-based indices), decoded by the serial SGS (spec §2.4). */
public record ActivityList(int[] jobs) {
    public ActivityList {
        jobs = jobs.clone();
    }

    @Override
    public int[] jobs() {
        return jobs.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ActivityList a && Arrays.equals(jobs, a.jobs);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(jobs);
    }

    @Override
    public String toString() {
        return "ActivityList" + Arrays.toString(jobs);
    }
}
