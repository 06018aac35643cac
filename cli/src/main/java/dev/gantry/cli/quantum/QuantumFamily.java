package dev.gantry.cli.quantum;

import dev.gantry.cli.family.Family;
import dev.gantry.cli.family.Finding;
import dev.gantry.cli.family.InstanceFiles;
import dev.gantry.cli.family.SolveOutcome;
import dev.gantry.cli.family.SolveRequest;
import dev.gantry.cli.family.UsageException;
import dev.gantry.cli.family.VerifyOutcome;
import dev.gantry.cli.report.GanttSvg;
import dev.gantry.heuristics.quantum.QuantumHeuristic;
import dev.gantry.instances.quantum.QuantumReader;
import dev.gantry.instances.quantum.QuantumSolution;
import dev.gantry.instances.quantum.QuantumSolutionJson;
import dev.gantry.modeling.api.Status;
import dev.gantry.modeling.quantum.Protocol;
import dev.gantry.modeling.quantum.QuantumInstance;
import dev.gantry.modeling.quantum.QuantumMetrics;
import dev.gantry.modeling.quantum.QuantumSchedule;
import dev.gantry.modeling.quantum.ScheduledInstance;
import dev.gantry.modeling.quantum.Segment;
import dev.gantry.verify.Violation;
import dev.gantry.verify.quantum.QuantumCheckOptions;
import dev.gantry.verify.quantum.QuantumReport;
import dev.gantry.verify.quantum.QuantumVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Quantum-network entanglement scheduling on the command line (spec quantum): the three [LS] schedulers under the
 * admission loop, plans verified (V1–V9, shared-qubit precedence), written as {@code qnet-periodic-sched-solution/v1}
 * and drawn one row per qubit. Files are JSON declaring {@code "format": "qnet-periodic-sched/v0|v1"}.
 */
public final class QuantumFamily implements Family {
    @Override
    public String id() {
        return "quantum";
    }

    @Override
    public List<String> engines() {
        // RCPSP-NP-EDF first: Gantry's default heuristic (§2)
        return List.of(QuantumHeuristic.RCPSP_NP_EDF.id(), QuantumHeuristic.PTS_NP_EDF.id(), QuantumHeuristic.RCPSP_NP_FPR.id());
    }

    @Override
    public boolean recognises(String instance) {
        return QuantumReader.isInstanceFile(Path.of(instance));
    }

    static QuantumInstance load(String instance) throws IOException {
        return QuantumReader.read(InstanceFiles.parse(instance).file());
    }

    @Override
    public SolveOutcome solve(SolveRequest request) throws IOException {
        long t0 = System.nanoTime();
        if (request.rule().isPresent()) {
            throw new UsageException("--rule does not apply to quantum scheduling");
        }
        QuantumInstance instance = load(request.instance());
        QuantumHeuristic heuristic = QuantumHeuristic.byId(request.engine()).orElseThrow(
                () -> new UsageException("engine '" + request.engine() + "' does not solve quantum; choose one of " + engines()));
        long scheduleStart = System.nanoTime();
        QuantumSchedule schedule = heuristic.admit(instance);
        double seconds = (System.nanoTime() - scheduleStart) / 1e9;
        QuantumReport report = QuantumVerifier.verify(instance, schedule, QuantumCheckOptions.DEFAULT);
        QuantumMetrics m = schedule.metrics(instance);
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("accepted", m.acceptedCount());
        extras.put("demands", instance.demands().size());
        extras.put("acceptedDemands", schedule.accepted());
        extras.put("maxResponseTime", m.maxResponseTime());
        extras.put("maxJitter", m.maxJitter());
        extras.put("hyperperiod", schedule.hyperperiod());
        extras.put("scheduleMillis", Math.round(seconds * 1000));
        extras.put("warnings", report.warnings().size());
        if (request.out().isPresent()) {
            QuantumSolution solution = new QuantumSolution(request.instance(), heuristic.id(), schedule, null, seconds);
            Files.writeString(request.out().get(), QuantumSolutionJson.write(solution, instance));
        }
        if (request.gantt().isPresent()) {
            Files.writeString(request.gantt().get(), gantt(instance, schedule, heuristic.id()));
        }
        return new SolveOutcome(instance.name(), Status.FEASIBLE, m.throughput(), null, (System.nanoTime() - t0) / 1_000_000, 0,
                report.valid(), Finding.all(report.report()), List.of(), extras);
    }

    @Override
    public VerifyOutcome verify(String instance, Path plan) throws IOException {
        QuantumInstance q = load(instance);
        QuantumSolution solution = QuantumSolutionJson.read(plan, q);
        QuantumReport report = QuantumVerifier.verify(q, solution.schedule(), QuantumCheckOptions.DEFAULT);
        for (Violation w : report.warnings()) {
            // shared-qubit precedence: [LS]-style gaps between operations on different qubits are reported, not failed
            System.err.println("warning: " + w.check() + " " + w.items() + ": " + w.reason());
        }
        return VerifyOutcome.of(report.report());
    }

    /** One row per qubit the accepted protocols touch, node by node; each demand its own colour. */
    static String gantt(QuantumInstance instance, QuantumSchedule schedule, String engine) {
        QuantumMetrics m = schedule.metrics(instance);
        GanttSvg chart = new GanttSvg(String.format(Locale.ROOT, "%s — %d/%d accepted, %.4f ebit/s (%s)", instance.name(),
                m.acceptedCount(), instance.demands().size(), m.throughput(), engine));
        Map<String, Protocol> protocols = new HashMap<>();
        schedule.accepted().forEach(id -> protocols.put(id, instance.protocol(id)));
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (String q : instance.network().qubits()) {
            if (protocols.values().stream().anyMatch(p -> p.qubits().contains(q))) {
                rows.put(q, chart.addRow(q));
            }
        }
        for (ScheduledInstance r : schedule.instances()) {
            Protocol p = protocols.get(r.demand());
            if (p == null) {
                continue;
            }
            int colour = instance.index(r.demand());
            for (Segment s : p.segments()) {
                Segment at = s.shifted(r.start());
                chart.addBar(new GanttSvg.Bar(rows.get(s.qubit()), at.start(), at.end(), colour, r.demand(),
                        r.demand() + "#" + r.instance() + " on " + s.qubit() + ": [" + at.start() + ", " + at.end() + ")"));
            }
        }
        return chart.render();
    }
}
