package dev.gantry.cp.explain;

import dev.gantry.modeling.api.Group;
import dev.gantry.modeling.api.Model;
import dev.gantry.modeling.api.ModelBuilder;
import dev.gantry.modeling.api.PostedConstraint;
import dev.gantry.modeling.api.ReferenceSemantics;
import dev.gantry.modeling.api.Solution;
import java.util.List;
import java.util.Set;

/**
 * The user's model restricted to the background, the non-candidate groups and a subset of the candidates, without
 * objective: what emulated checks solve and what verification (E9) judges witnesses against.
 */
final class Subsets {
    private final Model original;
    private final Set<Group> candidates;

    Subsets(Model original, List<Group> candidates) {
        this.original = original;
        this.candidates = Set.copyOf(candidates);
    }

    Model original() {
        return original;
    }

    Model model(Set<Group> kept) {
        ModelBuilder b = original.deriveWithoutConstraints().clearObjective();
        for (PostedConstraint pc : original.constraints()) {
            if (pc.isBackground() || !candidates.contains(pc.group()) || kept.contains(pc.group())) {
                b.post(pc.constraint(), pc.group());
            }
        }
        return b.build();
    }

    /** Whether {@code witness} satisfies the background and every group of {@code kept} by the reference semantics. */
    boolean accepts(Set<Group> kept, Solution witness) {
        Model m = model(kept);
        return ReferenceSemantics.check(m, witness.values()).isEmpty();
    }
}
