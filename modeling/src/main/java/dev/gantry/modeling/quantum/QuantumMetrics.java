package dev.gantry.modeling.quantum;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The §5.1 metrics: throughput (ebit/s, the sum of the accepted rates), worst-case response time (s) and jitter
 * (s², the largest per-demand population variance of {@code (s_{k+1} − s_k − p)·δ}), and the accepted count.
 */
public record QuantumMetrics(double throughput, double maxResponseTime, double maxJitter, int acceptedCount) {

    public static QuantumMetrics of(QuantumSchedule schedule, QuantumInstance instance) {
        double delta = instance.slotSeconds();
        int h = schedule.hyperperiod();
        long jobs = 0;
        double wcrt = 0;
        double jitter = 0;
        for (String id : schedule.accepted()) {
            Demand d = instance.demand(id);
            jobs += h / d.period();
            List<ScheduledInstance> runs = new ArrayList<>(schedule.instances().stream().filter(r -> r.demand().equals(id)).toList());
            runs.sort(Comparator.comparingInt(ScheduledInstance::instance));
            for (ScheduledInstance r : runs) {
                wcrt = Math.max(wcrt, (r.end() - (long) r.instance() * d.period()) * delta);
            }
            jitter = Math.max(jitter, jitter(runs, d.period(), delta));
        }
        double throughput = schedule.accepted().isEmpty() ? 0 : jobs / (h * delta);
        return new QuantumMetrics(throughput, wcrt, jitter, schedule.accepted().size());
    }

    /** Population variance of the start deviations, no wrap-around term; 0 with fewer than two instances. */
    private static double jitter(List<ScheduledInstance> runs, int period, double delta) {
        int n = runs.size() - 1;
        if (n < 1) {
            return 0;
        }
        double[] x = new double[n];
        double mean = 0;
        for (int k = 0; k < n; k++) {
            x[k] = (runs.get(k + 1).start() - runs.get(k).start() - period) * delta;
            mean += x[k];
        }
        mean /= n;
        double var = 0;
        for (double v : x) {
            var += (v - mean) * (v - mean);
        }
        return var / n;
    }
}
