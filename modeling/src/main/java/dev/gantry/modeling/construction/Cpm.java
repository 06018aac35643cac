package dev.gantry.modeling.construction;

import java.util.List;

/**
 * The resource-free critical path method (spec scheduling §4.2.4): the project finish, every activity's times and
 * floats, and the critical path (activities of minimal total float linked by driving relations).
 */
public record Cpm(long finish, List<ActivityTimes> times, List<String> criticalPath) {
    public Cpm {
        times = List.copyOf(times);
        criticalPath = List.copyOf(criticalPath);
    }

    public ActivityTimes of(String id) {
        return times.stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no activity " + id));
    }
}
