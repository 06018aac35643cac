package dev.gantry.modeling.construction;

import java.util.List;

/** A dependency implied by others: the {@code path} from its predecessor to its successor is at least as long. */
public record RedundantRelation(Dependency dependency, long delta, List<String> path, long pathLength) {
    public RedundantRelation {
        path = List.copyOf(path);
    }
}
