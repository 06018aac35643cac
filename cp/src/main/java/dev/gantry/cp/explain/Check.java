package dev.gantry.cp.explain;

import dev.gantry.modeling.api.Group;
import dev.gantry.modeling.api.Solution;
import java.util.Optional;
import java.util.Set;

/**
 * One check of a set of groups (E1): SAT with a witness (an assignment of the user's model), UNSAT with a core (a
 * subset of the assumed groups, a superset of a MUS; empty when the background alone is infeasible), or UNKNOWN with
 * the reason.
 */
public record Check(Verdict verdict, Optional<Solution> witness, Set<Group> core, String reason) {
    public Check {
        core = Set.copyOf(core);
    }

    static Check sat(Solution witness) {
        return new Check(Verdict.SAT, Optional.of(witness), Set.of(), "");
    }

    static Check unsat(Set<Group> core) {
        return new Check(Verdict.UNSAT, Optional.empty(), core, "");
    }

    static Check unknown(String reason) {
        return new Check(Verdict.UNKNOWN, Optional.empty(), Set.of(), reason);
    }
}
