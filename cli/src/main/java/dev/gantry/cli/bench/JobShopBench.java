package dev.gantry.cli.bench;

import dev.gantry.cli.family.UsageException;
import dev.gantry.cli.jobshop.JobShopSets;
import dev.gantry.instances.jobshop.BestKnownBounds;
import dev.gantry.instances.jobshop.JobShopReader;
import dev.gantry.modeling.api.Backends;
import dev.gantry.modeling.api.SolveOptions;
import dev.gantry.modeling.api.SolveResult;
import dev.gantry.modeling.api.Status;
import dev.gantry.modeling.jobshop.JobShop;
import dev.gantry.modeling.jobshop.JobShopModel;
import dev.gantry.cp.sat.CpSatBackend;
import dev.gantry.verify.jobshop.JobShopVerifier;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The DSL-cost benchmark (spec scheduling §7.3): per instance, Gantry's CP-SAT path (JobShop → IR → lowering →
 * CP-SAT) and a plain CP-SAT model written against the OR-Tools API, same limit, workers and seed, in the same
 * run. Build times are medians of repeated builds; every Gantry plan is verified independently.
 */
public final class JobShopBench {
    private final Path data;
    private final Duration limit;
    private final int workers;
    private final long seed;
    private final int buildRepeats;
    private final PrintWriter out;
    private final Path csv;

    public JobShopBench(Path data, Duration limit, int workers, long seed, int buildRepeats, PrintWriter out, Path csv) {
        this.data = data;
        this.limit = limit;
        this.workers = workers;
        this.seed = seed;
        this.buildRepeats = buildRepeats;
        this.out = out;
        this.csv = csv;
    }

    /** One instance's outcome for both models. */
    record Row(String instance, long upperBound, long lowerBound, String gantryStatus, long gantryMakespan, long gantryBound,
               boolean verified, boolean sameModel, String directStatus, long directMakespan, long directBound, double gantryBuildMs,
               double directBuildMs) {
        Double gantryGap() {
            return gantryMakespan < 0 ? null : 100.0 * (gantryMakespan - upperBound) / upperBound;
        }

        Double directGap() {
            return directMakespan < 0 ? null : 100.0 * (directMakespan - upperBound) / upperBound;
        }
    }

    public void run(String set) throws IOException {
        Map<String, Path> files = JobShopSets.select(data, set);
        BestKnownBounds bks = BestKnownBounds.read(data.resolve("jobshop/bks.json"));
        CpSatBackend cpsat = (CpSatBackend) Backends.get("cpsat");
        out.printf(Locale.ROOT, "# jobshop DSL cost: %d instances, %s per solve, %d workers, seed %d, CP-SAT %s, %s, %d cores%n",
                files.size(), limit, workers, seed, cpsat.version(), System.getProperty("java.vm.name") + " "
                        + Runtime.version(), Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "%-8s %6s | %-8s %6s %6s %7s | %-8s %6s %6s %7s | %8s %8s %6s %5s%n", "instance", "UB*",
                "gantry", "Cmax", "bound", "gap%", "direct", "Cmax", "bound", "gap%", "build-g", "build-d", "ratio", "same");
        out.flush();
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, Path> e : files.entrySet()) {
            JobShop shop = JobShopReader.read(e.getValue());
            BestKnownBounds.Bound b = bks.forInstance(shop.name()).orElseThrow(
                    () -> new UsageException("bks.json has no bound for " + shop.name()));
            // Class loading and JIT warm-up (3 s once, then 0.5 s per instance, whose size changes the hot paths),
            // so build times compare compiled code, not the interpreter.
            warmUp(shop, cpsat, rows.isEmpty() ? 3_000_000_000L : 500_000_000L);
            Row row = measure(shop, b, cpsat, rows.size() % 2 == 0);
            rows.add(row);
            out.printf(Locale.ROOT, "%-8s %6d | %-8s %6s %6s %7s | %-8s %6s %6s %7s | %8.2f %8.2f %6.2f %5s%n", row.instance(),
                    row.upperBound(), row.gantryStatus(), Cells.number(row.gantryMakespan()), Cells.number(row.gantryBound()),
                    Cells.percent(row.gantryGap()), row.directStatus(), Cells.number(row.directMakespan()), Cells.number(row.directBound()),
                    Cells.percent(row.directGap()),
                    row.gantryBuildMs(), row.directBuildMs(), row.gantryBuildMs() / row.directBuildMs(), row.sameModel() ? "yes" : "NO");
            out.flush();
        }
        summary(rows);
        if (csv != null) {
            writeCsv(rows);
        }
    }

    private Row measure(JobShop shop, BestKnownBounds.Bound b, CpSatBackend cpsat, boolean gantryFirst) {
        double[] g = new double[buildRepeats];
        double[] d = new double[buildRepeats];
        for (int i = 0; i < buildRepeats; i++) { // alternating which goes first, so neither always meets the colder caches
            if (i % 2 == 0) {
                g[i] = timeGantryBuild(shop, cpsat);
                d[i] = timeDirectBuild(shop);
            } else {
                d[i] = timeDirectBuild(shop);
                g[i] = timeGantryBuild(shop, cpsat);
            }
        }
        SolveResult gr = null;
        DirectCpSatJobShop.Outcome dr = null;
        for (int turn = 0; turn < 2; turn++) {
            if ((turn == 0) == gantryFirst) {
                JobShopModel model = JobShopModel.compile(shop);
                gr = cpsat.solve(model.model(), SolveOptions.builder().timeLimit(limit).workers(workers).seed(seed).build());
            } else {
                dr = DirectCpSatJobShop.build(shop).solve(limit.toMillis() / 1000.0, workers, (int) seed);
            }
        }
        boolean verified = false;
        long gMakespan = -1;
        if (gr.hasSolution()) {
            var plan = JobShopModel.compile(shop).decode(gr.solution());
            verified = JobShopVerifier.verify(plan).valid();
            gMakespan = plan.makespan();
        }
        boolean sameModel = cpsat.nativeModel(JobShopModel.compile(shop).model()).equals(DirectCpSatJobShop.build(shop).proto());
        return new Row(shop.name(), b.upperBound(), b.lowerBound(), gr.status().name(), gMakespan,
                gr.bestBound().orElse(-1), verified, sameModel, dr.status().name(), dr.makespan(), dr.bound(), median(g), median(d));
    }

    private static void warmUp(JobShop shop, CpSatBackend cpsat, long nanos) {
        long until = System.nanoTime() + nanos;
        while (System.nanoTime() < until) {
            buildGantry(shop, cpsat);
            DirectCpSatJobShop.build(shop);
        }
    }

    private static double timeGantryBuild(JobShop shop, CpSatBackend cpsat) {
        long t = System.nanoTime();
        buildGantry(shop, cpsat);
        return (System.nanoTime() - t) / 1e6;
    }

    private static double timeDirectBuild(JobShop shop) {
        long t = System.nanoTime();
        DirectCpSatJobShop.build(shop);
        return (System.nanoTime() - t) / 1e6;
    }

    private static void buildGantry(JobShop shop, CpSatBackend cpsat) {
        cpsat.compile(JobShopModel.compile(shop).model(), SolveOptions.defaults());
    }

    private void summary(List<Row> rows) {
        int n = rows.size();
        double gGap = rows.stream().filter(r -> r.gantryGap() != null).mapToDouble(Row::gantryGap).average().orElse(Double.NaN);
        double dGap = rows.stream().filter(r -> r.directGap() != null).mapToDouble(Row::directGap).average().orElse(Double.NaN);
        long gOpt = rows.stream().filter(r -> r.gantryStatus().equals(Status.OPTIMAL.name())).count();
        long dOpt = rows.stream().filter(r -> r.directStatus().equals("OPTIMAL")).count();
        long gAtBks = rows.stream().filter(r -> r.gantryMakespan() == r.upperBound()).count();
        long dAtBks = rows.stream().filter(r -> r.directMakespan() == r.upperBound()).count();
        long same = rows.stream().filter(r -> r.gantryMakespan() == r.directMakespan()).count();
        long identical = rows.stream().filter(Row::sameModel).count();
        long verified = rows.stream().filter(Row::verified).count();
        double gBuild = rows.stream().mapToDouble(Row::gantryBuildMs).sum();
        double dBuild = rows.stream().mapToDouble(Row::directBuildMs).sum();
        double[] ratios = rows.stream().mapToDouble(r -> r.gantryBuildMs() / r.directBuildMs()).toArray();
        out.printf(Locale.ROOT, "%n%d instances: mean gap gantry %.2f%% / direct %.2f%%; proven optimal %d / %d; at UB* %d / %d; "
                + "same makespan %d; identical CP-SAT model %d/%d; gantry plans verified %d/%d%n", n, gGap, dGap, gOpt, dOpt, gAtBks,
                dAtBks, same, identical, n, verified, n);
        out.printf(Locale.ROOT, "build time: gantry %.1f ms / direct %.1f ms in total (%.2fx); median per-instance ratio %.2f%n",
                gBuild, dBuild, gBuild / dBuild, median(ratios));
        Map<String, List<Row>> byFamily = new LinkedHashMap<>();
        rows.forEach(r -> byFamily.computeIfAbsent(r.instance().replaceAll("\\d.*", ""), k -> new ArrayList<>()).add(r));
        out.println("\nfamily   n  gap-gantry  gap-direct  opt-g  opt-d");
        byFamily.forEach((fam, rs) -> out.printf(Locale.ROOT, "%-6s %3d  %9.2f%%  %9.2f%%  %5d  %5d%n", fam, rs.size(),
                rs.stream().filter(r -> r.gantryGap() != null).mapToDouble(Row::gantryGap).average().orElse(Double.NaN),
                rs.stream().filter(r -> r.directGap() != null).mapToDouble(Row::directGap).average().orElse(Double.NaN),
                rs.stream().filter(r -> r.gantryStatus().equals("OPTIMAL")).count(),
                rs.stream().filter(r -> r.directStatus().equals("OPTIMAL")).count()));
        out.flush();
    }

    private void writeCsv(List<Row> rows) throws IOException {
        StringBuilder sb = new StringBuilder("instance,ub,lb,gantry_status,gantry_makespan,gantry_bound,verified,same_model,direct_status,"
                + "direct_makespan,direct_bound,gantry_build_ms,direct_build_ms\n");
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "%s,%d,%d,%s,%d,%d,%b,%b,%s,%d,%d,%.3f,%.3f%n", r.instance(), r.upperBound(),
                    r.lowerBound(), r.gantryStatus(), r.gantryMakespan(), r.gantryBound(), r.verified(), r.sameModel(), r.directStatus(),
                    r.directMakespan(), r.directBound(), r.gantryBuildMs(), r.directBuildMs()));
        }
        Files.writeString(csv, sb);
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
