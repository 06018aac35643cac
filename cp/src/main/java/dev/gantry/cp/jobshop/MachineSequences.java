package dev.gantry.cp.jobshop;

import dev.gantry.modeling.jobshop.JobShop;
import dev.gantry.modeling.jobshop.JobShopSchedule;
import dev.gantry.modeling.jobshop.ScheduledOperation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A job-shop plan as the order of operations on every machine: the disjunctive graph's machine arcs. Operations
 * are numbered job by job ({@code offset[j] + k}); the plan it stands for is the left-justified (semi-active) one.
 */
final class MachineSequences {
    private final JobShop shop;
    private final int[] offset;
    private final int[] job;
    private final int[] machine;
    private final long[] duration;
    private final int[][] order;

    private MachineSequences(JobShop shop, int[][] order) {
        this.shop = shop;
        int n = shop.jobCount();
        this.offset = new int[n + 1];
        for (int j = 0; j < n; j++) {
            offset[j + 1] = offset[j] + shop.jobs().get(j).size();
        }
        int count = offset[n];
        this.job = new int[count];
        this.machine = new int[count];
        this.duration = new long[count];
        for (int j = 0; j < n; j++) {
            for (int k = 0; k < shop.jobs().get(j).size(); k++) {
                job[offset[j] + k] = j;
                machine[offset[j] + k] = shop.operation(j, k).machine();
                duration[offset[j] + k] = shop.operation(j, k).duration();
            }
        }
        this.order = order;
    }

    /** The machine orders of a plan: by start, then end, then job and index, which is a topological order of its graph. */
    static MachineSequences of(JobShopSchedule plan) {
        JobShop shop = plan.instance();
        List<List<ScheduledOperation>> byMachine = new ArrayList<>();
        for (int m = 0; m < shop.machineCount(); m++) {
            byMachine.add(new ArrayList<>());
        }
        plan.operations().forEach(o -> byMachine.get(o.machine()).add(o));
        MachineSequences empty = new MachineSequences(shop, new int[shop.machineCount()][]);
        for (int m = 0; m < shop.machineCount(); m++) {
            empty.order[m] = byMachine.get(m).stream().sorted(PLAN_ORDER).mapToInt(o -> empty.offset[o.job()] + o.index()).toArray();
        }
        return empty;
    }

    /** The order in which a plan's operations can be listed so that every arc of its graph points forward. */
    static final Comparator<ScheduledOperation> PLAN_ORDER = Comparator.comparingLong(ScheduledOperation::start)
            .thenComparingLong(ScheduledOperation::end).thenComparingInt(ScheduledOperation::job).thenComparingInt(ScheduledOperation::index);

    /** The same machines with {@code newOrder} in place of the current orders. */
    MachineSequences with(int[][] newOrder) {
        return new MachineSequences(shop, newOrder);
    }

    int operationCount() {
        return job.length;
    }

    int id(int jobIndex, int index) {
        return offset[jobIndex] + index;
    }

    int job(int op) {
        return job[op];
    }

    int index(int op) {
        return op - offset[job[op]];
    }

    int machine(int op) {
        return machine[op];
    }

    long duration(int op) {
        return duration[op];
    }

    /** The job successor of {@code op}, or -1 for a job's last operation. */
    int jobSuccessor(int op) {
        return op + 1 < offset[job[op] + 1] ? op + 1 : -1;
    }

    int onMachineCount() {
        return order.length;
    }

    int[] onMachine(int m) {
        return order[m];
    }

    /**
     * The left-justified plan: every operation starts when its job predecessor and its machine predecessor have
     * ended (longest paths by Kahn's algorithm).
     *
     * @throws IllegalStateException when the orders and the jobs form a cycle
     */
    JobShopSchedule leftJustified() {
        int count = job.length;
        int[] machineSuccessor = new int[count];
        int[] indegree = new int[count];
        Arrays.fill(machineSuccessor, -1);
        for (int[] ops : order) {
            for (int i = 0; i + 1 < ops.length; i++) {
                machineSuccessor[ops[i]] = ops[i + 1];
                indegree[ops[i + 1]]++;
            }
        }
        for (int op = 0; op < count; op++) {
            if (jobSuccessor(op) >= 0) {
                indegree[op + 1]++;
            }
        }
        long[] start = new long[count];
        int[] queue = new int[count];
        int head = 0;
        int tail = 0;
        for (int op = 0; op < count; op++) {
            if (indegree[op] == 0) {
                queue[tail++] = op;
            }
        }
        while (head < tail) {
            int op = queue[head++];
            long end = start[op] + duration[op];
            for (int next : new int[] {jobSuccessor(op), machineSuccessor[op]}) {
                if (next >= 0) {
                    start[next] = Math.max(start[next], end);
                    if (--indegree[next] == 0) {
                        queue[tail++] = next;
                    }
                }
            }
        }
        if (tail != count) {
            throw new IllegalStateException("machine orders and job orders form a cycle (" + (count - tail) + " operations on it)");
        }
        long[][] starts = new long[shop.jobCount()][];
        for (int j = 0; j < shop.jobCount(); j++) {
            starts[j] = Arrays.copyOfRange(start, offset[j], offset[j + 1]);
        }
        return JobShopSchedule.fromStarts(shop, starts);
    }
}
