package dev.gantry.cp.explain;

import dev.gantry.modeling.api.BoolVar;
import dev.gantry.modeling.api.Group;
import dev.gantry.modeling.api.Solution;
import dev.gantry.modeling.api.SolveResult;
import dev.gantry.modeling.api.Status;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * E7: the minimum-weight correction set from one optimisation over switchable groups (no assumptions, so several
 * workers are allowed), minimising the weight of the groups switched off; at the limit, a greedy grow of a satisfiable
 * set, heaviest groups first, whose complement is a correction set (not proven cheapest).
 */
final class CorrectionSearch {
    private CorrectionSearch() {
    }

    static Optional<Correction> cheapest(Run run) {
        SolveResult r = run.solve(run.assumptionModel.correctionModel(), true);
        if (r.status() == Status.OPTIMAL) {
            Solution values = r.solution();
            List<Group> off = new ArrayList<>();
            for (Map.Entry<Group, BoolVar> e : run.assumptionModel.literals().entrySet()) {
                if (values.value(e.getValue()) == 0) {
                    off.add(e.getKey());
                }
            }
            Set<Group> kept = new LinkedHashSet<>(run.candidates);
            off.forEach(kept::remove);
            Solution witness = new Solution(run.model, values.values());
            return Optional.of(correction(run, off, true, run.subsets.accepts(kept, witness)));
        }
        if (r.status() == Status.MODEL_INVALID) {
            run.notes.add("no correction-set model for this backend: " + String.join("; ", r.diagnostics()));
        }
        return greedy(run);
    }

    private static Optional<Correction> greedy(Run run) {
        Set<Group> kept = new LinkedHashSet<>();
        Solution witness = null;
        List<Group> order = new ArrayList<>(run.candidates);
        order.sort(Comparator.comparingLong(Group::weight).reversed());
        for (Group g : order) {
            Set<Group> trial = new LinkedHashSet<>(kept);
            trial.add(g);
            Check c = run.solver.check(trial);
            if (c.verdict() == Verdict.SAT) {
                kept = trial;
                witness = c.witness().orElseThrow();
            }
        }
        if (witness == null) {
            Check c = run.solver.check(Set.of());
            if (c.verdict() != Verdict.SAT) {
                return Optional.empty();
            }
            witness = c.witness().orElseThrow();
        }
        List<Group> off = new ArrayList<>(run.candidates);
        off.removeAll(kept);
        return Optional.of(correction(run, off, false, run.subsets.accepts(kept, witness)));
    }

    private static Correction correction(Run run, List<Group> off, boolean optimal, boolean verified) {
        long cost = off.stream().mapToLong(Group::weight).sum();
        return new Correction(off.stream().map(g -> ExplainedGroup.of(g, run.model)).toList(), cost, optimal, verified);
    }
}
