package dev.gantry.heuristics.quantum;

import dev.gantry.modeling.quantum.Demand;
import dev.gantry.modeling.quantum.Hyperperiod;
import dev.gantry.modeling.quantum.Protocol;
import dev.gantry.modeling.quantum.QuantumInstance;
import dev.gantry.modeling.quantum.QuantumSchedule;
import dev.gantry.modeling.quantum.ScheduleMode;
import dev.gantry.modeling.quantum.ScheduleStatus;
import dev.gantry.modeling.quantum.ScheduledInstance;
import dev.gantry.modeling.quantum.Segment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The §2 admission loop: demands in file order; a demand is rejected when some qubit's utilisation would exceed 1,
 * or when the scheduler cannot place every instance of the accepted set plus the candidate by its deadline.
 */
final class Admission {
    private Admission() {
    }

    static QuantumSchedule run(QuantumInstance instance, PeriodicScheduler scheduler) {
        List<Demand> accepted = new ArrayList<>();
        List<ScheduledInstance> last = List.of();
        Map<String, Double> utilisation = new HashMap<>();
        for (Demand d : instance.demands()) {
            Map<String, Double> withD = new HashMap<>(utilisation);
            Protocol p = instance.protocol(d.id());
            boolean fits = true;
            for (Map.Entry<String, List<Segment>> e : p.occupancy().entrySet()) {
                int busy = e.getValue().stream().mapToInt(Segment::length).sum();
                // exact in double: periods are powers of two in every staged instance
                double u = withD.merge(e.getKey(), (double) busy / d.period(), Double::sum);
                fits &= u <= 1;
            }
            if (!fits) {
                continue;
            }
            List<Demand> candidate = new ArrayList<>(accepted);
            candidate.add(d);
            Optional<List<ScheduledInstance>> schedule = scheduler.schedule(instance, candidate);
            if (schedule.isPresent()) {
                accepted = candidate;
                last = schedule.get();
                utilisation = withD;
            }
        }
        if (accepted.isEmpty()) {
            return QuantumSchedule.empty(ScheduleMode.RIGID, ScheduleStatus.HEURISTIC);
        }
        int h = Hyperperiod.of(accepted.stream().map(Demand::period).toList());
        return new QuantumSchedule(accepted.stream().map(Demand::id).toList(), h, last, List.of(), ScheduleMode.RIGID,
                ScheduleStatus.HEURISTIC);
    }
}
