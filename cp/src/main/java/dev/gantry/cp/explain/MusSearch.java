package dev.gantry.cp.explain;

import dev.gantry.modeling.api.Group;
import dev.gantry.modeling.api.Solution;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Shrinks an infeasible set of groups to a minimal one: deletion with core refinement (E5), or QuickXplain with a
 * preference order (E6, Junker 2004). An UNKNOWN check keeps the group and makes the result possibly not minimal.
 */
final class MusSearch {
    /**
     * A shrunk set; {@code witnesses} are, per member g, assignments satisfying every other member, and {@code others}
     * the witnesses of the other satisfiable checks (QuickXplain's): E9 reuses those that pass.
     */
    record Result(List<Group> groups, boolean minimal, Map<Group, Solution> witnesses, List<Solution> others, List<String> notes) {
    }

    private final AssumptionSolver solver;
    private final List<String> notes = new ArrayList<>();
    private final List<Solution> others = new ArrayList<>();
    private boolean minimal = true;

    MusSearch(AssumptionSolver solver) {
        this.solver = solver;
    }

    /** Deletion in the given order: each group whose removal keeps the set infeasible goes, with all the new core drops. */
    Result deletion(List<Group> infeasible) {
        Set<Group> current = new LinkedHashSet<>(infeasible);
        Map<Group, Solution> witnesses = new LinkedHashMap<>();
        for (Group g : infeasible) {
            if (!current.contains(g)) {
                continue;
            }
            Set<Group> without = new LinkedHashSet<>(current);
            without.remove(g);
            Check c = solver.check(without);
            switch (c.verdict()) {
                case UNSAT -> current.retainAll(c.core().isEmpty() ? without : c.core());
                case SAT -> witnesses.put(g, c.witness().orElseThrow());
                case UNKNOWN -> unknown(g, c);
            }
        }
        List<Group> mus = infeasible.stream().filter(current::contains).toList();
        witnesses.keySet().retainAll(current);
        return new Result(mus, minimal, witnesses, others, notes);
    }

    /** QuickXplain over {@code ordered} (most preferred first), known to be infeasible: a preferred conflict. */
    Result quickXplain(List<Group> ordered) {
        List<Group> conflict = qx(List.of(), false, ordered);
        List<Group> mus = ordered.stream().filter(conflict::contains).toList();
        return new Result(mus, minimal, Map.of(), others, notes);
    }

    private List<Group> qx(List<Group> background, boolean delta, List<Group> constraints) {
        if (delta) {
            Check c = solver.check(new LinkedHashSet<>(background));
            if (c.verdict() == Verdict.UNSAT) {
                return List.of();
            }
            if (c.verdict() == Verdict.UNKNOWN) {
                unknown(null, c);
            } else {
                others.add(c.witness().orElseThrow());
            }
        }
        if (constraints.size() == 1) {
            return constraints;
        }
        int k = constraints.size() / 2;
        List<Group> first = constraints.subList(0, k);
        List<Group> second = constraints.subList(k, constraints.size());
        List<Group> d2 = qx(concat(background, first), !first.isEmpty(), second);
        List<Group> d1 = qx(concat(background, d2), !d2.isEmpty(), first);
        return concat(d1, d2);
    }

    private void unknown(Group kept, Check c) {
        minimal = false;
        notes.add((kept == null ? "a QuickXplain check" : "dropping " + kept.name()) + " was not decided: " + c.reason());
    }

    private static List<Group> concat(List<Group> a, List<Group> b) {
        List<Group> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
