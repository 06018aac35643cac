package dev.gantry.heuristics.smtt;

import dev.gantry.modeling.smtt.SingleMachineTardiness;

/**
 * The Augmented rules' improvement step (spec §2.3): on a partial sequence timed from 0, try "remove job i, append
 * it at the end" for every i but the last, and apply the first best trial that strictly lowers tardiness.
 *
 * <p>Each trial is an O(k) integer delta instead of a re-evaluation: job i moves from C_i to C_last, and every later
 * job l finishes p_i earlier, which lowers its tardiness by exactly min(p_i, T_l). Comparing deltas against 0 under
 * strict {@code <} takes the same decisions as comparing trial totals against the base, so the result equals the
 * reference's O(k²)-per-step evaluation. Weighted instances weight each term (identical when w ≡ 1).
 */
final class MoveToEnd {
    private MoveToEnd() {
    }

    /** Improves {@code order[0, k)} in place by at most one move. O(k²). */
    static void improve(SingleMachineTardiness instance, int[] order, int k) {
        if (k < 2) {
            return;
        }
        long[] completion = new long[k];
        long[] tardiness = new long[k];
        long time = 0;
        for (int i = 0; i < k; i++) {
            int job = order[i];
            time += instance.processing(job);
            completion[i] = time;
            tardiness[i] = Math.max(0, time - instance.dueDate(job));
        }
        long last = completion[k - 1];
        long bestDelta = 0; // only strictly improving trials qualify
        int best = -1;
        for (int i = 0; i < k - 1; i++) {
            int moved = order[i];
            long p = instance.processing(moved);
            long delta = instance.weight(moved) * (Math.max(0, last - instance.dueDate(moved)) - tardiness[i]);
            for (int l = i + 1; l < k; l++) {
                delta -= instance.weight(order[l]) * Math.min(p, tardiness[l]);
            }
            if (delta < bestDelta) {
                bestDelta = delta;
                best = i;
            }
        }
        if (best >= 0) {
            int moved = order[best];
            System.arraycopy(order, best + 1, order, best, k - best - 1);
            order[k - 1] = moved;
        }
    }
}
