package dev.gantry.modeling.scheduling;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A cycle of positive length in the distance graph: the requirements along it cannot all hold (Bartusch, Möhring &
 * Radermacher 1988). {@code excess} is the cycle's length, the amount by which they contradict each other.
 */
public record PositiveCycle(List<DistanceEdge> edges, long excess) {
    public PositiveCycle {
        edges = List.copyOf(edges);
    }

    /** The nodes in cycle order, the first repeated at the end: {@code A -> B -> A}. */
    public List<String> nodes() {
        List<String> nodes = new ArrayList<>();
        edges.forEach(e -> nodes.add(e.from()));
        nodes.add(edges.get(0).from());
        return nodes;
    }

    /** One line: {@code positive cycle A -> B -> A (excess 2): A SS+5 B; max lag of A SS+0..3 B}. */
    public String message() {
        return "positive cycle " + String.join(" -> ", nodes()) + " (excess " + excess + "): "
                + edges.stream().map(DistanceEdge::reason).collect(Collectors.joining("; "));
    }
}
