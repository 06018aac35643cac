package dev.gantry.modeling.construction;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Start working-day indices by activity id; ends, dates, finish and tardiness follow from the project. */
public record ConstructionSchedule(Project project, Map<String, Long> starts) {
    public ConstructionSchedule {
        starts = Collections.unmodifiableMap(new LinkedHashMap<>(starts));
    }

    public long start(String id) {
        Long s = starts.get(id);
        if (s == null) {
            throw new IllegalArgumentException("the schedule has no activity " + id);
        }
        return s;
    }

    public long end(String id) {
        return start(id) + project.activity(id).orElseThrow().duration();
    }

    /** The project finish: the latest end, in working days. */
    public long finish() {
        return project.activities().stream().mapToLong(a -> end(a.id())).max().orElse(0);
    }

    /** Σ weight · working days late over the soft deadlines. */
    public long weightedTardiness() {
        long total = 0;
        for (Activity a : project.activities()) {
            if (a.deadline().isPresent() && a.deadline().get().type() == DeadlineType.SOFT) {
                total += a.deadline().get().weight() * Math.max(0, end(a.id()) - project.latestEnd(a.deadline().get()));
            }
        }
        return total;
    }

    /** The first working day's date (a milestone: the date it is reached on, its day 0 the project start). */
    public LocalDate startDate(String id) {
        return project.calendar().date(project.start(), start(id));
    }

    /** The last working day's date; a milestone's is the day before its start index (spec §4.1). */
    public LocalDate finishDate(String id) {
        long end = end(id);
        return end == 0 ? project.start() : project.calendar().date(project.start(), end - 1);
    }
}
