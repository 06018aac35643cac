package dev.gantry.instances.smtt;

import dev.gantry.modeling.smtt.JobSequence;
import dev.gantry.modeling.smtt.SingleMachineTardiness;
import java.util.Arrays;
import java.util.List;

/**
 * A single-machine plan in Gantry's sequence JSON, as read: {@code {"problem":"smtt","instance":…,"sequence":[…],
 * "tardiness":…}}. The sequence is kept exactly as written (jobs 0-based, possibly out of range or repeated): judging
 * it is the verifier's job.
 *
 * @param tardiness the total (weighted) tardiness the plan claims, or null
 * @param origin    where the document came from, for messages; never written
 */
public record SequenceDocument(String instance, List<Integer> sequence, Long tardiness, String origin) {
    public static final String PROBLEM = "smtt";

    public SequenceDocument {
        sequence = List.copyOf(sequence);
    }

    /** The plan for {@code sequence}, claiming the tardiness the model computes. */
    public static SequenceDocument of(SingleMachineTardiness instance, JobSequence sequence) {
        return new SequenceDocument(instance.name(), Arrays.stream(sequence.order()).boxed().toList(),
                instance.totalWeightedTardiness(sequence.order()), "plan for " + instance.name());
    }
}
