package dev.gantry.modeling.quantum.build;

import dev.gantry.modeling.quantum.OpType;
import java.util.ArrayList;
import java.util.List;

/**
 * One operation of a protocol DAG while it is mapped onto qubits ([LS] {@code DAGResourceSubTask}): mutable, because
 * the ASAP, ALAP and shift passes move it and choose its qubits.
 */
final class MappedTask {
    final String name;
    final OpType type;
    final int slots;
    final double dist;
    final List<String> nodes;
    final Action action;
    final List<MappedTask> parents = new ArrayList<>();
    final List<MappedTask> children = new ArrayList<>();
    /** Qubits once mapped, sorted. */
    List<String> qubits = List.of();
    /** The qubits left holding a pair after the operation (LINK_GEN, DISTILL). */
    List<String> locked = List.of();
    int start;

    MappedTask(String name, Action action, int slots) {
        this.name = name;
        this.type = action.type;
        this.slots = slots;
        this.dist = action.dist;
        this.nodes = action.nodes;
        this.action = action;
    }

    int end() {
        return start + slots;
    }

    boolean sharesQubit(MappedTask other) {
        return other.qubits.stream().anyMatch(qubits::contains);
    }

    /** [LS] {@code task_locks_resource}: a link or distillation still holding its pair on {@code qubit}. */
    boolean locks(String qubit) {
        return (type == OpType.LINK_GEN || type == OpType.DISTILL) && locked.contains(qubit);
    }
}
