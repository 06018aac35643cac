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
import dev.gantry.metaheuristics.tsp.TspAnnealing;
import dev.gantry.modeling.api.Status;
import dev.gantry.modeling.tsp.Tour;
import dev.gantry.modeling.tsp.Tsp;
import dev.gantry.verify.VerificationReport;
import dev.gantry.verify.tsp.TourVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** The TSP on the command line: TSPLIB EUC_2D files, simulated annealing, the tour verifier, tour JSON. */
public final class TspFamily implements Family {
    @Override
    public String id() {
        return "tsp";
    }

    @Override
    public List<String> engines() {
        return List.of("sa");
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
        AnnealingResult<Tour> result = AnnealingRun.run(problem, request, OptionalDouble.empty(), v -> "length " + AnnealingRun.number(v));
        VerificationReport report = TourVerifier.verify(tsp, result.best());
        Map<String, Object> extras = AnnealingRun.extras(result);
        Optional<Long> optimum = optimum(file, tsp.name());
        optimum.ifPresent(o -> {
            extras.put("optimum", o);
            extras.put("gapPercent", AnnealingRun.gapPercent(result.bestObjective(), o));
        });
        if (request.out().isPresent()) {
            Files.writeString(request.out().get(), TourJson.write(tsp, result.best()));
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
