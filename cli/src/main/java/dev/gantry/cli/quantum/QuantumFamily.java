package dev.gantry.cli.quantum;

import dev.gantry.cli.family.Family;
import dev.gantry.cli.family.Finding;
import dev.gantry.cli.family.InstanceFiles;
import dev.gantry.cli.family.SolveOutcome;
import dev.gantry.cli.family.SolveRequest;
import dev.gantry.cli.family.UsageException;
import dev.gantry.cli.family.VerifyOutcome;
import dev.gantry.cli.report.GanttSvg;
import dev.gantry.cp.quantum.QuantumCp;
import dev.gantry.cp.quantum.QuantumCpOptions;
import dev.gantry.cp.quantum.QuantumCpResult;
import dev.gantry.heuristics.quantum.QuantumHeuristic;
import dev.gantry.instances.quantum.QuantumReader;
import dev.gantry.instances.quantum.QuantumSolution;
import dev.gantry.instances.quantum.QuantumSolutionJson;
import dev.gantry.modeling.api.SolveOptions;
import dev.gantry.modeling.api.Status;
import dev.gantry.modeling.quantum.Hold;
import dev.gantry.modeling.quantum.Protocol;
import dev.gantry.modeling.quantum.ProtocolOp;
import dev.gantry.modeling.quantum.QuantumInstance;
import dev.gantry.modeling.quantum.QuantumMetrics;
import dev.gantry.modeling.quantum.QuantumSchedule;
import dev.gantry.modeling.quantum.ScheduleMode;
import dev.gantry.modeling.quantum.ScheduledInstance;
import dev.gantry.modeling.quantum.Segment;
import dev.gantry.verify.Violation;
import dev.gantry.verify.quantum.QuantumCheckOptions;
import dev.gantry.verify.quantum.QuantumReport;
import dev.gantry.verify.quantum.QuantumVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Quantum-network entanglement scheduling on the command line (spec quantum): the three [LS] schedulers under the
 * admission loop and the exact rigid and flexible CP-SAT models (warm-started from RCPSP-NP-EDF), plans verified (V1–V9, shared-qubit precedence), written as {@code qnet-periodic-sched-solution/v1}
 * and drawn one row per qubit. Files are JSON declaring {@code "format": "qnet-periodic-sched/v0|v1"}.
 */
public final class QuantumFamily implements Family {
    @Override
    public String id() {
        return "quantum";
    }

    /** The exact engines of §3.1 and §3.2, by engine id. */
    static final String CPSAT_RIGID = "cpsat-rigid";
    static final String CPSAT_FLEXIBLE = "cpsat-flexible";
    /** Without --time-limit the exact engines stop after this (the H instance needs about a minute at 2 workers). */
    static final Duration DEFAULT_CP_LIMIT = Duration.ofSeconds(60);

    @Override
    public List<String> engines() {
        // RCPSP-NP-EDF first: Gantry's default heuristic (§2)
        return List.of(QuantumHeuristic.RCPSP_NP_EDF.id(), QuantumHeuristic.PTS_NP_EDF.id(), QuantumHeuristic.RCPSP_NP_FPR.id(),
                CPSAT_RIGID, CPSAT_FLEXIBLE);
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
        if (request.engine().equals(CPSAT_RIGID) || request.engine().equals(CPSAT_FLEXIBLE)) {
            return solveExactly(instance, request, t0);
        }
        QuantumHeuristic heuristic = QuantumHeuristic.byId(request.engine()).orElseThrow(
                () -> new UsageException("engine '" + request.engine() + "' does not solve quantum; choose one of " + engines()));
        long scheduleStart = System.nanoTime();
        QuantumSchedule schedule = heuristic.admit(instance);
        double seconds = (System.nanoTime() - scheduleStart) / 1e9;
        return report(instance, request, schedule, Status.FEASIBLE, null, seconds, new LinkedHashMap<>(), List.of(), t0);
    }

    /** cpsat-rigid / cpsat-flexible: warm-started from RCPSP-NP-EDF; OPTIMAL when every objective stage is proven. */
    private SolveOutcome solveExactly(QuantumInstance instance, SolveRequest request, long t0) throws IOException {
        ScheduleMode mode = request.engine().equals(CPSAT_RIGID) ? ScheduleMode.RIGID : ScheduleMode.FLEXIBLE;
        QuantumSchedule start = QuantumHeuristic.RCPSP_NP_EDF.admit(instance);
        SolveOptions.Builder options = request.cpOptions("stage objective");
        if (request.timeLimit().isEmpty()) {
            options.timeLimit(DEFAULT_CP_LIMIT);
        }
        long solveStart = System.nanoTime();
        QuantumCpResult r = QuantumCp.solve(instance, mode, QuantumCpOptions.DEFAULT, options.build(), Optional.of(start));
        double seconds = (System.nanoTime() - solveStart) / 1e9;
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("termination", r.result().termination().name());
        extras.put("workers", request.workers());
        extras.put("hintThroughput", start.metrics(instance).throughput());
        extras.put("pairConflicts", r.conflicts());
        extras.put("stageObjectives", r.result().objectives());
        extras.put("stageBounds", r.result().stageBounds().stream().map(b -> b.isPresent() ? b.getAsLong() : null).toList());
        if (r.schedule().isEmpty()) {
            return new SolveOutcome(instance.name(), r.result().status(), null, null, (System.nanoTime() - t0) / 1_000_000, 0, false,
                    List.of(), r.result().diagnostics(), extras);
        }
        QuantumSchedule schedule = r.schedule().get();
        // the first stage maximises Σ x·H/p, the throughput times H·δ
        Double bound = r.result().stageBound(0).isPresent()
                ? r.result().stageBound(0).getAsLong() / (schedule.hyperperiod() * instance.slotSeconds()) : null;
        return report(instance, request, schedule, r.result().status(), bound, seconds, extras, r.result().diagnostics(), t0);
    }

    /** Verifies the schedule, writes the requested files and assembles the outcome, whatever engine made it. */
    private SolveOutcome report(QuantumInstance instance, SolveRequest request, QuantumSchedule schedule, Status status, Double bound,
            double seconds, Map<String, Object> engineExtras, List<String> diagnostics, long t0) throws IOException {
        QuantumReport report = QuantumVerifier.verify(instance, schedule, QuantumCheckOptions.DEFAULT);
        QuantumMetrics m = schedule.metrics(instance);
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("accepted", m.acceptedCount());
        extras.put("demands", instance.demands().size());
        extras.put("acceptedDemands", schedule.accepted());
        extras.put("maxResponseTime", m.maxResponseTime());
        extras.put("maxJitter", m.maxJitter());
        extras.put("hyperperiod", schedule.hyperperiod());
        extras.put("mode", schedule.mode().name());
        extras.put("scheduleMillis", Math.round(seconds * 1000));
        extras.put("warnings", report.warnings().size());
        extras.putAll(engineExtras);
        if (request.out().isPresent()) {
            QuantumSolution solution = new QuantumSolution(request.instance(), request.engine(), schedule, null, seconds);
            Files.writeString(request.out().get(), QuantumSolutionJson.write(solution, instance));
        }
        if (request.gantt().isPresent()) {
            Files.writeString(request.gantt().get(), gantt(instance, schedule, request.engine()));
        }
        return new SolveOutcome(instance.name(), status, m.throughput(), bound, (System.nanoTime() - t0) / 1_000_000, 0,
                report.valid(), Finding.all(report.report()), diagnostics, extras);
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
        Map<String, Integer> opStarts = new HashMap<>();
        schedule.ops().forEach(o -> opStarts.put(o.demand() + "#" + o.instance() + "." + o.op(), o.start()));
        for (ScheduledInstance r : schedule.instances()) {
            Protocol p = protocols.get(r.demand());
            if (p == null) {
                continue;
            }
            int colour = instance.index(r.demand());
            for (Segment at : occupancy(p, r, schedule.mode(), opStarts)) {
                chart.addBar(new GanttSvg.Bar(rows.get(at.qubit()), at.start(), at.end(), colour, r.demand(),
                        r.demand() + "#" + r.instance() + " on " + at.qubit() + ": [" + at.start() + ", " + at.end() + ")"));
            }
        }
        return chart.render();
    }

    /** The busy segments of one scheduled instance: the shifted pattern (rigid), or operations and holds from op starts. */
    private static List<Segment> occupancy(Protocol p, ScheduledInstance r, ScheduleMode mode, Map<String, Integer> opStarts) {
        if (mode == ScheduleMode.RIGID) {
            return p.segments().stream().map(s -> s.shifted(r.start())).toList();
        }
        String item = r.demand() + "#" + r.instance() + ".";
        List<Segment> out = new ArrayList<>();
        for (ProtocolOp o : p.ops()) {
            int s = opStarts.get(item + o.id());
            o.qubits().forEach(q -> out.add(new Segment(q, s, s + o.duration())));
        }
        for (Hold h : p.holds()) {
            int from = opStarts.get(item + h.from()) + p.op(h.from()).orElseThrow().duration();
            int to = h.untilEnd() ? r.end() : opStarts.get(item + h.to());
            if (to > from) {
                out.add(new Segment(h.qubit(), from, to));
            }
        }
        return out;
    }
}
