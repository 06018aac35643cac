package dev.gantry.modeling.construction;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A construction project (spec scheduling §4.1): start date, calendar, crews, zones, activities and dependencies.
 * Nothing is checked here, so a broken project can still be loaded and told what is wrong with it:
 * {@link ProjectValidation} lists the errors and warnings, and only a project without errors compiles.
 */
public record Project(String id, LocalDate start, Calendar calendar, List<Crew> crews, List<Zone> zones, List<Activity> activities,
                      List<Dependency> dependencies) {
    public Project {
        crews = List.copyOf(crews);
        zones = List.copyOf(zones);
        activities = List.copyOf(activities);
        dependencies = List.copyOf(dependencies);
    }

    public Optional<Activity> activity(String activityId) {
        return activities.stream().filter(a -> a.id().equals(activityId)).findFirst();
    }

    /** Activities by id, in file order. */
    public Map<String, Activity> activitiesById() {
        Map<String, Activity> byId = new LinkedHashMap<>();
        activities.forEach(a -> byId.putIfAbsent(a.id(), a));
        return byId;
    }

    /** Working day of the release: the first working day on or after the earliest start (0 without one). */
    public long release(Activity a) {
        return a.earliestStart().map(d -> Math.max(0, calendar.indexOnOrAfter(start, d))).orElse(0L);
    }

    /** The latest end index a deadline allows: {@code idx(D) + 1}, idx(D) the last working day on or before D. */
    public long latestEnd(Deadline deadline) {
        return calendar.indexOnOrBefore(start, deadline.date()) + 1;
    }
}
