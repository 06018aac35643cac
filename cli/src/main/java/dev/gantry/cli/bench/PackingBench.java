package dev.gantry.cli.bench;

import dev.gantry.cp.knapsack.KnapsackExact;
import dev.gantry.instances.binpack.BinPackInstance;
import dev.gantry.instances.binpack.BinPackReader;
import dev.gantry.instances.binpack.BinPackSummary;
import dev.gantry.instances.knapsack.KnapsackOptimum;
import dev.gantry.instances.knapsack.KnapsackReader;
import dev.gantry.metaheuristics.binpack.BinCountDescent;
import dev.gantry.metaheuristics.binpack.BinPackingAnnealing;
import dev.gantry.metaheuristics.binpack.BinPackingMoves;
import dev.gantry.metaheuristics.knapsack.KnapsackAnnealing;
import dev.gantry.metaheuristics.knapsack.KnapsackMoves;
import dev.gantry.metaheuristics.sa.AnnealingConfig;
import dev.gantry.metaheuristics.sa.AnnealingResult;
import dev.gantry.metaheuristics.sa.Annealer;
import dev.gantry.metaheuristics.sa.Termination;
import dev.gantry.modeling.api.CancellationToken;
import dev.gantry.modeling.binpack.BinPacking;
import dev.gantry.modeling.binpack.Packing;
import dev.gantry.modeling.knapsack.Knapsack;
import dev.gantry.modeling.knapsack.Selection;
import dev.gantry.verify.binpack.PackingVerifier;
import dev.gantry.verify.knapsack.SelectionVerifier;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The staged knapsack and bin-packing sets of spec §8. Knapsack: the exact path on every instance against its
 * stored optimum, and SA's value ratio at a fixed proposal budget. Bin packing: how many OR-Library problems SA
 * packs into L1 bins (optimal) within the time limit, one chain each, beside first-fit decreasing.
 */
public final class PackingBench {
    private final Path data;
    private final Duration limit;
    private final long proposals;
    private final PrintWriter out;

    public PackingBench(Path data, Duration limit, long proposals, PrintWriter out) {
        this.data = data;
        this.limit = limit;
        this.proposals = proposals;
        this.out = out;
    }

    public void knapsack() throws IOException {
        out.printf(Locale.ROOT, "# knapsack: exact (DP or branch and bound) and SA at %,d proposals (seed 1, one chain) on every staged instance%n",
                proposals);
        out.printf(Locale.ROOT, "%-24s %5s %12s | %12s %8s %8s | %12s %8s%n", "instance", "n", "optimum", "exact", "method", "ms", "sa",
                "ratio");
        int hits = 0;
        int count = 0;
        double ratios = 0;
        for (String folder : List.of("low-dimensional", "large_scale")) {
            List<Path> files;
            try (Stream<Path> s = Files.list(data.resolve("knapsack").resolve(folder))) {
                files = s.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : files) {
                Knapsack k = KnapsackReader.read(file).knapsack();
                KnapsackOptimum optimum = KnapsackOptimum.read(KnapsackOptimum.fileFor(file));
                long t0 = System.nanoTime();
                KnapsackExact.Result exact = KnapsackExact.solve(k);
                double ms = (System.nanoTime() - t0) / 1e6;
                boolean exactValid = SelectionVerifier.verify(k, exact.selection()).valid();
                AnnealingResult<Selection> sa = Annealer.run(new KnapsackAnnealing(k, KnapsackMoves.GUIDED),
                        AnnealingConfig.builder(Termination.proposals(proposals)).build());
                boolean saValid = SelectionVerifier.verify(k, sa.best()).valid();
                double ratio = sa.best().profit(k) / optimum.value();
                boolean hit = exactValid && exact.proven() && optimum.matches(exact.profit());
                hits += hit ? 1 : 0;
                count++;
                ratios += ratio;
                out.printf(Locale.ROOT, "%-24s %5d %12s | %12s %8s %8.1f | %12s %8.5f%s%n", file.getFileName(), k.size(), fmt(optimum.value()),
                        fmt(exact.profit()) + (hit ? "" : "!"), exact.method() == KnapsackExact.Method.DYNAMIC_PROGRAMMING ? "DP" : "B&B", ms, fmt(sa.best().profit(k)), ratio,
                        saValid && exactValid ? "" : "  INVALID");
            }
        }
        out.printf(Locale.ROOT, "%nexact optimum reached and proven on %d/%d; SA mean value ratio %.5f at %,d proposals%n", hits, count,
                ratios / count, proposals);
        out.flush();
    }

    public void binPacking(List<String> files) throws IOException {
        BinPackSummary summary = BinPackSummary.read(data.resolve("binpack/summary.csv"));
        out.printf(Locale.ROOT, "# bin packing: SA from FFD (relocate and swap, one chain, half the limit, stop at L1), then the bin-count "
                + "descent (fixed bins, overflow annealed to zero) in the rest; limit %s, seed 1%n", limit);
        out.printf(Locale.ROOT, "%-9s %5s %5s %5s %5s %7s %9s %9s%n", "instance", "n", "L1", "best", "FFD", "SA", "+descent", "seconds");
        for (String name : files) {
            int atL1 = 0;
            int saAtL1 = 0;
            int ffdAtL1 = 0;
            int total = 0;
            double seconds = 0;
            for (BinPackInstance instance : BinPackReader.read(data.resolve("binpack/" + name + ".txt"))) {
                BinPacking b = instance.binPacking();
                int l1 = b.lowerBoundL1();
                Packing ffd = BinPackingAnnealing.firstFitDecreasing(b);
                long t0 = System.nanoTime();
                BinPackingAnnealing problem = new BinPackingAnnealing(b, BinPackingMoves.RELOCATE_AND_SWAP);
                AnnealingResult<Packing> r = Annealer.run(problem,
                        AnnealingConfig.builder(Termination.time(limit.dividedBy(2)).withTarget(problem.targetObjective())).build());
                int saBins = r.best().binCount();
                Packing best = saBins == l1 ? r.best()
                        : BinCountDescent.descend(b, r.best(), limit.minusNanos(System.nanoTime() - t0), 1, new CancellationToken());
                double elapsed = (System.nanoTime() - t0) / 1e9;
                if (!PackingVerifier.verify(b, best).valid()) {
                    throw new IllegalStateException("SA returned an invalid packing for " + instance.name());
                }
                int bins = best.binCount();
                saAtL1 += saBins == l1 ? 1 : 0;
                atL1 += bins == l1 ? 1 : 0;
                ffdAtL1 += ffd.binCount() == l1 ? 1 : 0;
                total++;
                seconds += elapsed;
                String flag = summary.forInstance(instance.name()).map(e -> e.bestKnownIsOptimal() ? "" : " (best known unconfirmed)").orElse("");
                out.printf(Locale.ROOT, "%-9s %5d %5d %5d %5d %7d %9d %9.2f%s%n", instance.name(), b.size(), l1, instance.bestKnown(),
                        ffd.binCount(), saBins, bins, elapsed, flag);
            }
            out.printf(Locale.ROOT, "%s: at L1 on %d/%d within %s (SA phase alone %d, FFD alone %d), mean %.2f s%n%n", name, atL1, total, limit,
                    saAtL1, ffdAtL1, seconds / total);
            out.flush();
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.4f", v);
    }
}
