package dev.gantry.modeling.scheduling;

import java.util.Map;

/** Start times by task id, as a solver returned them; {@link SchedulingProblem#evaluate} recomputes objectives. */
public record Schedule(Map<String, Long> starts) {
    public Schedule {
        starts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(starts));
    }

    public long start(String task) {
        Long s = starts.get(task);
        if (s == null) {
            throw new IllegalArgumentException("the schedule has no task " + task);
        }
        return s;
    }
}
