package dev.gantry.modeling.scheduling;

import java.util.List;

/** A resource that runs one task at a time (a machine); its group name is how reports speak of it. */
public record UnaryResource(String group, List<String> tasks) {
    public UnaryResource {
        tasks = List.copyOf(tasks);
    }
}
