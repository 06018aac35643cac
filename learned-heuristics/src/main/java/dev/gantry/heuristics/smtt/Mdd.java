package dev.gantry.heuristics.smtt;

import dev.gantry.modeling.smtt.SingleMachineTardiness;

/**
 * Modified due date (Baker &amp; Bertrand 1982, spec §2.2): at time t, run the pending job with the smallest
 * max(t + p_j, d_j); candidates in index order, so ties go to the lowest index. O(n²).
 */
public final class Mdd implements DispatchRule {
    @Override
    public String id() {
        return "mdd";
    }

    @Override
    public int[] candidates(SingleMachineTardiness instance) {
        return JobOrders.identity(instance.size());
    }

    @Override
    public int select(SingleMachineTardiness instance, int[] pending, int size, long time) {
        int best = 0;
        long bestValue = Long.MAX_VALUE;
        for (int i = 0; i < size; i++) {
            int job = pending[i];
            long value = Math.max(time + instance.processing(job), (long) instance.dueDate(job));
            if (value < bestValue) {
                bestValue = value;
                best = i;
            }
        }
        return best;
    }

    @Override
    public String toString() {
        return "MDD";
    }
}
