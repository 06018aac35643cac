package dev.gantry.cli.bench;

import dev.gantry.cp.travel.TravelSolver;
import dev.gantry.instances.travel.TravelInstance;
import dev.gantry.instances.travel.ValidationRows;
import dev.gantry.modeling.api.SolveOptions;
import dev.gantry.modeling.api.SolveResult;
import dev.gantry.modeling.travel.Sandbox;
import dev.gantry.modeling.travel.TravelObjective;
import dev.gantry.modeling.travel.TravelPlan;
import dev.gantry.modeling.travel.TravelProblem;
import dev.gantry.modeling.travel.TravelQuery;
import dev.gantry.verify.travel.Mode;
import dev.gantry.verify.travel.TravelVerifier;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Spec travel P5, the planning part: per example query (the nine folders and the three validation rows, reference
 * mode, CHEAPEST) the model build time and the solve time, median and max of {@code repeats} runs after one warm-up in
 * the same JVM, the cost, the proof status and both verdicts of the verifier. The anchor is Hao et al.'s ~38 s of SMT
 * time per query.
 */
public final class TravelBench {
    private static final String EXAMPLES = "travel/examples";

    private record Query(String name, TravelQuery query, Sandbox sandbox) {
    }

    private final Path data;
    private final Duration limit;
    private final int workers;
    private final int repeats;
    private final PrintWriter out;

    public TravelBench(Path data, Duration limit, int workers, int repeats, PrintWriter out) {
        this.data = data;
        this.limit = limit;
        this.workers = workers;
        this.repeats = repeats;
        this.out = out;
    }

    public void run() throws IOException {
        List<Query> queries = queries();
        out.printf(Locale.ROOT, "# travel planning: %d queries, reference mode, CHEAPEST, CP-SAT, %d workers, limit %s, median and max of %d runs"
                + " after a warm-up, %s %s, %d cores%n", queries.size(), workers, limit, repeats, System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "%-10s %8s %8s %8s %8s %7s %-9s %-6s %-6s%n", "query", "build-ms", "max", "solve-ms", "max", "cost", "status",
                "strict", "compat");
        List<Double> solveMedians = new ArrayList<>();
        int passed = 0;
        for (Query q : queries) {
            double[] build = new double[repeats];
            double[] solve = new double[repeats];
            SolveResult last = null;
            TravelProblem tp = null;
            for (int run = -1; run < repeats; run++) { // run -1 warms up
                long t0 = System.nanoTime();
                tp = TravelProblem.of(q.query(), q.sandbox());
                tp.model(TravelObjective.CHEAPEST);
                long t1 = System.nanoTime();
                last = TravelSolver.solve(tp, TravelObjective.CHEAPEST, "cpsat", SolveOptions.builder().workers(workers).seed(1).timeLimit(limit).build());
                long t2 = System.nanoTime();
                if (run >= 0) {
                    build[run] = (t1 - t0) / 1e6;
                    solve[run] = (t2 - t1) / 1e6;
                }
            }
            String strict = "-";
            String compat = "-";
            String cost = "-";
            if (last.hasSolution()) {
                TravelPlan plan = tp.decode(last.solution());
                boolean strictValid = TravelVerifier.verify(q.query(), q.sandbox(), plan, Mode.STRICT).valid();
                boolean compatValid = TravelVerifier.verify(q.query(), q.sandbox(), plan, Mode.COMPAT).valid();
                strict = strictValid ? "pass" : "FAIL";
                compat = compatValid ? "pass" : "FAIL";
                cost = Long.toString(TravelVerifier.verify(q.query(), q.sandbox(), plan, Mode.STRICT).cost());
                passed += strictValid ? 1 : 0;
            }
            solveMedians.add(median(solve));
            out.printf(Locale.ROOT, "%-10s %8.1f %8.1f %8.1f %8.1f %7s %-9s %-6s %-6s%n", q.name(), median(build), max(build), median(solve), max(solve),
                    cost, last.status(), strict, compat);
            out.flush();
        }
        double[] medians = solveMedians.stream().mapToDouble(Double::doubleValue).toArray();
        out.printf(Locale.ROOT, "solve time over the queries' medians: median %.1f ms, max %.1f ms; strict final pass %d/%d%n", median(medians),
                max(medians), passed, queries.size());
    }

    private List<Query> queries() throws IOException {
        List<Query> queries = new ArrayList<>();
        Path examples = data.resolve(EXAMPLES);
        List<Path> folders;
        try (Stream<Path> s = Files.list(examples)) {
            folders = s.filter(p -> Files.isRegularFile(p.resolve("query.json"))).sorted().toList();
        }
        for (Path folder : folders) {
            TravelInstance in = TravelInstance.load(folder, TravelInstance.SandboxSource.none());
            queries.add(new Query(folder.getFileName().toString(), in.query(), in.sandbox()));
        }
        for (ValidationRows.Row row : ValidationRows.read(examples.resolve("validation_3rows.csv"))) {
            queries.add(new Query("val-" + (queries.size() - folders.size() + 1), row.query(), row.sandbox()));
        }
        return queries;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }
}
