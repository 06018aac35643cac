package dev.gantry.heuristics.smtt;

import dev.gantry.modeling.smtt.JobSequence;
import dev.gantry.modeling.smtt.SingleMachineTardiness;

/**
 * A constructive rule for single-machine tardiness: one deterministic job order per instance, no search. The rules
 * read processing times and due dates only (they were designed for 1||ΣTj); they reject processing times below 1.
 */
public interface SequencingHeuristic {
    /** The engine name after {@code heuristic:} in {@code gantry solve --problem smtt}, e.g. {@code mddc}. */
    String id();

    /** The rule's sequence of all jobs of {@code instance}. */
    JobSequence sequence(SingleMachineTardiness instance);
}
