package dev.gantry.metaheuristics.jobshop;

import dev.gantry.modeling.jobshop.JobShop;
import dev.gantry.modeling.jobshop.JobShopSchedule;
import dev.gantry.modeling.jobshop.Operation;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Decoders from an {@link OperationSequence} to a schedule (spec §3.4). */
public final class JobShopDecoder {
    private JobShopDecoder() {
    }

    /** Semi-active: each operation starts when both its job and its machine are free, in sequence order. */
    public static JobShopSchedule semiActive(JobShop shop, OperationSequence sequence) {
        long[][] starts = starts(shop);
        int[] next = new int[shop.jobCount()];
        long[] jobReady = new long[shop.jobCount()];
        long[] machineReady = new long[shop.machineCount()];
        for (int job : sequence.jobs()) {
            Operation op = shop.operation(job, next[job]);
            long start = Math.max(jobReady[job], machineReady[op.machine()]);
            starts[job][next[job]++] = start;
            jobReady[job] = start + op.duration();
            machineReady[op.machine()] = start + op.duration();
        }
        return JobShopSchedule.fromStarts(shop, starts);
    }

    /**
     * Active: in sequence order, each operation takes the earliest gap on its machine, at or after its job's
     * previous operation, that is long enough. Never later than the semi-active decoding of the same sequence.
     */
    public static JobShopSchedule active(JobShop shop, OperationSequence sequence) {
        long[][] starts = starts(shop);
        int[] next = new int[shop.jobCount()];
        long[] jobReady = new long[shop.jobCount()];
        // per machine, the busy intervals in start order
        long[][] busyStart = new long[shop.machineCount()][shop.jobCount() * maxOperations(shop) + 1];
        long[][] busyEnd = new long[shop.machineCount()][busyStart[0].length];
        int[] busy = new int[shop.machineCount()];
        for (int job : sequence.jobs()) {
            Operation op = shop.operation(job, next[job]);
            int m = op.machine();
            long start = jobReady[job];
            int at = 0;
            while (at < busy[m] && Math.max(start, at == 0 ? 0 : busyEnd[m][at - 1]) + op.duration() > busyStart[m][at]) {
                at++;
            }
            start = Math.max(start, at == 0 ? 0 : busyEnd[m][at - 1]);
            System.arraycopy(busyStart[m], at, busyStart[m], at + 1, busy[m] - at);
            System.arraycopy(busyEnd[m], at, busyEnd[m], at + 1, busy[m] - at);
            busyStart[m][at] = start;
            busyEnd[m][at] = start + op.duration();
            busy[m]++;
            starts[job][next[job]++] = start;
            jobReady[job] = start + op.duration();
        }
        return JobShopSchedule.fromStarts(shop, starts);
    }

    /** The sequence of a schedule's operations by start time (ties by job), which decodes semi-actively to no later. */
    public static OperationSequence byStart(JobShopSchedule schedule) {
        return new OperationSequence(schedule.operations().stream()
                .sorted(Comparator.comparingLong((dev.gantry.modeling.jobshop.ScheduledOperation o) -> o.start())
                        .thenComparingInt(o -> o.job()).thenComparingInt(o -> o.index()))
                .mapToInt(o -> o.job()).toArray());
    }

    private static long[][] starts(JobShop shop) {
        return IntStream.range(0, shop.jobCount()).mapToObj(j -> new long[shop.jobs().get(j).size()]).toArray(long[][]::new);
    }

    private static int maxOperations(JobShop shop) {
        return shop.jobs().stream().mapToInt(java.util.List::size).max().orElse(0);
    }

    /** Every job's operations in level order (all first operations, then all second ones, …). */
    static int[] levelOrder(JobShop shop) {
        int[] jobs = new int[shop.operationCount()];
        int at = 0;
        for (int level = 0; level < maxOperations(shop); level++) {
            for (int j = 0; j < shop.jobCount(); j++) {
                if (level < shop.jobs().get(j).size()) {
                    jobs[at++] = j;
                }
            }
        }
        return Arrays.copyOf(jobs, at);
    }
}
