package dev.gantry.cli.tsp;

import dev.gantry.cli.family.Family;
import dev.gantry.cli.family.Finding;
import dev.gantry.cli.family.InstanceFiles;
import dev.gantry.cli.family.SolveOutcome;
import dev.gantry.cli.family.SolveRequest;
import dev.gantry.cli.family.UsageException;
import dev.gantry.cli.family.VerifyOutcome;
import dev.gantry.cli.sa.AnnealingRun;
import dev.gantry.instances.tsp.TourJson;
import dev.gantry.instances.tsp.TspOptima;
import dev.gantry.instances.tsp.TspReader;
import dev.gantry.metaheuristics.sa.AnnealingResult;
import dev.gantry.metaheuristics.timefold.TimefoldTsp;
import dev.gantry.metaheuristics.tsp.baseline.JGraphTBaseline;
import dev.gantry.metaheuristics.tsp.TspAnnealing;
import dev.gantry.modeling.api.Status;
import dev.gantry.modeling.tsp.Tour;
import dev.gantry.modeling.tsp.Tsp;
import dev.gantry.verify.VerificationReport;
import dev.gantry.verify.tsp.TourVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The TSP on the command line: TSPLIB EUC_2D files; simulated annealing, Timefold, or JGraphT's heuristics; the
 * tour verifier; tour JSON.
 */
public final class TspFamily implements Family {
    /** SA, Timefold's default local search (late acceptance), and JGraphT's tour heuristics as {@code heuristic:NAME}. */
    private static final List<String> ENGINES = List.of("sa", "timefold", "heuristic:christofides", "heuristic:christofides-2opt",
            "heuristic:nn-2opt", "heuristic:greedy-2opt", "heuristic:random-2opt");

    @Override
    public String id() {
        return "tsp";
    }

    @Override
    public List<String> engines() {
        return ENGINES;
    }

    @Override
    public boolean recognises(String instance) {
        return instance.endsWith(".tsp");
    }

    @Override
    public SolveOutcome solve(SolveRequest request) throws IOException {
        long t0 = System.nanoTime();
        if (request.gantt().isPresent()) {
            throw new UsageException("--gantt draws schedules; a tour has none");
        }
        Path file = InstanceFiles.parse(request.instance()).file();
        Tsp tsp = TspReader.read(file);
        TspAnnealing problem = TspAnnealing.of(tsp);
        long buildMillis = (System.nanoTime() - t0) / 1_000_000;
        Tour tour;
        Map<String, Object> extras = new LinkedHashMap<>();
        switch (request.engine()) {
            case "sa" -> {
                AnnealingResult<Tour> result = AnnealingRun.run(problem, request, OptionalDouble.empty(),
                        v -> "length " + AnnealingRun.number(v));
                tour = result.best();
                extras.putAll(AnnealingRun.extras(result));
            }
            case "timefold" -> {
                Duration limit = request.timeLimit().orElse(AnnealingRun.DEFAULT_LIMIT);
                TimefoldTsp.Result result = TimefoldTsp.solve(problem.distances(), TimefoldTsp.Config.lateAcceptance(), limit,
                        request.seed());
                tour = result.tour();
                extras.put("moveEvaluations", result.moveEvaluationCount());
                extras.put("moveEvaluationsPerSecond", Math.round(result.moveEvaluationsPerSecond()));
            }
            default -> {
                JGraphTBaseline baseline = JGraphTBaseline.valueOf(request.engine().substring("heuristic:".length()).toUpperCase(Locale.ROOT)
                        .replace("NN", "NEAREST_NEIGHBOUR").replace("2OPT", "TWO_OPT").replace('-', '_'));
                tour = baseline.solve(problem.distances(), request.seed()).tour();
            }
        }
        VerificationReport report = TourVerifier.verify(tsp, tour);
        Optional<Long> optimum = optimum(file, tsp.name());
        if (optimum.isPresent() && report.objective() != null) {
            extras.put("optimum", optimum.get());
            extras.put("gapPercent", AnnealingRun.gapPercent(report.objective().doubleValue(), optimum.get()));
        }
        if (request.out().isPresent()) {
            Files.writeString(request.out().get(), TourJson.write(tsp, tour));
        }
        return new SolveOutcome(tsp.name(), Status.FEASIBLE, report.objective(), null, (System.nanoTime() - t0) / 1_000_000,
                buildMillis, report.valid(), Finding.all(report), List.of(), extras);
    }

    /** The proven optimum from an {@code optima.csv} beside the file or in the shared data. */
    static Optional<Long> optimum(Path file, String name) throws IOException {
        Optional<Path> csv = InstanceFiles.besideOrShared(file, "optima.csv", "tsp/optima.csv");
        return csv.isPresent() ? TspOptima.read(csv.get()).forInstance(name).map(TspOptima.Optimum::length) : Optional.empty();
    }

    @Override
    public VerifyOutcome verify(String instance, Path plan) throws IOException {
        Tsp tsp = TspReader.read(InstanceFiles.parse(instance).file());
        return VerifyOutcome.of(TourVerifier.verify(tsp, TourJson.read(plan)));
    }
}
