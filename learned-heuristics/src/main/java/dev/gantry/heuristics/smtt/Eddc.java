package dev.gantry.heuristics.smtt;

import dev.gantry.modeling.smtt.JobSequence;
import dev.gantry.modeling.smtt.SingleMachineTardiness;

/**
 * EDD Challenger, the LLM-discovered rule of arXiv 2510.24013 as its reference code behaves (spec §2.3): start
 * from SPT (p, d, j) — not EDD as the paper says — and sweep each job leftwards like insertion sort, swapping it
 * past an earlier-due predecessor only while that predecessor would still finish early.
 *
 * <p>The walk continues past a refused swap (x decreases either way), and both comparisons are strict. A prefix-sum
 * array makes it O(n²) instead of the reference's O(n³): swapping positions x−1 and x changes only the prefix at x.
 *
 * <p>Provenance: arXiv 2510.24013; DiscoverHeuristics @2a3541b; FunSearch-style search with Mixtral-8x7B-Instruct
 * on 25-job instances, EDD pipeline, iteration 6,841. Clean-room implementation of the spec text.
 */
public final class Eddc implements SequencingHeuristic {
    @Override
    public String id() {
        return "eddc";
    }

    @Override
    public JobSequence sequence(SingleMachineTardiness instance) {
        int[] s = JobOrders.byProcessingThenDueDate(instance);
        int n = s.length;
        long[] prefix = new long[n + 1]; // prefix[x] = Σ_{k<x} p_{s[k]}: completion time of the job at x−1
        for (int k = 0; k < n; k++) {
            prefix[k + 1] = prefix[k] + instance.processing(s[k]);
        }
        for (int i = 1; i < n; i++) {
            for (int x = i; x > 0 && instance.dueDate(s[x]) < instance.dueDate(s[x - 1]); x--) {
                if (instance.dueDate(s[x - 1]) > prefix[x]) {
                    int moved = s[x];
                    s[x] = s[x - 1];
                    s[x - 1] = moved;
                    prefix[x] = prefix[x - 1] + instance.processing(moved);
                }
            }
        }
        return new JobSequence(s);
    }

    @Override
    public String toString() {
        return "EDDC";
    }
}
