package dev.gantry.cp.explain;

import dev.gantry.modeling.api.Group;
import dev.gantry.modeling.api.Hint;
import java.util.Set;

/**
 * The solver contract the explainer is written against (E1, after CPMpy's {@code solve(assumptions)},
 * {@code get_core()}, {@code solution_hint()}): check whether the background and a set of candidate groups hold
 * together. Groups that are not candidates are always enforced. Every check has its own time limit within the
 * whole run's.
 */
public interface AssumptionSolver {
    /** Checks the background plus {@code groups} (candidates not in the set are off). */
    Check check(Set<Group> groups);

    /** The core of the last UNSAT check (a superset of a MUS is allowed); empty before any. */
    Set<Group> core();

    /** A warm start for the following checks: a partial assignment by variable name (a previous witness, a heuristic plan). */
    void hint(Hint assignment);

    /** How many checks ran. */
    int checks();
}
