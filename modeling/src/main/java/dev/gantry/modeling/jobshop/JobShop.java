package dev.gantry.modeling.jobshop;

import java.util.List;

/**
 * A job-shop instance: each job is a chain of operations in a fixed order; a machine does one operation at a
 * time; no preemption. Jobs may be shorter than the machine count and may revisit a machine.
 */
public record JobShop(String name, int machineCount, List<List<Operation>> jobs) {
    public JobShop {
        jobs = jobs.stream().map(List::copyOf).toList();
        if (machineCount < 1) {
            throw new IllegalArgumentException("job shop " + name + " needs at least one machine, got " + machineCount);
        }
        for (int j = 0; j < jobs.size(); j++) {
            for (int k = 0; k < jobs.get(j).size(); k++) {
                int m = jobs.get(j).get(k).machine();
                if (m >= machineCount) {
                    throw new IllegalArgumentException("job " + j + " operation " + k + " uses machine " + m
                            + " but the instance has machines 0.." + (machineCount - 1));
                }
            }
        }
    }

    public int jobCount() {
        return jobs.size();
    }

    public Operation operation(int job, int index) {
        return jobs.get(job).get(index);
    }

    public int operationCount() {
        return jobs.stream().mapToInt(List::size).sum();
    }

    public long totalDuration() {
        return jobs.stream().flatMap(List::stream).mapToLong(Operation::duration).sum();
    }

    /** LB0 = max(longest job, most loaded machine): a trivial makespan lower bound. */
    public long trivialLowerBound() {
        long longestJob = jobs.stream().mapToLong(ops -> ops.stream().mapToLong(Operation::duration).sum()).max().orElse(0);
        long[] load = new long[machineCount];
        jobs.forEach(ops -> ops.forEach(o -> load[o.machine()] += o.duration()));
        long busiest = java.util.Arrays.stream(load).max().orElse(0);
        return Math.max(longestJob, busiest);
    }
}
