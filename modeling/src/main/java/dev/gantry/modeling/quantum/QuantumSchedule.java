package dev.gantry.modeling.quantum;

import java.util.List;

/**
 * A periodic schedule over {@code [0, hyperperiod)}: the accepted demands (in acceptance order), one block per
 * instance, and in flexible mode the start of each operation ({@code ops} empty in rigid mode, where offsets imply it).
 */
public record QuantumSchedule(List<String> accepted, int hyperperiod, List<ScheduledInstance> instances,
        List<ScheduledOp> ops, ScheduleMode mode, ScheduleStatus status) {
    public QuantumSchedule {
        accepted = List.copyOf(accepted);
        instances = List.copyOf(instances);
        ops = List.copyOf(ops);
    }

    /** The schedule that accepts nothing. */
    public static QuantumSchedule empty(ScheduleMode mode, ScheduleStatus status) {
        return new QuantumSchedule(List.of(), 1, List.of(), List.of(), mode, status);
    }

    public QuantumMetrics metrics(QuantumInstance instance) {
        return QuantumMetrics.of(this, instance);
    }
}
