package dev.gantry.cli.bench;

import dev.gantry.heuristics.quantum.QuantumHeuristic;
import dev.gantry.instances.quantum.QuantumTopologies;
import dev.gantry.instances.quantum.QuantumWorkloadGenerator;
import dev.gantry.modeling.quantum.Demand;
import dev.gantry.modeling.quantum.Protocol;
import dev.gantry.modeling.quantum.QuantumInstance;
import dev.gantry.modeling.quantum.QuantumMetrics;
import dev.gantry.modeling.quantum.QuantumNetwork;
import dev.gantry.modeling.quantum.QuantumSchedule;
import dev.gantry.modeling.quantum.build.ProtocolBuilder;
import dev.gantry.verify.quantum.QuantumCheckOptions;
import dev.gantry.verify.quantum.QuantumReport;
import dev.gantry.verify.quantum.QuantumVerifier;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Locale;

/**
 * Spec quantum §5.3, the SURFnet scaling target: per (F_min, load) a synthetic workload on the SURFnet topology
 * (54 repeaters, 54 end nodes, every link one 1-slot capability), protocols built by {@link ProtocolBuilder}; then the
 * admission sweep of each of the three [LS] schedulers, timed, with throughput, accepted demands, worst response and
 * jitter, and the independent verifier's verdict on every schedule.
 */
public final class QuantumSurfnetBench {
    /** One scheduler on one workload. */
    public record Row(String workload, String scheduler, int demands, int accepted, double throughput, double maxResponse,
            double maxJitter, double seconds, boolean verified) {
    }

    private final Path topologies;
    private final PrintWriter out;

    public QuantumSurfnetBench(Path dataRoot, PrintWriter out) {
        this.topologies = dataRoot.resolve(QuantumTopologies.FILE);
        this.out = out;
    }

    public List<Row> run(List<Double> fidelities, List<Double> loads, long seed) throws IOException {
        QuantumNetwork surfnet = QuantumTopologies.read(topologies).get("surfnet");
        if (surfnet == null) {
            throw new IOException(topologies + ": no \"surfnet\" topology");
        }
        ProtocolBuilder builder = new ProtocolBuilder(surfnet);
        out.printf(Locale.ROOT, "SURFnet: %d nodes, %d links, %d qubits; seed %d%n", surfnet.nodes().size(), surfnet.links().size(),
                surfnet.qubits().size(), seed);
        List<Row> rows = new ArrayList<>();
        for (double f : fidelities) {
            for (double load : loads) {
                long t0 = System.nanoTime();
                QuantumInstance instance = QuantumWorkloadGenerator.generate(surfnet, builder,
                        new QuantumWorkloadGenerator.Parameters("surfnet", f, load, seed));
                double buildSeconds = (System.nanoTime() - t0) / 1e9;
                String workload = String.format(Locale.ROOT, "F%s L%s", f, load);
                describe(workload, instance, buildSeconds);
                for (QuantumHeuristic h : QuantumHeuristic.values()) {
                    long s0 = System.nanoTime();
                    QuantumSchedule schedule = h.admit(instance);
                    double seconds = (System.nanoTime() - s0) / 1e9;
                    QuantumReport report = QuantumVerifier.verify(instance, schedule, QuantumCheckOptions.DEFAULT);
                    QuantumMetrics m = schedule.metrics(instance);
                    rows.add(new Row(workload, h.id(), instance.demands().size(), m.acceptedCount(), m.throughput(),
                            m.maxResponseTime(), m.maxJitter(), seconds, report.valid()));
                }
            }
        }
        out.printf(Locale.ROOT, "%n%-12s %-13s %9s %10s %9s %9s %8s %8s%n", "workload", "scheduler", "accepted", "ebit/s",
                "max resp", "jitter", "time", "verified");
        for (Row r : rows) {
            out.printf(Locale.ROOT, "%-12s %-13s %4d/%-4d %10.3f %8.2fs %9.2e %7.2fs %8s%n", r.workload(), r.scheduler(), r.accepted(),
                    r.demands(), r.throughput(), r.maxResponse(), r.maxJitter(), r.seconds(), r.verified() ? "yes" : "NO");
        }
        out.flush();
        return rows;
    }

    private void describe(String workload, QuantumInstance instance, double buildSeconds) {
        IntSummaryStatistics hops = new IntSummaryStatistics();
        IntSummaryStatistics ops = new IntSummaryStatistics();
        IntSummaryStatistics makespans = new IntSummaryStatistics();
        for (Protocol p : instance.protocols()) {
            hops.accept(p.path().size() - 1);
            ops.accept(p.ops().size());
            makespans.accept(p.makespan());
        }
        double load = instance.demands().stream().mapToDouble(Demand::rateHz).sum();
        out.printf(Locale.ROOT, "%-12s %d demands, %.3f ebit/s offered; hops %d-%d (mean %.1f), operations %d-%d, makespan %d-%d slots; "
                + "workload built in %.2f s%n", workload, instance.demands().size(), load, hops.getMin(), hops.getMax(), hops.getAverage(),
                ops.getMin(), ops.getMax(), makespans.getMin(), makespans.getMax(), buildSeconds);
        out.flush();
    }
}
