package dev.gantry.cli.jobshop;

import dev.gantry.cli.family.Family;
import dev.gantry.cli.family.Finding;
import dev.gantry.cli.family.SolveOutcome;
import dev.gantry.cli.family.SolveRequest;
import dev.gantry.cli.family.UsageException;
import dev.gantry.cli.family.VerifyOutcome;
import dev.gantry.cli.report.GanttSvg;
import dev.gantry.cli.sa.AnnealingRun;
import dev.gantry.cp.jobshop.HybridOptions;
import dev.gantry.cp.jobshop.HybridResult;
import dev.gantry.cp.jobshop.JobShopHybrid;
import dev.gantry.heuristics.jobshop.DispatchingHeuristics;
import dev.gantry.heuristics.jobshop.LearnedRule;
import dev.gantry.instances.SharedData;
import dev.gantry.instances.dag.CanonicalDag;
import dev.gantry.instances.jobshop.BestKnownBounds;
import dev.gantry.instances.jobshop.BundledInstances;
import dev.gantry.instances.jobshop.JobShopReader;
import dev.gantry.instances.schedule.ScheduleJson;
import dev.gantry.instances.schedule.SolverInfo;
import dev.gantry.modeling.api.Backends;
import dev.gantry.metaheuristics.jobshop.JobShopAnnealing;
import dev.gantry.metaheuristics.jobshop.JobShopDecoder;
import dev.gantry.metaheuristics.jobshop.OperationSequence;
import dev.gantry.metaheuristics.sa.AnnealingResult;
import dev.gantry.modeling.api.SolveResult;
import dev.gantry.modeling.api.Status;
import dev.gantry.modeling.jobshop.JobShop;
import dev.gantry.modeling.jobshop.JobShopHeuristic;
import dev.gantry.modeling.jobshop.JobShopModel;
import dev.gantry.modeling.jobshop.JobShopSchedule;
import dev.gantry.modeling.jobshop.ScheduledOperation;
import dev.gantry.verify.VerificationReport;
import dev.gantry.verify.jobshop.JobShopVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The job shop on the command line: CP-SAT, Choco, simulated annealing over operation sequences, a dispatching
 * rule, or the hybrid (dispatch, then CP-SAT on time windows); the
 * independent verifier, plan JSON and a Gantt chart.
 */
public final class JobShopFamily implements Family {

    @Override
    public String id() {
        return "jobshop";
    }

    @Override
    public List<String> engines() {
        return List.of("cpsat", "choco", "sa", "hybrid", "heuristic:spt", "heuristic:fifo", "heuristic:mwkr", "heuristic:mopnr",
                "heuristic:fdd-mwkr", "heuristic:learned", "heuristic:plugin");
    }

    @Override
    public boolean recognises(String instance) {
        return BundledInstances.names().contains(instance)
                || !(instance.equals(CanonicalDag.NAME) || instance.endsWith(".json") || instance.endsWith(".jsonl") || instance.endsWith(".tsp")
                        || instance.endsWith(".sm") || instance.contains("#") || Files.isDirectory(Path.of(instance)));
    }

    /** A file, or a bundled sample by name. */
    public static JobShop load(String instance) throws IOException {
        Path file = Path.of(instance);
        if (Files.exists(file)) {
            return JobShopReader.read(file);
        }
        Optional<JobShop> bundled = BundledInstances.jobShop(instance);
        if (bundled.isPresent()) {
            return bundled.get();
        }
        throw new NoSuchFileException(instance, null, "no such file, and no bundled sample of that name (samples: "
                + String.join(", ", BundledInstances.names()) + ")");
    }

    /** The bounds of bks.json for this instance, when the shared data is present. */
    static Optional<BestKnownBounds.Bound> knownBound(String instanceName) {
        try {
            Optional<Path> bks = SharedData.find("jobshop/bks.json");
            return bks.isPresent() ? BestKnownBounds.read(bks.get()).forInstance(instanceName) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public SolveOutcome solve(SolveRequest request) throws IOException {
        long t0 = System.nanoTime();
        if (request.rule().isPresent() && !request.engine().equals("heuristic:learned") && !request.engine().equals(JobShopHybrid.ENGINE_ID)) {
            throw new UsageException("--rule goes with --engine heuristic:learned or hybrid");
        }
        JobShop shop = load(request.instance());
        if (request.engine().startsWith("heuristic:")) {
            return dispatch(shop, request, t0);
        }
        return switch (request.engine()) {
            case "sa" -> anneal(shop, request, t0);
            case JobShopHybrid.ENGINE_ID -> hybrid(shop, request, t0);
            default -> solveExactly(shop, request, t0);
        };
    }

    /**
     * {@code --engine heuristic:RULE}: one non-delay dispatch with a static priority rule (spec scheduling §1.4), the
     * learned rule, or an outside plug-in ({@code heuristic:plugin}); the plan is verified like any other.
     */
    private SolveOutcome dispatch(JobShop shop, SolveRequest request, long t0) throws IOException {
        long start = System.nanoTime();
        String rule = request.engine().substring("heuristic:".length());
        // the learned rule decodes as spec §1.7 does: the best of its plain run and 32 sampled ones
        JobShopHeuristic heuristic = rule.equals("plugin") ? request.plugin().orElseThrow().load(JobShopHeuristic.class)
                : rule.equals("learned") && request.rule().isPresent() ? DispatchingHeuristics.learned(LearnedRule.load(request.rule().get()))
                : DispatchingHeuristics.byId(rule);
        JobShopSchedule plan = heuristic.schedule(shop, request.seed());
        SolverInfo solver = new SolverInfo(request.engine(), "gantry", Status.FEASIBLE.name(), null, 1, request.seed(), null,
                (System.nanoTime() - start) / 1e9);
        return report(shop, request, Optional.of(plan), Status.FEASIBLE, null, solver, new LinkedHashMap<>(Map.of("heuristic", heuristic.id())),
                t0, 0, List.of());
    }

    private SolveOutcome solveExactly(JobShop shop, SolveRequest request, long t0) throws IOException {
        JobShopModel model = JobShopModel.compile(shop);
        long dslMillis = (System.nanoTime() - t0) / 1_000_000;
        SolveResult r = Backends.get(request.engine()).solve(model.model(), request.cpOptions("makespan").build());
        Long lowerBound = r.bestBound().isPresent() ? r.bestBound().getAsLong() : null;
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("termination", r.termination().name());
        extras.put("workers", request.workers());
        Optional<JobShopSchedule> plan = r.hasSolution() ? Optional.of(model.decode(r.solution())) : Optional.empty();
        SolverInfo solver = request.cpSolverInfo(r);
        return report(shop, request, plan, r.status(), lowerBound, solver, extras, t0, dslMillis + r.buildTime().toMillis(),
                r.diagnostics());
    }

    /** {@code --engine sa}: operation sequences, semi-active decoding, one chain per worker (spec metaheuristics §3.4). */
    private SolveOutcome anneal(JobShop shop, SolveRequest request, long t0) throws IOException {
        long lower = shop.trivialLowerBound();
        AnnealingResult<OperationSequence> r = AnnealingRun.run(new JobShopAnnealing(shop), request, OptionalDouble.of(lower),
                v -> "makespan " + (long) v);
        JobShopSchedule plan = JobShopDecoder.semiActive(shop, r.best());
        Status status = plan.makespan() == lower ? Status.OPTIMAL : Status.FEASIBLE;
        SolverInfo solver = new SolverInfo("sa", "gantry", status.name(), null, request.workers(), request.seed(),
                AnnealingRun.limit(request).toMillis() / 1000.0, r.wallNanos() / 1e9);
        return report(shop, request, Optional.of(plan), status, null, solver, AnnealingRun.extras(r), t0, 0, List.of());
    }

    /**
     * {@code --engine hybrid}: the better of the learned rule's dispatch (or the {@code --rule} file's) and FDD/MWKR's,
     * then CP-SAT re-solving time windows of the incumbent, all within the time limit (60 s when none is given).
     */
    private SolveOutcome hybrid(JobShop shop, SolveRequest request, long t0) throws IOException {
        HybridOptions options = HybridOptions.of(AnnealingRun.limit(request), request.workers(), request.seed())
                .withCancellation(request.cancellation());
        java.util.function.Consumer<JobShopHybrid.Progress> progress = p -> request.progress().accept(String.format(Locale.ROOT,
                "[%7.2fs] makespan %d  (%d neighbourhoods)", p.elapsed().toMillis() / 1000.0, p.makespan(), p.neighbourhoods()));
        List<JobShopHeuristic> starts = request.rule().isPresent()
                ? List.of(DispatchingHeuristics.learned(LearnedRule.load(request.rule().get())), DispatchingHeuristics.byId("fdd-mwkr"))
                : JobShopHybrid.registered(JobShopHybrid.DEFAULT_STARTS);
        HybridResult r = JobShopHybrid.solve(shop, starts, options, progress);
        Status status = r.provenOptimal() ? Status.OPTIMAL : Status.FEASIBLE;
        SolverInfo solver = new SolverInfo(JobShopHybrid.ENGINE_ID, "gantry+cpsat", status.name(), r.lowerBound(), request.workers(),
                request.seed(), options.timeLimit().toMillis() / 1000.0, r.wallTime().toMillis() / 1000.0);
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("startedFrom", r.startedFrom());
        extras.put("startMakespan", r.startMakespan());
        extras.put("neighbourhoods", r.neighbourhoods());
        extras.put("improvements", r.improvements());
        extras.put("termination", r.cancelled() ? "CANCELLED" : r.provenOptimal() ? "COMPLETED" : "TIME_LIMIT");
        extras.put("workers", request.workers());
        return report(shop, request, Optional.of(r.best()), status, r.lowerBound(), solver, extras, t0, 0, List.of());
    }

    /** Verifies the plan, writes the requested files and assembles the outcome, whatever engine made the plan. */
    private SolveOutcome report(JobShop shop, SolveRequest request, Optional<JobShopSchedule> plan, Status status, Long lowerBound,
            SolverInfo solver, Map<String, Object> engineExtras, long t0, long buildMillis, List<String> diagnostics)
            throws IOException {
        Optional<BestKnownBounds.Bound> bound = knownBound(shop.name());
        Map<String, Object> extras = new LinkedHashMap<>(engineExtras);
        bound.ifPresent(b -> extras.put("bestKnownUpperBound", b.upperBound()));
        List<Finding> findings = List.of();
        boolean verified = false;
        Long objective = null;
        if (plan.isPresent()) {
            JobShopSchedule schedule = plan.get();
            VerificationReport report = JobShopVerifier.verify(shop, dev.gantry.instances.schedule.ScheduleDocument.ofJobShop(schedule,
                    request.instance(), null), bound);
            findings = Finding.all(report);
            verified = report.valid();
            objective = schedule.makespan();
            extras.put("makespan", objective);
            bound.ifPresent(b -> extras.put("gapPercent", gap(schedule.makespan(), b.upperBound())));
            if (request.out().isPresent()) {
                Files.writeString(request.out().get(), ScheduleJson.write(schedule, request.instance(), Optional.of(solver)));
            }
            if (request.gantt().isPresent()) {
                Files.writeString(request.gantt().get(), gantt(schedule, request.engine(), status));
            }
        }
        if (lowerBound != null) {
            extras.put("lowerBound", lowerBound);
        }
        return new SolveOutcome(shop.name(), status, objective, lowerBound, (System.nanoTime() - t0) / 1_000_000, buildMillis, verified,
                findings, diagnostics, extras);
    }

    @Override
    public VerifyOutcome verify(String instance, Path plan) throws IOException {
        JobShop shop = load(instance);
        VerificationReport report = JobShopVerifier.verify(shop, ScheduleJson.read(plan), knownBound(shop.name()));
        return VerifyOutcome.of(report);
    }

    static double gap(long makespan, long upperBound) {
        return Math.round(10000.0 * (makespan - upperBound) / upperBound) / 100.0;
    }

    /** One row per machine, jobs coloured, operations labelled {@code J<j>}. */
    static String gantt(JobShopSchedule plan, String engine, Status status) {
        JobShop shop = plan.instance();
        GanttSvg chart = new GanttSvg(shop.name() + " — makespan " + plan.makespan() + " (" + engine + ", " + status + ")");
        for (int m = 0; m < shop.machineCount(); m++) {
            chart.addRow("M" + m);
        }
        for (ScheduledOperation o : plan.operations()) {
            if (o.end() > o.start()) {
                chart.addBar(new GanttSvg.Bar(o.machine(), o.start(), o.end(), o.job(), "J" + o.job(),
                        o.id() + " on M" + o.machine() + ": [" + o.start() + ", " + o.end() + ")"));
            }
        }
        return chart.render();
    }
}
