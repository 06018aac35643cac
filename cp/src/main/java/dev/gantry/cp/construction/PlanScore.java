package dev.gantry.cp.construction;

import dev.gantry.modeling.construction.Activity;
import dev.gantry.modeling.construction.ConstructionSchedule;
import java.util.Comparator;

/** The construction objective of a plan, compared lexicographically: weighted tardiness, then finish, then the sum of milestone dates. */
record PlanScore(long tardiness, long finish, long milestones) implements Comparable<PlanScore> {
    private static final Comparator<PlanScore> ORDER = Comparator.comparingLong(PlanScore::tardiness)
            .thenComparingLong(PlanScore::finish).thenComparingLong(PlanScore::milestones);

    static PlanScore of(ConstructionSchedule plan) {
        long milestones = plan.project().activities().stream().filter(Activity::isMilestone).mapToLong(a -> plan.end(a.id())).sum();
        return new PlanScore(plan.weightedTardiness(), plan.finish(), milestones);
    }

    @Override
    public int compareTo(PlanScore other) {
        return ORDER.compare(this, other);
    }
}
