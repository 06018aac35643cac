package dev.gantry.cli.dag;

import dev.gantry.cli.family.Family;
import dev.gantry.cli.family.Finding;
import dev.gantry.cli.family.SolveOutcome;
import dev.gantry.cli.family.SolveRequest;
import dev.gantry.cli.family.UsageException;
import dev.gantry.cli.family.VerifyOutcome;
import dev.gantry.cli.report.GanttSvg;
import dev.gantry.heuristics.dag.Heft;
import dev.gantry.instances.dag.CanonicalDag;
import dev.gantry.instances.dag.DagReader;
import dev.gantry.instances.schedule.ScheduleDocument;
import dev.gantry.instances.schedule.ScheduleJson;
import dev.gantry.instances.schedule.SolverInfo;
import dev.gantry.modeling.api.Backends;
import dev.gantry.modeling.api.SolveResult;
import dev.gantry.modeling.api.Status;
import dev.gantry.modeling.dag.Dag;
import dev.gantry.modeling.dag.DagModel;
import dev.gantry.modeling.dag.DagSchedule;
import dev.gantry.modeling.dag.ScheduledTask;
import dev.gantry.verify.VerificationReport;
import dev.gantry.verify.dag.DagVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * DAG scheduling on heterogeneous processors on the command line (spec scheduling §5): HEFT, or the exact model
 * with CP-SAT or Choco (HEFT's makespan as horizon and its plan as hint); plans are verified, written as schedule
 * JSON (family {@code dag}) and drawn one row per processor. Files end in {@code .dag.json}; the bundled
 * canonical example is {@code topcuoglu2002}.
 */
public final class DagFamily implements Family {
    public static final String EXTENSION = ".dag.json";

    @Override
    public String id() {
        return "dag";
    }

    @Override
    public List<String> engines() {
        return List.of("heuristic:" + Heft.ID, "cpsat", "choco");
    }

    @Override
    public boolean recognises(String instance) {
        return instance.endsWith(EXTENSION) || instance.equals(CanonicalDag.NAME);
    }

    /** A {@code .dag.json} file, or the bundled canonical example by name. */
    public static Dag load(String instance) throws IOException {
        Path file = Path.of(instance);
        if (Files.exists(file)) {
            return DagReader.read(file);
        }
        if (instance.equals(CanonicalDag.NAME)) {
            return CanonicalDag.topcuoglu2002();
        }
        throw new NoSuchFileException(instance, null, "no such file, and no bundled DAG of that name (bundled: " + CanonicalDag.NAME + ")");
    }

    @Override
    public SolveOutcome solve(SolveRequest request) throws IOException {
        long t0 = System.nanoTime();
        if (request.rule().isPresent()) {
            throw new UsageException("--rule does not apply to DAG scheduling");
        }
        Dag dag = load(request.instance());
        DagSchedule heft = Heft.schedule(dag);
        double heftSeconds = (System.nanoTime() - t0) / 1e9;
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("heftMakespan", heft.makespan());
        if (request.engine().startsWith("heuristic:")) {
            SolverInfo solver = new SolverInfo(request.engine(), "gantry", Status.FEASIBLE.name(), null, 1, request.seed(), null, heftSeconds);
            return report(dag, request, Optional.of(heft), Status.FEASIBLE, null, solver, extras, t0, 0, List.of());
        }
        DagModel model = DagModel.compile(dag, Optional.of(heft));
        long buildMillis = (System.nanoTime() - t0) / 1_000_000;
        SolveResult r = Backends.get(request.engine()).solve(model.model(), request.cpOptions("makespan").hint(model.hint(heft)).build());
        Long bound = r.bestBound().isPresent() ? r.bestBound().getAsLong() : null;
        extras.put("termination", r.termination().name());
        extras.put("workers", request.workers());
        SolverInfo solver = request.cpSolverInfo(r);
        Optional<DagSchedule> plan = r.hasSolution() ? Optional.of(model.decode(r.solution())) : Optional.empty();
        return report(dag, request, plan, r.status(), bound, solver, extras, t0, buildMillis + r.buildTime().toMillis(), r.diagnostics());
    }

    /** Verifies the plan, writes the requested files and assembles the outcome, whatever engine made the plan. */
    private static SolveOutcome report(Dag dag, SolveRequest request, Optional<DagSchedule> plan, Status status, Long bound,
            SolverInfo solver, Map<String, Object> extras, long t0, long buildMillis, List<String> diagnostics) throws IOException {
        List<Finding> findings = List.of();
        boolean verified = false;
        Long objective = null;
        if (plan.isPresent()) {
            DagSchedule schedule = plan.get();
            ScheduleDocument document = ScheduleDocument.ofDag(schedule, request.instance(), solver);
            VerificationReport report = DagVerifier.verify(dag, document);
            findings = Finding.all(report);
            verified = report.valid();
            objective = schedule.makespan();
            extras.put("makespan", objective);
            if (request.out().isPresent()) {
                Files.writeString(request.out().get(), ScheduleJson.write(document));
            }
            if (request.gantt().isPresent()) {
                Files.writeString(request.gantt().get(), gantt(schedule, request.engine(), status));
            }
        }
        if (bound != null) {
            extras.put("lowerBound", bound);
        }
        return new SolveOutcome(dag.name(), status, objective, bound, (System.nanoTime() - t0) / 1_000_000, buildMillis, verified,
                findings, diagnostics, extras);
    }

    @Override
    public VerifyOutcome verify(String instance, Path plan) throws IOException {
        return VerifyOutcome.of(DagVerifier.verify(load(instance), ScheduleJson.read(plan)));
    }

    /** One row per processor, tasks labelled {@code n<i>}, each task its own colour. */
    static String gantt(DagSchedule plan, String engine, Status status) {
        Dag dag = plan.dag();
        GanttSvg chart = new GanttSvg(dag.name() + " — makespan " + plan.makespan() + " (" + engine + ", " + status + ")");
        for (int p = 0; p < dag.processorCount(); p++) {
            chart.addRow("P" + p);
        }
        for (ScheduledTask t : plan.tasks()) {
            if (t.end() > t.start()) {
                chart.addBar(new GanttSvg.Bar(t.processor(), t.start(), t.end(), t.task(), t.id(),
                        t.id() + " on P" + t.processor() + ": [" + t.start() + ", " + t.end() + ")"));
            }
        }
        return chart.render();
    }
}
