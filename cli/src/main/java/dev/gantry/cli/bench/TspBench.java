package dev.gantry.cli.bench;

import dev.gantry.instances.tsp.TspOptima;
import dev.gantry.instances.tsp.TspReader;
import dev.gantry.metaheuristics.sa.AnnealingConfig;
import dev.gantry.metaheuristics.sa.AnnealingResult;
import dev.gantry.metaheuristics.sa.Annealer;
import dev.gantry.metaheuristics.sa.Termination;
import dev.gantry.metaheuristics.timefold.TimefoldTsp;
import dev.gantry.metaheuristics.tsp.DistanceMatrix;
import dev.gantry.metaheuristics.tsp.TspAnnealing;
import dev.gantry.metaheuristics.tsp.TspMoves;
import dev.gantry.metaheuristics.tsp.baseline.JGraphTBaseline;
import dev.gantry.modeling.tsp.Tour;
import dev.gantry.modeling.tsp.Tsp;
import dev.gantry.verify.tsp.TourVerifier;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The TSPLIB table of spec §8: Gantry's SA (one chain, one thread, several seeds) beside Timefold (late
 * acceptance and SA with Gantry's calibrated T0, same limit, one thread) and JGraphT's heuristics, all in one
 * run, every tour checked by the independent verifier, gaps to the proven optima of {@code optima.csv}.
 */
public final class TspBench {
    private final Path data;
    private final Duration limit;
    private final int seeds;
    private final PrintWriter out;

    public TspBench(Path data, Duration limit, int seeds, PrintWriter out) {
        this.data = data;
        this.limit = limit;
        this.seeds = seeds;
        this.out = out;
    }

    public void run(String set) throws IOException {
        TspOptima optima = TspOptima.read(data.resolve("tsp/optima.csv"));
        List<String> names = set == null || set.isBlank() ? optima.all().values().stream()
                .sorted((a, b) -> Integer.compare(a.cities(), b.cities())).map(TspOptima.Optimum::instance).toList()
                : List.of(set.split(","));
        out.printf(Locale.ROOT, "# TSPLIB: %d instances, %s per run, one thread each; Gantry SA median/mean/min over %d seeds; %s %s, %d cores%n",
                names.size(), limit, seeds, System.getProperty("java.vm.name"), Runtime.version(), Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "%-9s %5s %7s | %22s %9s | %8s %8s %9s | %8s %8s %8s%n", "instance", "n", "opt",
                "gantry gap med/mean/min", "Mprop/s", "TF-LA", "TF-SA", "TF mv/s", "JG-chr", "JG-nn2o", "JG-2opt");
        out.flush();
        warmUp();
        List<double[]> rows = new ArrayList<>();
        int verified = 0;
        int tours = 0;
        for (String name : names) {
            Tsp tsp = TspReader.read(data.resolve("tsp/" + name + ".tsp"));
            long opt = optima.forInstance(name).orElseThrow(() -> new IllegalArgumentException("no optimum for " + name)).length();
            DistanceMatrix distances = DistanceMatrix.of(tsp);
            TspAnnealing problem = TspAnnealing.of(distances, TspMoves.NEIGHBOUR_TWO_OPT_AND_OR_OPT, TspAnnealing.DEFAULT_NEIGHBOURS);
            double[] gaps = new double[seeds];
            double rate = 0;
            double t0 = 0;
            for (int s = 0; s < seeds; s++) {
                AnnealingResult<Tour> r = Annealer.run(problem, AnnealingConfig.builder(Termination.time(limit)).seed(s + 1).build());
                verified += TourVerifier.verify(tsp, r.best()).valid() ? 1 : 0;
                tours++;
                gaps[s] = gap(r.bestObjective(), opt);
                rate += r.proposalsPerSecond() / seeds;
                t0 = s == 0 ? r.chains().get(0).startTemperature() : t0;
            }
            double[] sorted = gaps.clone();
            Arrays.sort(sorted);
            double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
            double mean = Arrays.stream(gaps).average().orElse(Double.NaN);
            TimefoldOutcome la = timefold(distances, TimefoldTsp.Config.lateAcceptance(), opt);
            TimefoldOutcome sa = timefold(distances, TimefoldTsp.Config.simulatedAnnealing(Math.max(1, Math.round(t0)), 4), opt);
            double chr = gap(JGraphTBaseline.CHRISTOFIDES.solve(distances, 1).length(), opt);
            double nn = gap(JGraphTBaseline.NEAREST_NEIGHBOUR_TWO_OPT.solve(distances, 1).length(), opt);
            double two = gap(JGraphTBaseline.RANDOM_TWO_OPT.solve(distances, 1).length(), opt);
            out.printf(Locale.ROOT, "%-9s %5d %7d | %6.2f%% %6.2f%% %6.2f%% %9.2f | %8s %8s %9s | %7.2f%% %7.2f%% %7.2f%%%n", name, tsp.size(),
                    opt, median, mean, sorted[0], rate / 1e6, la.describe(), sa.describe(), la.rate(), chr, nn, two);
            out.flush();
            rows.add(new double[] {median, mean, la.gap, sa.gap, chr, nn, two});
        }
        out.printf(Locale.ROOT, "%nmean over instances: gantry median %.2f%%, mean %.2f%%; Timefold LA %.2f%%, SA %.2f%%; "
                + "JGraphT Christofides %.2f%%, NN+2-opt %.2f%%, 2-opt %.2f%% (Timefold means over completed tours)%n",
                mean(rows, 0), mean(rows, 1), mean(rows, 2), mean(rows, 3), mean(rows, 4), mean(rows, 5), mean(rows, 6));
        out.printf(Locale.ROOT, "gantry tours verified %d/%d; Timefold SA starts at Gantry's calibrated T0 with acceptedCountLimit 4; "
                + "Timefold Community samples moves uniformly (nearby selection is Enterprise-only)%n", verified, tours);
        out.flush();
    }

    /** A short solve of each kind on another instance, so class loading and JIT do not land on the first row. */
    private void warmUp() throws IOException {
        Tsp tsp = TspReader.read(data.resolve("tsp/berlin52.tsp"));
        DistanceMatrix d = DistanceMatrix.of(tsp);
        Annealer.run(TspAnnealing.of(tsp), AnnealingConfig.builder(Termination.time(Duration.ofSeconds(1))).build());
        TimefoldTsp.solve(d, TimefoldTsp.Config.lateAcceptance(), Duration.ofSeconds(2), 1);
    }

    private record TimefoldOutcome(double gap, double movesPerSecond) {
        String describe() {
            return Double.isNaN(gap) ? "unfinished" : String.format(Locale.ROOT, "%7.2f%%", gap);
        }

        String rate() {
            return Double.isNaN(movesPerSecond) ? "-" : String.format(Locale.ROOT, "%,.0f", movesPerSecond);
        }
    }

    private TimefoldOutcome timefold(DistanceMatrix distances, TimefoldTsp.Config config, long optimum) {
        try {
            TimefoldTsp.Result r = TimefoldTsp.solve(distances, config, limit, 1);
            if (!TourVerifier.verify(distances.tsp(), r.tour()).valid()) {
                throw new IllegalStateException("Timefold returned an invalid tour on " + distances.tsp().name());
            }
            return new TimefoldOutcome(gap(r.length(), optimum), r.moveEvaluationsPerSecond());
        } catch (IllegalStateException incomplete) {
            // the construction heuristic did not place every city within the limit
            return new TimefoldOutcome(Double.NaN, Double.NaN);
        }
    }

    private static double gap(double length, long optimum) {
        return 100.0 * (length - optimum) / optimum;
    }

    private static double mean(List<double[]> rows, int column) {
        return rows.stream().mapToDouble(r -> r[column]).filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN);
    }
}
