package dev.gantry.heuristics.jobshop;

import dev.gantry.modeling.jobshop.JobShop;
import dev.gantry.modeling.jobshop.JobShopSchedule;
import dev.gantry.modeling.jobshop.Operation;
import java.util.List;

/**
 * The non-delay schedule builder of spec scheduling §1.4: repeatedly take t = the earliest start over all
 * unfinished jobs' next operations, let the candidates be the jobs that can start then, schedule the one with
 * the smallest rule key (ties to the smallest job index) at t.
 */
public final class Dispatcher {
    private Dispatcher() {
    }

    public static JobShopSchedule schedule(JobShop shop, StaticRule rule) {
        int n = shop.jobCount();
        int[] next = new int[n];
        long[] jobReady = new long[n];
        long[] machineReady = new long[shop.machineCount()];
        long[] remaining = new long[n];
        long[] done = new long[n];
        long[][] starts = new long[n][];
        int left = 0;
        for (int j = 0; j < n; j++) {
            List<Operation> ops = shop.jobs().get(j);
            starts[j] = new long[ops.size()];
            for (Operation op : ops) {
                remaining[j] += op.duration();
            }
            left += ops.size();
        }
        for (; left > 0; left--) {
            long t = Long.MAX_VALUE;
            for (int j = 0; j < n; j++) {
                if (next[j] < starts[j].length) {
                    t = Math.min(t, earliestStart(shop, j, next, jobReady, machineReady));
                }
            }
            int chosen = -1;
            long bestNum = 0;
            long bestDen = 1;
            for (int j = 0; j < n; j++) {
                if (next[j] >= starts[j].length || earliestStart(shop, j, next, jobReady, machineReady) != t) {
                    continue;
                }
                Operation op = shop.operation(j, next[j]);
                long num = rule.numerator(op.duration(), jobReady[j], remaining[j], starts[j].length - next[j], done[j] + op.duration());
                long den = rule.denominator(remaining[j]);
                // num/den < bestNum/bestDen, exactly (denominators are positive); ties keep the smaller job index
                if (chosen < 0 || Math.multiplyExact(num, bestDen) < Math.multiplyExact(bestNum, den)) {
                    chosen = j;
                    bestNum = num;
                    bestDen = den;
                }
            }
            Operation op = shop.operation(chosen, next[chosen]);
            starts[chosen][next[chosen]] = t;
            long end = t + op.duration();
            jobReady[chosen] = end;
            machineReady[op.machine()] = end;
            remaining[chosen] -= op.duration();
            done[chosen] += op.duration();
            next[chosen]++;
        }
        return JobShopSchedule.fromStarts(shop, starts);
    }

    private static long earliestStart(JobShop shop, int job, int[] next, long[] jobReady, long[] machineReady) {
        return Math.max(jobReady[job], machineReady[shop.operation(job, next[job]).machine()]);
    }
}
