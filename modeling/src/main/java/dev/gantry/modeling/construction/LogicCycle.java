package dev.gantry.modeling.construction;

import java.util.List;

/**
 * Circular logic: a strongly connected component of the logic graph, with one cycle through its smallest id
 * ({@code [A120, A130, A145, A120]}) and all its members, sorted.
 */
public record LogicCycle(List<String> cycle, List<String> members) {
    public LogicCycle {
        cycle = List.copyOf(cycle);
        members = List.copyOf(members);
    }
}
