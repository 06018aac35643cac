package dev.gantry.modeling.scheduling;

import java.util.List;

/** A renewable resource of fixed capacity; each listed task uses {@code demands[i]} units while it runs. */
public record CumulativeResource(String group, long capacity, List<String> tasks, List<Long> demands) {
    public CumulativeResource {
        tasks = List.copyOf(tasks);
        demands = List.copyOf(demands);
        if (tasks.size() != demands.size()) {
            throw new IllegalArgumentException("resource " + group + ": " + tasks.size() + " tasks but " + demands.size() + " demands");
        }
        if (capacity < 0) {
            throw new IllegalArgumentException("resource " + group + " has negative capacity " + capacity);
        }
        for (int i = 0; i < demands.size(); i++) {
            if (demands.get(i) < 0) {
                throw new IllegalArgumentException("resource " + group + ": task " + tasks.get(i) + " has negative demand " + demands.get(i));
            }
        }
    }
}
