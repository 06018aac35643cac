package dev.gantry.heuristics.smtt;

import dev.gantry.modeling.smtt.SingleMachineTardiness;

/**
 * MDD Challenger, the LLM-discovered rule of arXiv 2510.24013 (spec §2.3): a modified due date with 1.1·p_j,
 * inflated by the job's size relative to the largest pending job, plus p_j over (t + mean pending p).
 *
 * <p>The arithmetic is double and in the reference's order so that near-ties resolve as in the paper; the
 * candidate list is sorted by (d, p, j), which decides exact ties. O(n²).
 *
 * <p>Provenance: arXiv 2510.24013; DiscoverHeuristics @2a3541b; FunSearch-style search with Mixtral-8x7B-Instruct
 * on 25-job instances, MDD pipeline, iteration 8,398. Clean-room implementation of the spec text (the reference
 * repository has no licence).
 */
public final class Mddc implements DispatchRule {
    /** The discovered constant; fixed, not a parameter. */
    private static final double PROCESSING_FACTOR = 1.1;

    @Override
    public String id() {
        return "mddc";
    }

    @Override
    public int[] candidates(SingleMachineTardiness instance) {
        return JobOrders.byDueDateThenProcessing(instance);
    }

    @Override
    public int select(SingleMachineTardiness instance, int[] pending, int size, long time) {
        int maxProcessing = 0;
        long sumProcessing = 0;
        for (int i = 0; i < size; i++) {
            int p = instance.processing(pending[i]);
            maxProcessing = Math.max(maxProcessing, p);
            sumProcessing += p;
        }
        double t = time; // exact: the reference's float clock holds integer sums
        double meanProcessing = (double) sumProcessing / size;
        int best = 0;
        double bestValue = Double.POSITIVE_INFINITY;
        for (int i = 0; i < size; i++) {
            int job = pending[i];
            double p = instance.processing(job);
            double mu = Math.max(PROCESSING_FACTOR * p + t, instance.dueDate(job));
            double rho = Math.min(p / (t + maxProcessing), 1.0);
            double rho2 = rho * rho;
            mu = mu * (1 + rho2 / (1 + rho2));
            mu = mu + p / (t + meanProcessing);
            if (mu < bestValue) {
                bestValue = mu;
                best = i;
            }
        }
        return best;
    }

    @Override
    public String toString() {
        return "MDDC";
    }
}
