package dev.gantry.heuristics.smtt;

import dev.gantry.modeling.smtt.JobSequence;
import dev.gantry.modeling.smtt.SingleMachineTardiness;

/**
 * A greedy dispatching rule: starting from an ordered candidate list, repeatedly pick one pending job to run
 * next; the picked job leaves the list and the others keep their order. The list order matters because every rule
 * of spec §2 breaks ties by list position. Exposing the single step lets {@link Augmented} interleave an
 * improvement step with any rule without copying the rule's loop.
 */
public interface DispatchRule extends SequencingHeuristic {
    /** The pending list at time 0, in the order the rule scans it. */
    int[] candidates(SingleMachineTardiness instance);

    /**
     * The position in {@code pending[0, size)} of the job to append when the machine becomes free at
     * {@code time} (the sum of the processing times already appended). Must not modify {@code pending}.
     */
    int select(SingleMachineTardiness instance, int[] pending, int size, long time);

    @Override
    default JobSequence sequence(SingleMachineTardiness instance) {
        return new JobSequence(Dispatch.run(instance, this, false));
    }
}
