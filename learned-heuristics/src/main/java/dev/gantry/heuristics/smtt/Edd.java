package dev.gantry.heuristics.smtt;

import dev.gantry.modeling.smtt.JobSequence;
import dev.gantry.modeling.smtt.SingleMachineTardiness;

/**
 * Earliest due date first, ties by job index (spec §2.1). The paper's reference sorted unstably, so its EDD gaps
 * differ from these in the second decimal; the index tie-break is what makes Gantry's EDD reproducible.
 */
public final class Edd implements SequencingHeuristic {
    @Override
    public String id() {
        return "edd";
    }

    @Override
    public JobSequence sequence(SingleMachineTardiness instance) {
        return new JobSequence(JobOrders.byDueDate(instance));
    }

    @Override
    public String toString() {
        return "EDD";
    }
}
