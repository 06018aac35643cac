package dev.gantry.cp.explain;

import java.util.List;

/**
 * A correction set (E7): dropping these groups makes the rest feasible. {@code optimal} when its cost (the sum of
 * weights) is proven minimum; {@code verified} when a witness of the rest passed the reference semantics.
 */
public record Correction(List<ExplainedGroup> groups, long cost, boolean optimal, boolean verified) {
    public Correction {
        groups = List.copyOf(groups);
    }
}
