package dev.gantry.heuristics.quantum;

import dev.gantry.modeling.quantum.Demand;
import dev.gantry.modeling.quantum.Hyperperiod;
import dev.gantry.modeling.quantum.QuantumInstance;
import dev.gantry.modeling.quantum.ScheduledInstance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * PTS-NP-EDF: the whole network is one processor (no decomposition); each job runs as a block of length C_d, jobs
 * back to back in EDF order, idling to the next release when none is ready.
 */
final class PtsNpEdf {
    private PtsNpEdf() {
    }

    static Optional<List<ScheduledInstance>> schedule(QuantumInstance instance, List<Demand> demands) {
        int h = Hyperperiod.of(demands.stream().map(Demand::period).toList());
        List<Job> pending = new ArrayList<>();
        for (Demand d : demands) {
            for (int k = 0; k < h / d.period(); k++) {
                pending.add(new Job(d, k, instance.index(d.id())));
            }
        }
        pending.sort(Comparator.comparingInt(Job::release));
        PriorityQueue<Job> ready = new PriorityQueue<>(Job.PRIORITY);
        List<ScheduledInstance> out = new ArrayList<>();
        int next = 0;
        int t = 0;
        while (next < pending.size() || !ready.isEmpty()) {
            while (next < pending.size() && pending.get(next).release() <= t) {
                ready.add(pending.get(next++));
            }
            if (ready.isEmpty()) {
                t = pending.get(next).release();
                continue;
            }
            Job job = ready.poll();
            int end = t + instance.protocol(job.demand().id()).makespan();
            if (end > job.deadline()) {
                return Optional.empty();
            }
            out.add(new ScheduledInstance(job.demand().id(), job.k(), t, end));
            t = end;
        }
        return Optional.of(out);
    }
}
