package dev.gantry.heuristics.smtt;

import dev.gantry.modeling.smtt.SingleMachineTardiness;

/**
 * The loop shared by the dispatching rules: O(n) removal from the pending list (order-preserving, as the rules'
 * ties require) keeps a rule with an O(n) step at O(n²) overall.
 */
final class Dispatch {
    private Dispatch() {
    }

    /** The rule's job order; with {@code moveToEnd}, one {@link MoveToEnd} step follows every append. */
    static int[] run(SingleMachineTardiness instance, DispatchRule rule, boolean moveToEnd) {
        int[] pending = rule.candidates(instance);
        int n = pending.length;
        int size = n;
        int[] order = new int[n];
        // The rule's own clock: moving a scheduled job to the end does not change the set of scheduled jobs,
        // so the time the next job starts is the same (spec §2.3, Augmented step 2).
        long time = 0;
        for (int k = 0; k < n; k++) {
            int position = rule.select(instance, pending, size, time);
            int job = pending[position];
            System.arraycopy(pending, position + 1, pending, position, size - position - 1);
            size--;
            order[k] = job;
            time += instance.processing(job);
            if (moveToEnd) {
                MoveToEnd.improve(instance, order, k + 1);
            }
        }
        return order;
    }
}
