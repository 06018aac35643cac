package dev.gantry.cli.bench;

import dev.gantry.cli.family.UsageException;
import dev.gantry.cli.rcpsp.HintedModel;
import dev.gantry.heuristics.rcpsp.GenerationScheme;
import dev.gantry.heuristics.rcpsp.PriorityRule;
import dev.gantry.heuristics.rcpsp.RcpspHeuristic;
import dev.gantry.instances.rcpsp.PsplibOptima;
import dev.gantry.instances.rcpsp.PsplibSet;
import dev.gantry.instances.rcpsp.ReferenceBounds;
import dev.gantry.instances.rcpsp.SmReader;
import dev.gantry.instances.schedule.ScheduleDocument;
import dev.gantry.modeling.api.Backends;
import dev.gantry.modeling.api.SolveOptions;
import dev.gantry.modeling.api.SolveResult;
import dev.gantry.modeling.api.Status;
import dev.gantry.modeling.rcpsp.Rcpsp;
import dev.gantry.modeling.rcpsp.RcpspSchedule;
import dev.gantry.verify.rcpsp.RcpspVerifier;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * The RCPSP benchmark rows of spec scheduling §7.3 on a staged PSPLIB set (j30, j120): per instance CP-SAT (hinted with
 * the best priority-rule schedule) with status, makespan, bound and time, beside the LFT serial and parallel SGS and
 * the best of all deterministic rules; every plan verified. The summary gives, per method, the number at the optimum
 * (or at or below UB* where the optimum is open), the mean % deviation from UB* and from the critical path, and for
 * CP-SAT the number proven optimal and the total time.
 */
public final class RcpspBench {
    private static final List<RcpspHeuristic> HEURISTICS = List.of(new RcpspHeuristic(GenerationScheme.SERIAL, PriorityRule.LFT),
            new RcpspHeuristic(GenerationScheme.PARALLEL, PriorityRule.LFT));

    private final Path data;
    private final Duration limit;
    private final int workers;
    private final long seed;
    private final PrintWriter out;

    public RcpspBench(Path data, Duration limit, int workers, long seed, PrintWriter out) {
        this.data = data;
        this.limit = limit;
        this.workers = workers;
        this.seed = seed;
        this.out = out;
    }

    /** One method's makespans over the instances, for the summary. */
    private static final class Tally {
        final String name;
        int count;
        int atReference;
        double ubDeviation;
        int withUb;
        double cpmDeviation;

        Tally(String name) {
            this.name = name;
        }

        void add(long makespan, ReferenceBounds b) {
            count++;
            cpmDeviation += 100.0 * (makespan - b.criticalPath()) / b.criticalPath();
            if (b.upperBound().isPresent()) {
                long ub = b.upperBound().getAsLong();
                withUb++;
                ubDeviation += 100.0 * (makespan - ub) / ub;
                atReference += makespan <= ub ? 1 : 0;
            }
        }
    }

    public void run(String set, int limitInstances) throws IOException {
        if (!set.matches("j\\d+")) {
            throw new UsageException("--set takes a PSPLIB set folder name such as j30 or j120, got " + set);
        }
        Path folder = data.resolve("rcpsp").resolve(set);
        if (!Files.isDirectory(folder)) {
            throw new UsageException("no PSPLIB set " + folder);
        }
        PsplibSet references = PsplibSet.load(folder);
        List<String> names = instances(folder, references);
        if (limitInstances > 0 && names.size() > limitInstances) {
            names = names.subList(0, limitInstances);
        }
        String cpsatVersion = Backends.get("cpsat").version();
        out.printf(Locale.ROOT, "# rcpsp %s: %d instances, CP-SAT %s hinted with the best SGS schedule, %s per solve, %d workers, seed %d, %s, %d cores%n",
                set, names.size(), cpsatVersion, limit, workers, seed, System.getProperty("java.vm.name") + " " + Runtime.version(),
                Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "%-10s %4s %4s %5s | %6s %6s %6s | %-9s %5s %5s %7s %4s%n", "instance", "CPM", "LB", "UB*",
                "s-lft", "p-lft", "sgs", "cpsat", "Cmax", "bound", "time-s", "ok");
        out.flush();
        List<Tally> tallies = new ArrayList<>();
        HEURISTICS.forEach(h -> tallies.add(new Tally(h.id())));
        tallies.add(new Tally("best-sgs"));
        Tally cp = new Tally("cpsat");
        int proven = 0;
        int atOptimum = 0;
        int knownOptima = 0;
        int unverified = 0;
        double totalSeconds = 0;
        for (String name : names) {
            Rcpsp p = SmReader.read(folder.resolve(name + ".sm"));
            ReferenceBounds b = references.bounds(p);
            long[] heuristic = new long[HEURISTICS.size() + 1];
            for (int h = 0; h < HEURISTICS.size(); h++) {
                RcpspSchedule s = HEURISTICS.get(h).schedule(p, seed);
                unverified += verified(s, b) ? 0 : 1;
                heuristic[h] = s.makespan();
                tallies.get(h).add(s.makespan(), b);
            }
            long t = System.nanoTime();
            HintedModel hinted = HintedModel.of(p);
            heuristic[HEURISTICS.size()] = hinted.start().makespan();
            tallies.get(HEURISTICS.size()).add(hinted.start().makespan(), b);
            SolveResult r = Backends.get("cpsat").solve(hinted.model().model(),
                    hinted.hinted(SolveOptions.builder()).timeLimit(limit).workers(workers).seed(seed).build());
            double seconds = (System.nanoTime() - t) / 1e9;
            totalSeconds += seconds;
            String makespan = "-";
            boolean ok = false;
            if (r.hasSolution()) {
                RcpspSchedule s = hinted.model().decode(r.solution());
                ok = verified(s, b);
                unverified += ok ? 0 : 1;
                cp.add(s.makespan(), b);
                makespan = String.valueOf(s.makespan());
                if (b.optimumKnown()) {
                    atOptimum += s.makespan() == b.lowerBound() ? 1 : 0;
                }
            }
            knownOptima += b.optimumKnown() ? 1 : 0;
            proven += r.status() == Status.OPTIMAL ? 1 : 0;
            out.printf(Locale.ROOT, "%-10s %4d %4d %5s | %6d %6d %6d | %-9s %5s %5s %7.2f %4s%n", name, b.criticalPath(), b.lowerBound(),
                    b.upperBound().isPresent() ? String.valueOf(b.upperBound().getAsLong()) : "-", heuristic[0], heuristic[1], heuristic[2],
                    r.status().name(), makespan, r.bestBound().isPresent() ? String.valueOf(r.bestBound().getAsLong()) : "-", seconds,
                    ok ? "yes" : "NO");
            out.flush();
        }
        out.println();
        out.printf(Locale.ROOT, "%-12s %9s %12s %12s%n", "method", "<=UB*", "mean dev UB*", "mean dev CPM");
        for (Tally tally : tallies) {
            summary(tally);
        }
        summary(cp);
        out.printf(Locale.ROOT, "cpsat: %d of %d at the known optimum (%d with a known optimum), %d proven optimal, %d with a plan, total %.1f s%n",
                atOptimum, names.size(), knownOptima, proven, cp.count, totalSeconds);
        out.printf(Locale.ROOT, "plans failing verification: %d%n", unverified);
        out.flush();
    }

    private void summary(Tally t) {
        out.printf(Locale.ROOT, "%-12s %4d/%-4d %11.2f%% %11.2f%%%n", t.name, t.atReference, t.withUb,
                t.withUb == 0 ? Double.NaN : t.ubDeviation / t.withUb, t.count == 0 ? Double.NaN : t.cpmDeviation / t.count);
    }

    private static boolean verified(RcpspSchedule s, ReferenceBounds b) {
        return RcpspVerifier.verify(s.instance(), ScheduleDocument.ofRcpsp(s, null, null), OptionalLong.of(b.lowerBound())).valid();
    }

    /** The instances in {@code optimum.csv} order when it is there, else the {@code .sm} files by (parameter, instance). */
    private static List<String> instances(Path folder, PsplibSet references) throws IOException {
        if (references.optima().isPresent()) {
            return references.optima().get().all().values().stream().map(PsplibOptima.Entry::instance).toList();
        }
        try (var files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("j\\d+_\\d+\\.sm") && !n.endsWith("hrs.sm"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList();
        }
    }
}
