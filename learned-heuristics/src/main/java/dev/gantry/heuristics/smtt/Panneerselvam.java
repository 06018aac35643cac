package dev.gantry.heuristics.smtt;

import dev.gantry.modeling.smtt.SingleMachineTardiness;

/**
 * Panneerselvam (2006) as the paper compared it (spec §2.4): append the pending job with the largest
 * (Σ_pending p − d_j)/p_j, ties to the largest index. It performs very badly (≈411% mean gap at n = 20); Gantry keeps
 * it only to reproduce the paper's table. O(n²).
 */
public final class Panneerselvam implements DispatchRule {
    @Override
    public String id() {
        return "panneerselvam";
    }

    @Override
    public int[] candidates(SingleMachineTardiness instance) {
        return JobOrders.identity(instance.size());
    }

    @Override
    public int select(SingleMachineTardiness instance, int[] pending, int size, long time) {
        long remaining = 0;
        for (int i = 0; i < size; i++) {
            remaining += instance.processing(pending[i]);
        }
        int best = 0;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < size; i++) {
            int job = pending[i];
            double value = (double) (remaining - instance.dueDate(job)) / instance.processing(job);
            if (value >= bestValue) { // >= over index order: the largest index wins a tie
                bestValue = value;
                best = i;
            }
        }
        return best;
    }

    @Override
    public String toString() {
        return "Panneerselvam";
    }
}
