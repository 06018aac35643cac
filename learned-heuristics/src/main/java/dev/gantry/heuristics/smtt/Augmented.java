package dev.gantry.heuristics.smtt;

import dev.gantry.modeling.smtt.JobSequence;
import dev.gantry.modeling.smtt.SingleMachineTardiness;

/**
 * A dispatching rule with one move-to-end step after every append (spec §2.3, "Augmented MDD/MDDC"). The rule keeps
 * its own clock; the step only reorders the partial sequence. O(n³) with O(k) trial deltas ({@link MoveToEnd}).
 *
 * <p>Provenance (as for MDDC): arXiv 2510.24013; DiscoverHeuristics @2a3541b. The id is the base rule's id
 * prefixed by {@code augmented-}.
 */
public final class Augmented implements SequencingHeuristic {
    private final DispatchRule rule;

    public Augmented(DispatchRule rule) {
        this.rule = rule;
    }

    public DispatchRule rule() {
        return rule;
    }

    @Override
    public String id() {
        return "augmented-" + rule.id();
    }

    @Override
    public JobSequence sequence(SingleMachineTardiness instance) {
        return new JobSequence(Dispatch.run(instance, rule, true));
    }

    @Override
    public String toString() {
        return "Augmented " + rule;
    }
}
