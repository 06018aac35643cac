package dev.gantry.cli.bench;

import dev.gantry.cli.jobshop.JobShopSets;
import dev.gantry.cp.jobshop.HybridOptions;
import dev.gantry.cp.jobshop.HybridResult;
import dev.gantry.cp.jobshop.JobShopHybrid;
import dev.gantry.instances.jobshop.BestKnownBounds;
import dev.gantry.instances.jobshop.JobShopReader;
import dev.gantry.instances.jobshop.TaillardGenerator;
import dev.gantry.modeling.api.Backends;
import dev.gantry.modeling.api.SolveOptions;
import dev.gantry.modeling.api.SolveResult;
import dev.gantry.modeling.jobshop.JobShop;
import dev.gantry.modeling.jobshop.JobShopModel;
import dev.gantry.modeling.jobshop.JobShopSchedule;
import dev.gantry.verify.jobshop.JobShopVerifier;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Spec scheduling §7.3, "JSSP, hybrid": plain CP-SAT (Gantry's model, no hint) against the hybrid engine at the same
 * wall clock and worker count, in the same run, on Taillard instances and on generated ones; which of the two runs
 * first alternates. Gaps are to bks.json's UB* or, for generated instances, to the trivial lower bound LB0; every
 * plan is verified independently.
 */
public final class HybridBench {
    private final Path data;
    private final Duration limit;
    private final int workers;
    private final long seed;
    private final PrintWriter out;

    public HybridBench(Path data, Duration limit, int workers, long seed, PrintWriter out) {
        this.data = data;
        this.limit = limit;
        this.workers = workers;
        this.seed = seed;
        this.out = out;
    }

    /** One instance: the reference, the hybrid's dispatched start, and both engines' verified makespans (-1: none). */
    record Row(String instance, String size, long reference, String startedFrom, long start, String plainStatus, long plain, long hybrid, int neighbourhoods,
               boolean verified) {
        Double gap(long makespan) {
            return makespan < 0 ? null : 100.0 * (makespan - reference) / reference;
        }
    }

    /**
     * Taillard instances of {@code set} (as in {@code bench jobshop}, empty for none), then {@code generated} instances
     * of Taillard's generator with {@code jobs × machines}: instance i has time seed {@code 1000 + i} and machine seed
     * {@code 2000 + i}.
     */
    public void run(String set, int generated, int jobs, int machines) throws IOException {
        Map<String, JobShop> shops = new LinkedHashMap<>();
        Map<String, Long> references = new LinkedHashMap<>();
        if (!set.isBlank()) {
            BestKnownBounds bks = BestKnownBounds.read(data.resolve("jobshop/bks.json"));
            for (Map.Entry<String, Path> e : JobShopSets.select(data, set).entrySet()) {
                JobShop shop = JobShopReader.read(e.getValue());
                shops.put(e.getKey(), shop);
                references.put(e.getKey(), bks.forInstance(shop.name()).map(BestKnownBounds.Bound::upperBound).orElse(shop.trivialLowerBound()));
            }
        }
        for (int i = 1; i <= generated; i++) {
            JobShop shop = TaillardGenerator.generate(jobs, machines, 1000 + i, 2000 + i);
            String name = "gen" + jobs + "x" + machines + "-" + i;
            shops.put(name, shop);
            references.put(name, shop.trivialLowerBound());
        }
        out.printf(Locale.ROOT, "# jobshop hybrid vs plain CP-SAT: %d instances, %s each, %d workers, seed %d, CP-SAT %s, %s, %d cores%n",
                shops.size(), limit, workers, seed, Backends.get("cpsat").version(), System.getProperty("java.vm.name") + " "
                        + Runtime.version(), Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "%-14s %-8s %7s | %-8s %7s %7s | %-8s %7s %7s | %7s %7s %5s | %s%n", "instance", "size", "ref", "from", "start", "gap%",
                "plain", "Cmax", "gap%", "hybrid", "gap%", "nbhd", "verified");
        out.flush();
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, JobShop> e : shops.entrySet()) {
            Row row = measure(e.getKey(), e.getValue(), references.get(e.getKey()), rows.size() % 2 == 0);
            rows.add(row);
            out.printf(Locale.ROOT, "%-14s %-8s %7d | %-8s %7d %7s | %-8s %7s %7s | %7d %7s %5d | %s%n", row.instance(), row.size(), row.reference(),
                    row.startedFrom(), row.start(), Cells.percent(row.gap(row.start())), row.plainStatus(), Cells.number(row.plain()),
                    Cells.percent(row.gap(row.plain())), row.hybrid(), Cells.percent(row.gap(row.hybrid())), row.neighbourhoods(),
                    row.verified() ? "yes" : "NO");
            out.flush();
        }
        summary(rows);
    }

    private Row measure(String name, JobShop shop, long reference, boolean plainFirst) {
        long plain = -1;
        String plainStatus = "-";
        HybridResult hybrid = null;
        boolean verified = true;
        for (int turn = 0; turn < 2; turn++) {
            if ((turn == 0) == plainFirst) {
                JobShopModel model = JobShopModel.compile(shop);
                SolveResult r = Backends.get("cpsat").solve(model.model(), SolveOptions.builder().timeLimit(limit).workers(workers).seed(seed).build());
                plainStatus = r.status().name();
                if (r.hasSolution()) {
                    JobShopSchedule plan = model.decode(r.solution());
                    verified &= JobShopVerifier.verify(plan).valid();
                    plain = plan.makespan();
                }
            } else {
                hybrid = JobShopHybrid.solve(shop, JobShopHybrid.registered(JobShopHybrid.DEFAULT_STARTS), HybridOptions.of(limit, workers, seed),
                        p -> { });
                verified &= JobShopVerifier.verify(hybrid.best()).valid();
            }
        }
        return new Row(name, shop.jobCount() + "x" + shop.machineCount(), reference, hybrid.startedFrom(), hybrid.startMakespan(), plainStatus, plain,
                hybrid.makespan(), hybrid.neighbourhoods(), verified);
    }

    private void summary(List<Row> rows) {
        Map<String, List<Row>> bySize = new LinkedHashMap<>();
        rows.forEach(r -> bySize.computeIfAbsent(r.size(), k -> new ArrayList<>()).add(r));
        bySize.put("all", rows);
        out.printf(Locale.ROOT, "%n%-8s %3s  %9s  %9s  %9s  %11s  %10s  %8s%n", "size", "n", "start", "plain", "hybrid", "plain none",
                "hybrid<plain", "verified");
        bySize.forEach((size, rs) -> out.printf(Locale.ROOT, "%-8s %3d  %8.2f%%  %9s  %8.2f%%  %11d  %12d  %5d/%d%n", size, rs.size(),
                mean(rs, Row::start).orElse(0), meanPlain(rs), mean(rs, Row::hybrid).orElse(0),
                rs.stream().filter(r -> r.plain() < 0).count(), rs.stream().filter(r -> r.plain() < 0 || r.hybrid() < r.plain()).count(),
                rs.stream().filter(Row::verified).count(), rs.size()));
        out.println("(mean gaps; plain over the instances where it found a plan, 'none' counts those where it found none)");
        out.flush();
    }

    private static String meanPlain(List<Row> rows) {
        java.util.OptionalDouble m = rows.stream().filter(r -> r.plain() >= 0).mapToDouble(r -> r.gap(r.plain())).average();
        return m.isPresent() ? String.format(Locale.ROOT, "%.2f%%", m.getAsDouble()) : "-";
    }

    private static java.util.OptionalDouble mean(List<Row> rows, java.util.function.ToLongFunction<Row> makespan) {
        return rows.stream().mapToDouble(r -> r.gap(makespan.applyAsLong(r))).average();
    }
}
