package dev.gantry.modeling.rcpsp;

import java.util.List;

/** An RCPSP plan: the start of every job, by index, as solved (not yet verified). */
public record RcpspSchedule(Rcpsp instance, List<Long> starts) {
    public RcpspSchedule {
        starts = List.copyOf(starts);
        if (starts.size() != instance.jobCount()) {
            throw new IllegalArgumentException(starts.size() + " starts for the " + instance.jobCount() + " jobs of " + instance.name());
        }
    }

    public static RcpspSchedule of(Rcpsp instance, long[] starts) {
        return new RcpspSchedule(instance, java.util.Arrays.stream(starts).boxed().toList());
    }

    public long start(int job) {
        return starts.get(job);
    }

    public long end(int job) {
        return starts.get(job) + instance.job(job).duration();
    }

    public long makespan() {
        long max = 0;
        for (int i = 0; i < starts.size(); i++) {
            max = Math.max(max, end(i));
        }
        return max;
    }
}
