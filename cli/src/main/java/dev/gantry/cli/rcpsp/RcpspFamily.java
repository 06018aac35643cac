package dev.gantry.cli.rcpsp;

import dev.gantry.cli.family.Family;
import dev.gantry.cli.family.Finding;
import dev.gantry.cli.family.SolveOutcome;
import dev.gantry.cli.family.SolveRequest;
import dev.gantry.cli.family.UsageException;
import dev.gantry.cli.family.VerifyOutcome;
import dev.gantry.cli.report.GanttSvg;
import dev.gantry.cli.sa.AnnealingRun;
import dev.gantry.heuristics.rcpsp.RcpspHeuristic;
import dev.gantry.instances.rcpsp.PsplibSet;
import dev.gantry.instances.rcpsp.ReferenceBounds;
import dev.gantry.instances.rcpsp.SmReader;
import dev.gantry.instances.schedule.ScheduleDocument;
import dev.gantry.instances.schedule.ScheduleJson;
import dev.gantry.instances.schedule.SolverInfo;
import dev.gantry.metaheuristics.rcpsp.ActivityList;
import dev.gantry.metaheuristics.rcpsp.RcpspAnnealing;
import dev.gantry.metaheuristics.sa.AnnealingResult;
import dev.gantry.modeling.api.Backends;
import dev.gantry.modeling.api.SolveResult;
import dev.gantry.modeling.api.Status;
import dev.gantry.modeling.rcpsp.Rcpsp;
import dev.gantry.modeling.rcpsp.RcpspModel;
import dev.gantry.modeling.rcpsp.RcpspSchedule;
import dev.gantry.verify.VerificationReport;
import dev.gantry.verify.rcpsp.RcpspVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The RCPSP on the command line (spec scheduling §2): PSPLIB {@code .sm} files solved by CP-SAT or Choco (hinted with
 * the best priority-rule schedule, whose makespan is also the horizon, spec §2.3), by simulated annealing over
 * activity lists, or by one schedule generation scheme with a priority rule; the independent verifier, bounds from
 * the set's {@code optimum.csv} and {@code j120hrs.sm} beside the file, plan JSON and a Gantt chart.
 */
public final class RcpspFamily implements Family {
    private static final String HEURISTIC = "heuristic:";

    @Override
    public String id() {
        return "rcpsp";
    }

    @Override
    public List<String> engines() {
        List<String> engines = new ArrayList<>(List.of("cpsat", "choco", "sa"));
        RcpspHeuristic.all().forEach(h -> engines.add(HEURISTIC + h.id()));
        return engines;
    }

    @Override
    public boolean recognises(String instance) {
        return instance.endsWith(".sm");
    }

    /** The instance and its reference bounds (from the PSPLIB files beside it, else the critical path alone). */
    record Loaded(Rcpsp instance, ReferenceBounds bounds) {
    }

    static Loaded load(String instance) throws IOException {
        Path file = Path.of(instance);
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(instance, null, "no such file");
        }
        Rcpsp p = SmReader.read(file);
        return new Loaded(p, PsplibSet.besides(file).bounds(p));
    }

    @Override
    public SolveOutcome solve(SolveRequest request) throws IOException {
        long t0 = System.nanoTime();
        if (request.rule().isPresent()) {
            throw new UsageException("--rule goes with job-shop engines, not with rcpsp");
        }
        Loaded loaded = load(request.instance());
        if (request.engine().startsWith(HEURISTIC)) {
            return heuristic(loaded, request, t0);
        }
        return request.engine().equals("sa") ? anneal(loaded, request, t0) : solveExactly(loaded, request, t0);
    }

    private SolveOutcome heuristic(Loaded loaded, SolveRequest request, long t0) throws IOException {
        String id = request.engine().substring(HEURISTIC.length());
        RcpspHeuristic h = RcpspHeuristic.byId(id).orElseThrow(() -> new UsageException("no RCPSP heuristic '" + id + "'"));
        long start = System.nanoTime();
        RcpspSchedule plan = h.schedule(loaded.instance(), request.seed());
        Status status = plan.makespan() == loaded.bounds().lowerBound() ? Status.OPTIMAL : Status.FEASIBLE;
        SolverInfo solver = new SolverInfo(request.engine(), "gantry", status.name(), null, 1, request.seed(), null,
                (System.nanoTime() - start) / 1e9);
        return report(loaded, request, Optional.of(plan), status, null, solver, new LinkedHashMap<>(), t0, 0, List.of());
    }

    /** {@code --engine sa}: activity lists, serial SGS decoding, one chain per worker, stopped at the proven lower bound. */
    private SolveOutcome anneal(Loaded loaded, SolveRequest request, long t0) throws IOException {
        RcpspAnnealing problem = new RcpspAnnealing(loaded.instance());
        AnnealingResult<ActivityList> r = AnnealingRun.run(problem, request, OptionalDouble.of(loaded.bounds().lowerBound()),
                v -> "makespan " + (long) v);
        RcpspSchedule plan = problem.decode(r.best());
        Status status = plan.makespan() == loaded.bounds().lowerBound() ? Status.OPTIMAL : Status.FEASIBLE;
        SolverInfo solver = new SolverInfo("sa", "gantry", status.name(), null, request.workers(), request.seed(),
                AnnealingRun.limit(request).toMillis() / 1000.0, r.wallNanos() / 1e9);
        return report(loaded, request, Optional.of(plan), status, null, solver, AnnealingRun.extras(r), t0, 0, List.of());
    }

    private SolveOutcome solveExactly(Loaded loaded, SolveRequest request, long t0) throws IOException {
        HintedModel hinted = HintedModel.of(loaded.instance());
        RcpspModel model = hinted.model();
        long buildMillis = (System.nanoTime() - t0) / 1_000_000;
        SolveResult r = Backends.get(request.engine()).solve(model.model(), hinted.hinted(request.cpOptions("makespan")).build());
        Long lowerBound = r.bestBound().isPresent() ? r.bestBound().getAsLong() : null;
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("termination", r.termination().name());
        extras.put("workers", request.workers());
        extras.put("hintMakespan", hinted.start().makespan());
        Optional<RcpspSchedule> plan = r.hasSolution() ? Optional.of(model.decode(r.solution())) : Optional.empty();
        SolverInfo solver = request.cpSolverInfo(r);
        return report(loaded, request, plan, r.status(), lowerBound, solver, extras, t0, buildMillis + r.buildTime().toMillis(),
                r.diagnostics());
    }

    /** Verifies the plan, writes the requested files and assembles the outcome, whatever engine made the plan. */
    private SolveOutcome report(Loaded loaded, SolveRequest request, Optional<RcpspSchedule> plan, Status status, Long lowerBound,
            SolverInfo solver, Map<String, Object> engineExtras, long t0, long buildMillis, List<String> diagnostics) throws IOException {
        ReferenceBounds bounds = loaded.bounds();
        Map<String, Object> extras = new LinkedHashMap<>(engineExtras);
        extras.put("criticalPath", bounds.criticalPath());
        extras.put("provenLowerBound", bounds.lowerBound());
        bounds.upperBound().ifPresent(u -> extras.put("bestKnownUpperBound", u));
        List<Finding> findings = List.of();
        boolean verified = false;
        Long objective = null;
        if (plan.isPresent()) {
            RcpspSchedule schedule = plan.get();
            VerificationReport report = RcpspVerifier.verify(loaded.instance(), ScheduleDocument.ofRcpsp(schedule, request.instance(), null),
                    OptionalLong.of(bounds.lowerBound()));
            findings = Finding.all(report);
            verified = report.valid();
            objective = schedule.makespan();
            extras.put("makespan", objective);
            extras.put("cpmDeviationPercent", AnnealingRun.gapPercent(objective, bounds.criticalPath()));
            if (bounds.upperBound().isPresent()) {
                extras.put("gapPercent", AnnealingRun.gapPercent(objective, bounds.upperBound().getAsLong()));
            }
            if (request.out().isPresent()) {
                Files.writeString(request.out().get(), ScheduleJson.write(ScheduleDocument.ofRcpsp(schedule, request.instance(), solver)));
            }
            if (request.gantt().isPresent()) {
                Files.writeString(request.gantt().get(), gantt(schedule, request.engine(), status));
            }
        }
        if (lowerBound != null) {
            extras.put("lowerBound", lowerBound);
        }
        return new SolveOutcome(loaded.instance().name(), status, objective, lowerBound, (System.nanoTime() - t0) / 1_000_000, buildMillis,
                verified, findings, diagnostics, extras);
    }

    @Override
    public VerifyOutcome verify(String instance, Path plan) throws IOException {
        Loaded loaded = load(instance);
        return VerifyOutcome.of(RcpspVerifier.verify(loaded.instance(), ScheduleJson.read(plan), OptionalLong.of(loaded.bounds().lowerBound())));
    }

    /**
     * One row per job of positive duration, in job-number order, coloured by the resource the job needs most of (its
     * share of that capacity), so a reader sees which resource drives each stretch of the plan.
     */
    static String gantt(RcpspSchedule plan, String engine, Status status) {
        Rcpsp p = plan.instance();
        GanttSvg chart = new GanttSvg(p.name() + " — makespan " + plan.makespan() + " (" + engine + ", " + status + ")");
        for (int i = 0; i < p.jobCount(); i++) {
            if (p.job(i).duration() == 0) {
                continue;
            }
            int row = chart.addRow("job " + RcpspModel.id(i));
            int main = 0;
            for (int k = 1; k < p.resourceCount(); k++) {
                if (share(p, i, k) > share(p, i, main)) {
                    main = k;
                }
            }
            List<String> demands = new ArrayList<>();
            for (int k = 0; k < p.resourceCount(); k++) {
                if (p.job(i).demand(k) > 0) {
                    demands.add("R" + (k + 1) + "×" + p.job(i).demand(k));
                }
            }
            chart.addBar(new GanttSvg.Bar(row, plan.start(i), plan.end(i), main, "R" + (main + 1), "job " + RcpspModel.id(i) + ": ["
                    + plan.start(i) + ", " + plan.end(i) + ") " + String.join(" ", demands)));
        }
        return chart.render();
    }

    private static double share(Rcpsp p, int job, int k) {
        return p.capacity(k) == 0 ? 0 : (double) p.job(job).demand(k) / p.capacity(k);
    }
}
