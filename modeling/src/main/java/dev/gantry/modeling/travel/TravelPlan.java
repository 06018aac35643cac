package dev.gantry.modeling.travel;

import java.util.List;

/**
 * A plan (spec T4): the day objects in order, as written, days after the trip ({@code {}}) included when the source
 * has them. Gantry's own plans hold exactly {@code days} full days.
 */
public record TravelPlan(List<PlanDay> days) {
    public TravelPlan {
        days = List.copyOf(days);
    }

    /** Delivered (spec V4): the day list is not empty. */
    public boolean delivered() {
        return !days.isEmpty();
    }

    /** Day {@code d} (1-based) by position, or an empty day beyond the list. */
    public PlanDay day(int d) {
        return d <= days.size() ? days.get(d - 1) : PlanDay.empty();
    }

    /** The same plan with day {@code d} (1-based, within the list) replaced. */
    public TravelPlan withDay(int d, PlanDay day) {
        java.util.ArrayList<PlanDay> copy = new java.util.ArrayList<>(days);
        copy.set(d - 1, day);
        return new TravelPlan(copy);
    }
}
