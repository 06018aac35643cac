package dev.gantry.modeling.rcpsp;

import java.util.ArrayList;
import java.util.List;

/**
 * A single-mode resource-constrained project (spec scheduling §2): jobs with durations and demands on renewable
 * resources of fixed capacity, and finish-to-start successor arcs; minimise the makespan. Jobs are indexed from 0
 * ({@link #number} gives PSPLIB's 1-based number). The arcs must form a DAG and every demand must fit its
 * resource, so every activity list decodes to a feasible schedule.
 */
public record Rcpsp(String name, List<Job> jobs, List<Long> capacities) {
    public Rcpsp {
        jobs = List.copyOf(jobs);
        capacities = List.copyOf(capacities);
        for (long c : capacities) {
            if (c < 0) {
                throw new IllegalArgumentException(name + ": negative capacity " + c);
            }
        }
        for (int i = 0; i < jobs.size(); i++) {
            Job job = jobs.get(i);
            if (job.demands().size() != capacities.size()) {
                throw new IllegalArgumentException(name + ": job " + number(i) + " has " + job.demands().size()
                        + " demands for " + capacities.size() + " resources");
            }
            for (int k = 0; k < capacities.size(); k++) {
                if (job.demand(k) > capacities.get(k)) {
                    throw new IllegalArgumentException(name + ": job " + number(i) + " demands " + job.demand(k)
                            + " of resource R" + (k + 1) + ", whose capacity is " + capacities.get(k));
                }
            }
            for (int s : job.successors()) {
                if (s < 0 || s >= jobs.size() || s == i) {
                    throw new IllegalArgumentException(name + ": job " + number(i) + " has successor index " + s
                            + " outside the other jobs 0.." + (jobs.size() - 1));
                }
            }
        }
        topologicalOrder(jobs, name);
    }

    /** PSPLIB's number of the job at {@code index}. */
    public static int number(int index) {
        return index + 1;
    }

    public int jobCount() {
        return jobs.size();
    }

    public int resourceCount() {
        return capacities.size();
    }

    public Job job(int index) {
        return jobs.get(index);
    }

    public long capacity(int resource) {
        return capacities.get(resource);
    }

    /** The sum of all durations: every serial schedule ends by then. */
    public long totalDuration() {
        return jobs.stream().mapToLong(Job::duration).sum();
    }

    /** The direct predecessors of each job. */
    public List<List<Integer>> predecessors() {
        List<List<Integer>> preds = new ArrayList<>();
        jobs.forEach(j -> preds.add(new ArrayList<>()));
        for (int i = 0; i < jobs.size(); i++) {
            for (int s : jobs.get(i).successors()) {
                preds.get(s).add(i);
            }
        }
        return preds.stream().map(List::copyOf).toList();
    }

    /** A topological order of the jobs (Kahn's algorithm, smallest index first among the ready ones). */
    public int[] topologicalOrder() {
        return topologicalOrder(jobs, name);
    }

    /** The critical path (earliest starts, latest finishes for the CPM deadline): its length is a lower bound. */
    public CriticalPath criticalPath() {
        return CriticalPath.of(this);
    }

    private static int[] topologicalOrder(List<Job> jobs, String name) {
        int n = jobs.size();
        int[] indegree = new int[n];
        jobs.forEach(j -> j.successors().forEach(s -> indegree[s]++));
        java.util.PriorityQueue<Integer> ready = new java.util.PriorityQueue<>();
        for (int i = 0; i < n; i++) {
            if (indegree[i] == 0) {
                ready.add(i);
            }
        }
        int[] order = new int[n];
        int count = 0;
        while (!ready.isEmpty()) {
            int i = ready.poll();
            order[count++] = i;
            for (int s : jobs.get(i).successors()) {
                if (--indegree[s] == 0) {
                    ready.add(s);
                }
            }
        }
        if (count < n) {
            throw new IllegalArgumentException(name + ": the precedence arcs contain a cycle");
        }
        return order;
    }
}
