package dev.gantry.cli.knapsack;

import dev.gantry.cp.SearchLimits;
import dev.gantry.cli.family.Family;
import dev.gantry.cli.family.Finding;
import dev.gantry.cli.family.InstanceFiles;
import dev.gantry.cli.family.SolveOutcome;
import dev.gantry.cli.family.SolveRequest;
import dev.gantry.cli.family.UsageException;
import dev.gantry.cli.family.VerifyOutcome;
import dev.gantry.cli.sa.AnnealingRun;
import dev.gantry.cp.knapsack.KnapsackExact;
import dev.gantry.instances.knapsack.KnapsackOptimum;
import dev.gantry.instances.knapsack.KnapsackReader;
import dev.gantry.instances.knapsack.SelectionJson;
import dev.gantry.metaheuristics.knapsack.KnapsackAnnealing;
import dev.gantry.metaheuristics.knapsack.KnapsackMoves;
import dev.gantry.metaheuristics.sa.AnnealingResult;
import dev.gantry.modeling.api.Status;
import dev.gantry.modeling.knapsack.Knapsack;
import dev.gantry.modeling.knapsack.Selection;
import dev.gantry.verify.VerificationReport;
import dev.gantry.verify.knapsack.SelectionVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The 0/1 knapsack on the command line (Pisinger's format): the exact solver (DP or branch and bound), simulated
 * annealing, or the greedy ratio heuristic; the selection verifier; selection JSON.
 */
public final class KnapsackFamily implements Family {
    @Override
    public String id() {
        return "knapsack";
    }

    @Override
    public List<String> engines() {
        return List.of("exact", "sa", "heuristic:greedy");
    }

    @Override
    public boolean recognises(String instance) {
        return false; // Pisinger's files carry no extension: ask for --problem knapsack
    }

    @Override
    public SolveOutcome solve(SolveRequest request) throws IOException {
        long t0 = System.nanoTime();
        if (request.gantt().isPresent()) {
            throw new UsageException("--gantt draws schedules; a knapsack selection has none");
        }
        Path file = InstanceFiles.parse(request.instance()).file();
        Knapsack knapsack = KnapsackReader.read(file).knapsack();
        Selection selection;
        Status status;
        Double bound = null;
        Map<String, Object> extras = new LinkedHashMap<>();
        switch (request.engine()) {
            case "exact" -> {
                SearchLimits limits = request.timeLimit().map(SearchLimits::time).orElse(SearchLimits.NONE);
                KnapsackExact.Result r = KnapsackExact.solve(knapsack, limits);
                selection = r.selection();
                status = r.proven() ? Status.OPTIMAL : Status.FEASIBLE;
                bound = r.bound();
                extras.put("method", r.method().name());
                extras.put("nodes", r.nodes());
            }
            case "sa" -> {
                AnnealingResult<Selection> r = AnnealingRun.run(new KnapsackAnnealing(knapsack, KnapsackMoves.GUIDED), request,
                        OptionalDouble.empty(), v -> "profit " + AnnealingRun.number(-v));
                selection = r.best();
                status = Status.FEASIBLE;
                extras.putAll(AnnealingRun.extras(r));
            }
            default -> {
                selection = KnapsackAnnealing.greedy(knapsack);
                status = Status.FEASIBLE;
            }
        }
        VerificationReport report = SelectionVerifier.verify(knapsack, selection);
        Path optimumFile = KnapsackOptimum.fileFor(file);
        if (Files.isRegularFile(optimumFile)) {
            double optimum = KnapsackOptimum.read(optimumFile).value();
            extras.put("optimum", AnnealingRun.number(optimum));
            extras.put("valueRatio", Math.round(1e6 * selection.profit(knapsack) / optimum) / 1e6);
            if (optimum > 0) {
                // a maximisation: the gap is how far below the optimum the profit stays, in percent
                extras.put("gapPercent", Math.round(10000.0 * (optimum - selection.profit(knapsack)) / optimum) / 100.0);
            }
        }
        if (request.out().isPresent()) {
            Files.writeString(request.out().get(), SelectionJson.write(knapsack, selection));
        }
        return new SolveOutcome(knapsack.name(), status, report.objective(), bound == null ? null : AnnealingRun.number(bound),
                (System.nanoTime() - t0) / 1_000_000, 0, report.valid(), Finding.all(report), List.of(), extras);
    }

    @Override
    public VerifyOutcome verify(String instance, Path plan) throws IOException {
        Knapsack knapsack = KnapsackReader.read(InstanceFiles.parse(instance).file()).knapsack();
        return VerifyOutcome.of(SelectionVerifier.verify(knapsack, SelectionJson.read(plan)));
    }
}
