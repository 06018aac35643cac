package dev.gantry.cli.construction;

import dev.gantry.cli.family.ExplainRequest;
import dev.gantry.cli.family.ExplainTarget;
import dev.gantry.cli.family.Explainable;
import dev.gantry.cli.family.Family;
import dev.gantry.cli.family.Finding;
import dev.gantry.cli.family.SolveOutcome;
import dev.gantry.cli.family.SolveRequest;
import dev.gantry.cli.family.UsageException;
import dev.gantry.cli.family.VerifyOutcome;
import dev.gantry.cli.report.GanttSvg;
import dev.gantry.cp.explain.Direction;
import dev.gantry.cp.explain.RepairRequest;
import dev.gantry.cp.construction.ConstructionLns;
import dev.gantry.cp.construction.LnsResult;
import dev.gantry.instances.construction.ConstructionInstances;
import dev.gantry.instances.construction.PlanCsv;
import dev.gantry.instances.schedule.ScheduleDocument;
import dev.gantry.instances.schedule.ScheduleJson;
import dev.gantry.instances.schedule.SolverInfo;
import dev.gantry.modeling.api.Backends;
import dev.gantry.modeling.api.ConstraintScope;
import dev.gantry.modeling.api.IntVar;
import dev.gantry.modeling.api.Linear;
import dev.gantry.modeling.api.Model;
import dev.gantry.modeling.api.ModelBuilder;
import dev.gantry.modeling.api.Param;
import dev.gantry.modeling.api.PostedConstraint;
import dev.gantry.modeling.api.Relation;
import dev.gantry.modeling.api.Decision;
import dev.gantry.modeling.api.SolveOptions;
import dev.gantry.modeling.api.SolveResult;
import dev.gantry.modeling.api.Status;
import dev.gantry.modeling.construction.Activity;
import dev.gantry.modeling.construction.ConstructionModel;
import dev.gantry.modeling.construction.ConstructionSchedule;
import dev.gantry.modeling.construction.Dependency;
import dev.gantry.modeling.construction.DependencyAnalysis;
import dev.gantry.modeling.construction.InvalidProjectException;
import dev.gantry.modeling.construction.LagUnit;
import dev.gantry.modeling.construction.Project;
import dev.gantry.modeling.construction.SerialSchedule;
import dev.gantry.modeling.scheduling.TemporalInfeasibilityException;
import dev.gantry.modeling.scheduling.TemporalRelation;
import dev.gantry.verify.VerificationReport;
import dev.gantry.verify.construction.ConstructionVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Construction projects on the command line ({@code --problem construction}): an instance is a directory of CSV
 * files or a {@code .construction.json} file. CP-SAT or Choco solve the model of spec scheduling §4.1 (soft-deadline
 * tardiness, then the finish); a validation error or circular logic is bad input (exit 2), a positive cycle is
 * reported by name before any solver runs (exit 3). Plans are verified by {@link ConstructionVerifier}.
 */
public final class ConstructionFamily implements Family, Explainable {

    @Override
    public String id() {
        return "construction";
    }

    @Override
    public List<String> engines() {
        return List.of("cpsat", "choco", ConstructionLns.ENGINE_ID);
    }

    @Override
    public boolean recognises(String instance) {
        return ConstructionInstances.recognises(instance);
    }

    public static Project load(String instance) throws IOException {
        return ConstructionInstances.load(Path.of(instance));
    }

    @Override
    public SolveOutcome solve(SolveRequest request) throws IOException {
        long t0 = System.nanoTime();
        Project project = load(request.instance());
        ConstructionModel model;
        try {
            model = ConstructionModel.compile(project);
        } catch (InvalidProjectException e) {
            throw new UsageException(e.getMessage());
        } catch (TemporalInfeasibilityException e) {
            // proven infeasible without any search: the cycle is the explanation
            return new SolveOutcome(project.id(), Status.INFEASIBLE, null, null, (System.nanoTime() - t0) / 1_000_000, 0, false, List.of(),
                    List.of(e.getMessage()), new LinkedHashMap<>());
        }
        long buildMillis = (System.nanoTime() - t0) / 1_000_000;
        if (request.engine().equals(ConstructionLns.ENGINE_ID)) {
            return hybrid(model, request, t0, buildMillis);
        }
        SolveOptions.Builder options = SolveOptions.builder().workers(request.workers()).seed(request.seed())
                .cancellation(request.cancellation())
                .onSolution((s, p) -> {
                    request.progress().accept(String.format(Locale.ROOT, "[%7.2fs] objective %d", p.elapsed().toMillis() / 1000.0,
                            p.objectiveValue()));
                    return Decision.CONTINUE;
                });
        // warm start: without it CP-SAT spends seconds on a first plan; the time limit covers it, loading and compiling
        SerialSchedule start = SerialSchedule.of(project);
        options.hint(model.hint(start.schedule()));
        request.timeLimit().ifPresent(limit -> options.timeLimit(
                java.time.Duration.ofNanos(Math.max(1_000_000, limit.toNanos() - (System.nanoTime() - t0)))));
        SolveResult r = Backends.get(request.engine()).solve(model.model(), options.build());
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("termination", r.termination().name());
        extras.put("workers", request.workers());
        long cpmFinish = DependencyAnalysis.temporal(project).finish();
        extras.put("cpmFinish", cpmFinish);
        extras.put("finishLowerBound", model.finishBound().value());
        extras.put("warmStartFinish", start.schedule().finish());
        extras.put("warmStartFeasible", start.feasible());
        if (!r.hasSolution()) {
            return new SolveOutcome(project.id(), r.status(), null, null, (System.nanoTime() - t0) / 1_000_000, buildMillis, false,
                    List.of(), r.diagnostics(), extras);
        }
        ConstructionSchedule plan = model.decode(r.solution());
        // The objective shown is the project finish. Its bound: the finish when proven optimal; else the better of the
        // finish stage's solver bound (valid when the tardiness stage before it was proven) and the resource-based bound
        // (valid for every plan). The CPM finish is no bound: it rounds calendar-day lags up.
        long finish = plan.finish();
        long bound = r.status() == Status.OPTIMAL ? finish
                : Math.min(finish, Math.max(model.finishBound().value(), r.stageBound(model.finishStage()).orElse(0)));
        SolverInfo solver = new SolverInfo(request.engine(), r.backend().version(), r.status().name(), bound, request.workers(),
                request.seed(), request.timeLimit().map(d -> d.toMillis() / 1000.0).orElse(null), r.wallTime().toMillis() / 1000.0);
        return report(plan, r.status(), bound, solver, request, extras, t0, buildMillis + r.buildTime().toMillis(), r.diagnostics());
    }

    /**
     * {@code --engine hybrid}: the warm start, a full CP-SAT solve for a quarter of the time, then CP-SAT on neighbourhoods
     * of the incumbent ({@link ConstructionLns}), all within the time limit (60 s when none is given).
     */
    private SolveOutcome hybrid(ConstructionModel model, SolveRequest request, long t0, long buildMillis) throws IOException {
        java.time.Duration limit = request.timeLimit().orElse(java.time.Duration.ofSeconds(60));
        LnsResult r = ConstructionLns.solve(model, ConstructionLns.options(
                java.time.Duration.ofNanos(Math.max(1_000_000, limit.toNanos() - (System.nanoTime() - t0))), request.workers(), request.seed())
                .withCancellation(request.cancellation()), p -> request.progress().accept(String.format(Locale.ROOT,
                "[%7.2fs] finish %d, weighted tardiness %d  (%d neighbourhoods)", p.elapsed().toMillis() / 1000.0, p.finish(), p.tardiness(),
                p.neighbourhoods())));
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("termination", r.cancelled() ? "CANCELLED" : r.status() == Status.OPTIMAL ? "COMPLETED" : "TIME_LIMIT");
        extras.put("workers", request.workers());
        extras.put("cpmFinish", DependencyAnalysis.temporal(model.project()).finish());
        extras.put("finishLowerBound", r.finishLowerBound());
        extras.put("warmStartFinish", r.warmStartFinish());
        extras.put("fullSolveFinish", r.fullSolveFinish());
        extras.put("tardinessProven", r.tardinessProven());
        extras.put("neighbourhoods", r.neighbourhoods());
        extras.put("improvements", r.improvements());
        if (r.best().isEmpty()) {
            return new SolveOutcome(model.project().id(), r.status(), null, null, (System.nanoTime() - t0) / 1_000_000, buildMillis, false,
                    List.of(), List.of(), extras);
        }
        ConstructionSchedule plan = r.best().get();
        long bound = Math.min(plan.finish(), r.finishLowerBound());
        SolverInfo solver = new SolverInfo(ConstructionLns.ENGINE_ID, "gantry+cpsat", r.status().name(), bound, request.workers(),
                request.seed(), limit.toMillis() / 1000.0, r.wallTime().toMillis() / 1000.0);
        return report(plan, r.status(), bound, solver, request, extras, t0, buildMillis, List.of());
    }

    /** Verifies the plan, writes the requested files and assembles the outcome, whatever engine made the plan. */
    private SolveOutcome report(ConstructionSchedule plan, Status status, long bound, SolverInfo solver, SolveRequest request,
                                Map<String, Object> engineExtras, long t0, long buildMillis, List<String> diagnostics) throws IOException {
        Project project = plan.project();
        Map<String, Object> extras = new LinkedHashMap<>(engineExtras);
        long finish = plan.finish();
        extras.put("finish", finish);
        extras.put("finishDate", plan.finishDate(project.activities().stream().max(java.util.Comparator.comparingLong(a -> plan.end(a.id())))
                .orElseThrow().id()).toString());
        extras.put("weightedTardiness", plan.weightedTardiness());
        ScheduleDocument document = ScheduleDocument.ofConstruction(plan, request.instance(), solver);
        VerificationReport report = ConstructionVerifier.verify(project, document);
        if (request.out().isPresent()) {
            Files.writeString(request.out().get(), ScheduleJson.write(document));
        }
        if (request.gantt().isPresent()) {
            Files.writeString(request.gantt().get(), gantt(plan, request.engine(), status));
        }
        return new SolveOutcome(project.id(), status, finish, bound, (System.nanoTime() - t0) / 1_000_000, buildMillis, report.valid(),
                Finding.all(report), diagnostics, extras);
    }

    /**
     * Every requirement may be blamed: hard deadlines ({@code deadline/<id>}), crews, zones and dependencies; QuickXplain
     * prefers conflicts that name a deadline (spec scheduling §4.4 variant d), and each hard deadline is a parameter
     * {@code <id>.deadline} (its latest end, a working-day index) that numeric repair may move later, worded as a date.
     * A positive cycle of lags and deadlines is settled before any solver, by name.
     */
    @Override
    public ExplainTarget explainTarget(ExplainRequest request) throws IOException {
        Project project = load(request.instance());
        ConstructionModel model;
        try {
            model = ConstructionModel.compile(project);
        } catch (InvalidProjectException e) {
            throw new UsageException(e.getMessage());
        } catch (TemporalInfeasibilityException e) {
            return ExplainTarget.settled(project.id(), e.getMessage());
        }
        List<RepairRequest> repairs = new ArrayList<>();
        Model explained = explanationModel(model.model(), repairs, project, request.includeRules());
        // the serial schedule warm-starts every check, as it does the solve: large projects show feasible subsets fast
        return ExplainTarget.of(project.id(), explained, List.of(), List.of("deadline"), repairs, model.hint(SerialSchedule.of(project).schedule()));
    }

    /**
     * The model to explain: each hard deadline {@code end ≤ c} becomes {@code end ≤ <id>.deadline} with the parameter at
     * c, and the constraint tying the objective's {@code finish} to the activities is left out: that variable's domain
     * starts at the resource-based finish bound, a consequence of the crews that would sit in the background and make
     * deadlines fail without blaming any crew. The objective is not needed to explain.
     */
    private static Model explanationModel(Model model, List<RepairRequest> repairs, Project project, boolean includeLogic) {
        IntVar finish = model.variable("finish").orElseThrow();
        Set<String> logic = includeLogic ? Set.of() : logicGroups(project);
        ModelBuilder b = model.deriveWithoutConstraints().clearObjective();
        for (PostedConstraint pc : model.constraints()) {
            if (ConstraintScope.variables(pc.constraint()).contains(finish)) {
                continue;
            }
            if (!pc.isBackground() && pc.group().name().startsWith("deadline/") && pc.constraint() instanceof Linear l
                    && l.relation() == Relation.LE && l.right().isConstant()) {
                String id = pc.group().name().substring("deadline/".length());
                Param deadline = b.param(id + ".deadline", l.right().constant());
                b.post(new Linear(l.left(), Relation.LE, deadline.expr()), pc.group());
                // latest end v means finishing on working day v - 1
                repairs.add(RepairRequest.of(deadline.name(), Direction.INCREASE).phrased(id + " finishes by {value}",
                        v -> project.calendar().date(project.start(), v - 1).toString()));
            } else if (!pc.isBackground() && logic.contains(pc.group().name())) {
                b.add(pc.constraint());
            } else {
                b.post(pc.constraint(), pc.group());
            }
        }
        return b.build();
    }

    /**
     * The groups of plain logic: pairs whose every relation is a working-day relation with no lag and no maximum lag. A
     * planner rarely gives up "the steel before the roof"; a lag, a crew, a zone or a deadline is what may change.
     */
    private static Set<String> logicGroups(Project project) {
        Map<String, Boolean> plain = new HashMap<>();
        for (Dependency d : project.dependencies()) {
            boolean logic = d.unit() == LagUnit.WD && d.lag() == 0 && d.maxLag().isEmpty();
            plain.merge(TemporalRelation.groupOf(d.pred(), d.succ()), logic, Boolean::logicalAnd);
        }
        Set<String> groups = new HashSet<>();
        plain.forEach((group, logic) -> {
            if (logic) {
                groups.add(group);
            }
        });
        return groups;
    }

    @Override
    public VerifyOutcome verify(String instance, Path plan) throws IOException {
        Project project = load(instance);
        ScheduleDocument document = plan.toString().endsWith(".csv") ? PlanCsv.read(plan) : ScheduleJson.read(plan);
        return VerifyOutcome.of(ConstructionVerifier.verify(project, document));
    }

    /** One row per trade, bars coloured by phase and labelled with the activity id; milestones left out. */
    static String gantt(ConstructionSchedule plan, String engine, Status status) {
        Project p = plan.project();
        GanttSvg chart = new GanttSvg(p.id() + " — finish working day " + plan.finish() + " (" + engine + ", " + status + ")");
        List<String> trades = new ArrayList<>();
        List<String> phases = new ArrayList<>();
        for (Activity a : p.activities()) {
            if (!trades.contains(a.trade())) {
                trades.add(a.trade());
                chart.addRow(a.trade());
            }
            if (!phases.contains(a.phase())) {
                phases.add(a.phase());
            }
        }
        for (Activity a : p.activities()) {
            if (a.duration() > 0) {
                chart.addBar(new GanttSvg.Bar(trades.indexOf(a.trade()), plan.start(a.id()), plan.end(a.id()), phases.indexOf(a.phase()),
                        a.id(), a.id() + " " + a.name() + ": " + plan.startDate(a.id()) + " to " + plan.finishDate(a.id())));
            }
        }
        return chart.render();
    }
}
