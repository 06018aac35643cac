package dev.gantry.modeling.jobshop;

import java.util.Comparator;
import java.util.List;

/** A job-shop plan: every operation with its start and end, as solved (not yet verified). */
public record JobShopSchedule(JobShop instance, List<ScheduledOperation> operations) {
    public JobShopSchedule {
        operations = List.copyOf(operations);
    }

    /** Builds a plan from start times {@code starts[job][index]}. */
    public static JobShopSchedule fromStarts(JobShop instance, long[][] starts) {
        List<ScheduledOperation> ops = new java.util.ArrayList<>();
        for (int j = 0; j < instance.jobCount(); j++) {
            for (int k = 0; k < instance.jobs().get(j).size(); k++) {
                Operation o = instance.operation(j, k);
                ops.add(new ScheduledOperation(j, k, o.machine(), starts[j][k], starts[j][k] + o.duration()));
            }
        }
        return new JobShopSchedule(instance, ops);
    }

    public long makespan() {
        return operations.stream().mapToLong(ScheduledOperation::end).max().orElse(0);
    }

    /** The operations of one machine in start order. */
    public List<ScheduledOperation> onMachine(int machine) {
        return operations.stream().filter(o -> o.machine() == machine)
                .sorted(Comparator.comparingLong(ScheduledOperation::start)).toList();
    }
}
