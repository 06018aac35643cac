package dev.gantry.cp.explain;

import dev.gantry.modeling.api.Group;
import dev.gantry.modeling.api.Solution;
import dev.gantry.modeling.api.SolveResult;
import dev.gantry.modeling.api.Status;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * E9: a reported MUS M is re-checked by fresh solves, independent of the assumption machinery: M plus the background
 * is proven infeasible, and for each g in M, M∖g has a witness the reference semantics accepts (search witnesses are
 * reused when they pass). Reasons for a failed or undecided check go to the run's notes.
 */
final class Verification {
    private Verification() {
    }

    static boolean verify(Run run, List<Group> mus, Map<Group, Solution> witnesses, List<Solution> others) {
        boolean ok = true;
        SolveResult all = run.solve(run.subsets.model(Set.copyOf(mus)), false);
        if (all.status() != Status.INFEASIBLE) {
            ok = false;
            run.notes.add(all.hasSolution() ? "the conflict has a solution on a fresh solve"
                    : "the fresh infeasibility check stopped at " + all.termination());
        }
        for (Group g : mus) {
            Set<Group> rest = new LinkedHashSet<>(mus);
            rest.remove(g);
            Solution w = witnesses.get(g);
            if (w != null && run.subsets.accepts(rest, w) || others.stream().anyMatch(o -> run.subsets.accepts(rest, o))) {
                continue;
            }
            SolveResult r = run.solve(run.subsets.model(rest), false);
            if (r.hasSolution() && run.subsets.accepts(rest, r.solution())) {
                continue;
            }
            ok = false;
            run.notes.add(r.status() == Status.INFEASIBLE ? "without " + g.name() + " the rest is still infeasible"
                    : r.hasSolution() ? "the witness without " + g.name() + " fails the reference semantics"
                    : "the check without " + g.name() + " stopped at " + r.termination());
        }
        return ok;
    }
}
