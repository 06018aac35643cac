package dev.gantry.modeling.rcpsp;

import java.util.Arrays;
import java.util.List;

/**
 * The serial schedule generation scheme over an activity list (spec §2.4, Kolisch 1996): jobs are taken in list
 * order and each starts at the earliest time at or after its predecessors' ends at which every resource has room
 * for its whole duration. The list must be precedence-feasible (every job after all its predecessors). The result
 * is an active schedule; priority-rule heuristics and activity-list metaheuristics both decode through here.
 *
 * <p>An instance keeps its resource profile between calls, so decoding allocates nothing; it is not thread-safe.
 */
public final class SerialSgs {
    private final Rcpsp instance;
    private final int n;
    private final int resources;
    private final int[] duration;
    private final long[][] demand; // [job][resource]
    private final int[][] predecessors;
    private final long[] capacity;
    private final long[][] usage; // [resource][time]
    private final long[] start;
    private final boolean[] scheduled;

    public SerialSgs(Rcpsp instance) {
        this.instance = instance;
        this.n = instance.jobCount();
        this.resources = instance.resourceCount();
        this.duration = new int[n];
        this.demand = new long[n][resources];
        for (int i = 0; i < n; i++) {
            duration[i] = Math.toIntExact(instance.job(i).duration());
            for (int k = 0; k < resources; k++) {
                demand[i][k] = instance.job(i).demand(k);
            }
        }
        List<List<Integer>> preds = instance.predecessors();
        this.predecessors = new int[n][];
        for (int i = 0; i < n; i++) {
            predecessors[i] = preds.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        this.capacity = instance.capacities().stream().mapToLong(Long::longValue).toArray();
        int horizon = Math.toIntExact(instance.totalDuration());
        this.usage = new long[resources][horizon + 1];
        this.start = new long[n];
        this.scheduled = new boolean[n];
    }

    public Rcpsp instance() {
        return instance;
    }

    /**
     * The precedence-feasible list that always takes next the eligible job (all predecessors listed) of smallest key,
     * ties to the lowest index: how a priority rule, or random keys, become an activity list.
     */
    public static int[] activityList(Rcpsp p, long[] keys) {
        int n = p.jobCount();
        int[] missing = new int[n];
        p.jobs().forEach(j -> j.successors().forEach(s -> missing[s]++));
        java.util.PriorityQueue<Integer> eligible = new java.util.PriorityQueue<>(
                java.util.Comparator.<Integer>comparingLong(j -> keys[j]).thenComparingInt(j -> j));
        for (int i = 0; i < n; i++) {
            if (missing[i] == 0) {
                eligible.add(i);
            }
        }
        int[] list = new int[n];
        for (int k = 0; k < n; k++) {
            int job = eligible.remove();
            list[k] = job;
            for (int s : p.job(job).successors()) {
                if (--missing[s] == 0) {
                    eligible.add(s);
                }
            }
        }
        return list;
    }

    /** The schedule of a precedence-feasible activity list of every job (0-based indices). */
    public RcpspSchedule schedule(int[] activityList) {
        return RcpspSchedule.of(instance, starts(activityList));
    }

    /** The makespan of the list's schedule, without building it. */
    public long makespan(int[] activityList) {
        return decode(activityList);
    }

    /** The start of each job (by index) in the list's schedule. */
    public long[] starts(int[] activityList) {
        decode(activityList);
        return start.clone();
    }

    private long decode(int[] list) {
        if (list.length != n) {
            throw new IllegalArgumentException("an activity list of " + list.length + " jobs for " + n + " jobs");
        }
        Arrays.fill(scheduled, false);
        long makespan = 0;
        for (int job : list) {
            if (job < 0 || job >= n || scheduled[job]) {
                throw new IllegalArgumentException("the activity list names job index " + job + " twice or out of range");
            }
            long t = 0;
            for (int p : predecessors[job]) {
                if (!scheduled[p]) {
                    throw new IllegalArgumentException("the activity list puts job " + Rcpsp.number(job) + " before its predecessor "
                            + Rcpsp.number(p));
                }
                t = Math.max(t, start[p] + duration[p]);
            }
            t = earliestFit(job, (int) t);
            start[job] = t;
            scheduled[job] = true;
            for (int k = 0; k < resources; k++) {
                if (demand[job][k] > 0) {
                    for (int tau = (int) t; tau < t + duration[job]; tau++) {
                        usage[k][tau] += demand[job][k];
                    }
                }
            }
            makespan = Math.max(makespan, t + duration[job]);
        }
        for (long[] row : usage) {
            Arrays.fill(row, 0, (int) makespan, 0);
        }
        return makespan;
    }

    /** The earliest t ≥ from with room on every resource over [t, t + duration): jump past each conflict found. */
    private int earliestFit(int job, int from) {
        int t = from;
        search:
        while (true) {
            for (int tau = t + duration[job] - 1; tau >= t; tau--) {
                for (int k = 0; k < resources; k++) {
                    if (usage[k][tau] + demand[job][k] > capacity[k]) {
                        t = tau + 1;
                        continue search;
                    }
                }
            }
            return t;
        }
    }
}
