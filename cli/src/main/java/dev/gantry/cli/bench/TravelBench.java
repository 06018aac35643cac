package dev.gantry.cli.bench;

import dev.gantry.cli.family.ExplainRequest;
import dev.gantry.cli.family.ExplainTarget;
import dev.gantry.cli.family.QueryOptions;
import dev.gantry.cli.family.ReferenceData;
import dev.gantry.cli.travel.TravelFamily;
import dev.gantry.cp.explain.ExplainOptions;
import dev.gantry.cp.explain.ExplainedGroup;
import dev.gantry.cp.explain.Explanation;
import dev.gantry.cp.travel.TravelSolver;
import dev.gantry.instances.travel.TravelInstance;
import dev.gantry.instances.travel.ValidationRows;
import dev.gantry.modeling.api.Backends;
import dev.gantry.modeling.api.PresolveEffort;
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
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Spec travel P5: per example query (the nine folders and the three validation rows, reference mode, CHEAPEST) the
 * model build time and the solve time, median and max of {@code repeats} runs after one warm-up in the same JVM, the
 * cost, the proof status and both verdicts of the verifier; then per infeasible variant U1–U9 of spec P4 the time of
 * the full explanation as {@code gantry explain} gives it (the conflict, the cheapest correction applied, re-solved
 * and verified, the budget repair). The anchor is Hao et al.'s ~38 s of SMT time per query.
 */
public final class TravelBench {
    private static final String EXAMPLES = "travel/examples";

    private record Query(String name, TravelQuery query, Sandbox sandbox) {
    }

    /** Spec P4's one-field variants: id, example folder, the {@code --set} change. */
    private record Variant(String id, String folder, String change) {
    }

    private static final List<Variant> VARIANTS = List.of(new Variant("U1", "train_01", "budget=1304"),
            new Variant("U2", "train_01", "transportation=no flight"), new Variant("U3", "train_01", "room type=shared room"),
            new Variant("U4", "train_16", "transportation=no self-driving"), new Variant("U5", "train_21", "house rule=parties"),
            new Variant("U6", "train_26", "room type=entire room"), new Variant("U7", "train_31", "budget=1200"),
            new Variant("U8", "train_36", "budget=5291"), new Variant("U9", "train_41", "room type=private room"));

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
                last = TravelSolver.solve(tp, TravelObjective.CHEAPEST, "cpsat", SolveOptions.builder().workers(workers).seed(1).timeLimit(limit)
                        .presolve(PresolveEffort.LIGHT).build()); // as gantry solve does
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
        explainVariants();
    }

    /** The full explanation of each variant, as {@code gantry explain} computes it, timed like the solves. */
    private void explainVariants() throws IOException {
        out.printf(Locale.ROOT, "# infeasible variants (spec P4): full explanation (conflict, cheapest correction re-solved and verified,"
                + " budget repair), checks on 1 worker, optimisations on %d%n", workers);
        out.printf(Locale.ROOT, "%-4s %-9s %-32s %-34s %-16s %-7s %6s %9s %8s %s%n", "id", "example", "change", "conflict", "cheapest fix",
                "budget", "checks", "median-ms", "max", "verified");
        List<Double> medians = new ArrayList<>();
        for (Variant v : VARIANTS) {
            ExplainRequest request = new ExplainRequest(data.resolve(EXAMPLES).resolve(v.folder()).toString(), false, ReferenceData.none(),
                    new QueryOptions(Optional.empty(), List.of(v.change()), false));
            ExplainTarget target = new TravelFamily().explainTarget(request);
            ExplainOptions options = new ExplainOptions(Duration.ofSeconds(5), limit.multipliedBy(6), target.candidates(), target.preference(),
                    workers, 1, false, 16);
            double[] wall = new double[repeats];
            ExplainTarget.Explained last = null;
            for (int run = -1; run < repeats; run++) {
                long t0 = System.nanoTime();
                last = target.explain(Backends.get("cpsat"), options);
                if (run >= 0) {
                    wall[run] = (System.nanoTime() - t0) / 1e6;
                }
            }
            Explanation e = last.explanation();
            String conflict = e.groups().stream().map(ExplainedGroup::name).collect(Collectors.joining("+"));
            String fix = e.correction().map(c -> c.groups().stream().map(ExplainedGroup::name).collect(Collectors.joining("+"))).orElse("-");
            // the budget alone (every other requirement kept), when it helps
            String budget = e.repairs().stream().filter(r -> r.to().isPresent()).map(r -> "$" + r.to().getAsLong()).findFirst().orElse("-");
            boolean verified = e.verified() && last.extras().json().get("corrections") instanceof List<?> corrections
                    && corrections.stream().allMatch(c -> c instanceof Map<?, ?> m && Boolean.TRUE.equals(m.get("verified")));
            medians.add(median(wall));
            out.printf(Locale.ROOT, "%-4s %-9s %-32s %-34s %-16s %-7s %6d %9.1f %8.1f %s%n", v.id(), v.folder(), v.change(), conflict, fix, budget,
                    e.checks(), median(wall), max(wall), verified ? "yes" : "NO");
            out.flush();
        }
        double[] m = medians.stream().mapToDouble(Double::doubleValue).toArray();
        out.printf(Locale.ROOT, "explanation time over the variants' medians: median %.1f ms, max %.1f ms%n", median(m), max(m));
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
