package dev.gantry.modeling.dag;

import java.util.Optional;

/**
 * A dependency {@code from → to} between tasks (0-based indices) with its communication cost {@code c_ij}, paid
 * only when the two tasks run on different processors. {@code transfer} keeps the latency/bandwidth form the cost
 * came from, when it came from one.
 */
public record DagEdge(int from, int to, long cost, Optional<Transfer> transfer) {
    public DagEdge {
        if (cost < 0) {
            throw new IllegalArgumentException("edge " + Dag.id(from) + "->" + Dag.id(to) + " has negative cost " + cost);
        }
        if (transfer.isPresent() && transfer.get().cost() != cost) {
            throw new IllegalArgumentException("edge " + Dag.id(from) + "->" + Dag.id(to) + " has cost " + cost
                    + " but its transfer gives " + transfer.get().cost());
        }
    }

    /** An edge with the (average) communication cost given directly. */
    public static DagEdge of(int from, int to, long cost) {
        return new DagEdge(from, to, cost, Optional.empty());
    }

    /** An edge whose cost is {@code L + ⌈data / B⌉}. */
    public static DagEdge of(int from, int to, Transfer transfer) {
        return new DagEdge(from, to, transfer.cost(), Optional.of(transfer));
    }
}
