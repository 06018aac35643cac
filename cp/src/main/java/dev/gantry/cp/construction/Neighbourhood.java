package dev.gantry.cp.construction;

import dev.gantry.modeling.api.IntVar;
import dev.gantry.modeling.api.LinExpr;
import dev.gantry.modeling.api.Model;
import dev.gantry.modeling.api.ModelBuilder;
import dev.gantry.modeling.construction.Activity;
import dev.gantry.modeling.construction.ConstructionModel;
import dev.gantry.modeling.construction.ConstructionSchedule;
import dev.gantry.modeling.construction.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A neighbourhood of a plan: the free activities may move anywhere; the others may shift but keep, pairwise, the order
 * the plan gives every two activities that compete for a crew or for a zone. The plan is one of its solutions, so
 * re-solving it never loses the incumbent. Keeping orders instead of times lets all other work move up when the free
 * activities make room (on the fab, fixing the times of the activities before a time window did no better).
 */
final class Neighbourhood {
    /** Two activities that cannot overlap freely: they share a crew, or a zone with different trades. */
    record Conflict(String a, String b) {
    }

    private Neighbourhood() {
    }

    /** Every pair of activities with work (duration above 0) that competes for a crew or a zone, each once. */
    static List<Conflict> conflicts(Project project) {
        List<Activity> working = project.activities().stream().filter(a -> a.duration() > 0).toList();
        List<Conflict> pairs = new ArrayList<>();
        for (int i = 0; i < working.size(); i++) {
            for (int j = i + 1; j < working.size(); j++) {
                Activity a = working.get(i);
                Activity b = working.get(j);
                boolean crew = a.demands().entrySet().stream().anyMatch(e -> e.getValue() > 0 && b.demands().getOrDefault(e.getKey(), 0L) > 0);
                boolean zone = a.zone().isPresent() && a.zone().equals(b.zone()) && !a.trade().equals(b.trade());
                if (crew || zone) {
                    pairs.add(new Conflict(a.id(), b.id()));
                }
            }
        }
        return pairs;
    }

    /**
     * The full model restricted to this neighbourhood of {@code plan}: no more weighted tardiness than the plan's, and,
     * when that tardiness is proven least, no later finish; its objective weighs the model's stages into one.
     */
    static Model restrict(ConstructionModel model, ConstructionSchedule plan, Set<String> free, List<Conflict> conflicts,
                          boolean tardinessProven) {
        ModelBuilder b = model.model().derive();
        Project project = model.project();
        for (Conflict c : conflicts) {
            if (free.contains(c.a()) || free.contains(c.b())) {
                continue;
            }
            if (plan.end(c.a()) <= plan.start(c.b())) {
                b.add(model.interval(c.a()).end().le(model.interval(c.b()).start()));
            } else if (plan.end(c.b()) <= plan.start(c.a())) {
                b.add(model.interval(c.b()).end().le(model.interval(c.a()).start()));
            }
        }
        PlanScore score = PlanScore.of(plan);
        IntVar finish = model.model().variable("finish").orElseThrow();
        Optional<IntVar> tardiness = model.model().variable("weightedTardiness");
        tardiness.ifPresent(v -> b.add(v.le(score.tardiness())));
        long finishCap = tardinessProven ? score.finish() : model.horizon();
        b.add(finish.le(finishCap));
        // one objective with the lexicographic order of the model's three (weights above each lower stage's range), so
        // that the whole time limit goes to one search instead of being split between stages
        List<LinExpr> milestones = project.activities().stream().filter(Activity::isMilestone).map(a -> model.interval(a.id()).end()).toList();
        long finishWeight = milestones.size() * finishCap + 1;
        LinExpr objective = finish.times(finishWeight).plus(LinExpr.sum(milestones));
        if (tardiness.isPresent()) {
            objective = objective.plus(tardiness.get().times(finishWeight * (finishCap + 1)));
        }
        b.clearObjective().minimize(objective);
        return b.build();
    }
}
