package dev.gantry.modeling.quantum.build;

import dev.gantry.modeling.quantum.OpType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One node of a protocol tree under construction ([LS] {@code LinkProtocol}, {@code SwapProtocol},
 * {@code DistillationProtocol}): the fidelity and rate it achieves, the nodes it acts on, its duration in seconds and
 * its {@code dist} (the longest duration chain below it, which orders siblings when mapping). A child may appear
 * twice (pumping reuses one link action), so identity, not equality, tells children apart.
 */
final class Action {
    /** Swap and distillation durations in the [LS] search (one 10 ms slot). */
    static final double OP_SECONDS = 0.01;

    final OpType type;
    final double fidelity;
    /** Mutable: [LS] replaces an estimated rate by the mapped rate (1 / latency) once a candidate is chosen. */
    double rate;
    final List<String> nodes;
    final double duration;
    final double dist;
    /** Children, sorted by rate (stable), as [LS] stores them; the first is mapped as the left subtree. */
    final List<Action> children;
    /** The capability of a LINK_GEN (index into the link's list); -1 otherwise. */
    final int capability;

    private Action(OpType type, double fidelity, double rate, List<String> nodes, List<Action> children, int capability) {
        this.type = type;
        this.fidelity = fidelity;
        this.rate = rate;
        this.nodes = List.copyOf(nodes);
        this.capability = capability;
        if (type == OpType.LINK_GEN) {
            this.duration = rate == 0 ? Double.POSITIVE_INFINITY : 1 / rate;
            this.dist = duration;
            this.children = List.of();
        } else {
            this.duration = OP_SECONDS;
            List<Action> sorted = new ArrayList<>(children);
            sorted.sort(Comparator.comparingDouble(a -> a.rate));
            this.children = List.copyOf(sorted);
            this.dist = sorted.stream().mapToDouble(a -> a.dist).max().orElse(0) + duration;
        }
    }

    static Action link(double fidelity, double rate, List<String> nodes, int capability) {
        return new Action(OpType.LINK_GEN, fidelity, rate, nodes, List.of(), capability);
    }

    static Action swap(double fidelity, double rate, Action left, Action right, String node) {
        return new Action(OpType.SWAP, fidelity, rate, List.of(node), List.of(left, right), -1);
    }

    static Action distill(double fidelity, double rate, Action first, Action second, List<String> nodes) {
        return new Action(OpType.DISTILL, fidelity, rate, nodes, List.of(first, second), -1);
    }

    /** A deep copy with fresh objects (Python's {@code copy(p)} on these classes), keeping the current rate. */
    Action copy() {
        if (type == OpType.LINK_GEN) {
            return new Action(type, fidelity, rate, nodes, List.of(), capability);
        }
        return new Action(type, fidelity, rate, nodes, children.stream().map(Action::copy).toList(), -1);
    }
}
