package dev.gantry.cli.bench;

import dev.gantry.cli.evaluate.SmttEvaluation;
import dev.gantry.heuristics.evaluation.EvaluationReport;
import dev.gantry.heuristics.evaluation.HeuristicEvaluation;
import dev.gantry.heuristics.evaluation.HeuristicEvaluation.Case;
import dev.gantry.heuristics.smtt.SequencingHeuristic;
import dev.gantry.heuristics.smtt.SmttHeuristics;
import dev.gantry.instances.smtt.SmttCase;
import dev.gantry.modeling.smtt.JobSequence;
import dev.gantry.modeling.smtt.SingleMachineTardiness;
import dev.gantry.verify.smtt.SequenceVerifier;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The single-machine tardiness table of spec smtt §7: per method on {@code smtt_n20_800} and {@code smtt_n100_200}
 * the paper's average and maximum gap (100·(H − OPT)/OPT over the instances with OPT > 0), the count of optima,
 * and the mean and maximum time per instance, beside the paper's published averages; then, on OR-Library wt40 and
 * wt50, how many listed values each method matches. The gaps and counts come from the evaluation harness
 * ({@link HeuristicEvaluation}) that {@code gantry evaluate} uses too; every sequence is verified independently. The local search
 * stops at the stored optimum (its times are times to target) within 50 ms (n ≤ 20), 0.2 s (n ≤ 100) or 1 s.
 */
public final class SmttBench {
    /** arXiv 2510.24013, Tables 2 and 4–6: average gap (%), optima, for n = 20 and n = 100 (EDD as a stable sort gives it). */
    private static final Map<String, double[]> PAPER = Map.of("edd", new double[] {46.48, 196, 59.55, 50},
            "eddc", new double[] {12.83, 224, 28.12, 50}, "mdd", new double[] {1.86, 517, 1.81, 70},
            "mddc", new double[] {1.70, 399, 1.52, 60}, "panneerselvam", new double[] {411.49, 11, 3433.60, 0},
            "psk", new double[] {1.77, 527, 1.79, 70}, "augmented-mdd", new double[] {1.21, 547, 1.27, 74},
            "augmented-mddc", new double[] {0.79, 559, 1.08, 75});

    private final Path data;
    private final PrintWriter out;
    private final Map<String, Function<SmttCase, JobSequence>> methods = new LinkedHashMap<>();
    private long verified;
    private long sequences;

    public SmttBench(Path data, PrintWriter out) {
        this.data = data;
        this.out = out;
        for (SmttHeuristics h : SmttHeuristics.values()) {
            methods.put(h.id(), c -> h.heuristic().sequence(c.instance()));
        }
    }

    /** A bench over generated instances only, starting with the named rules. */
    public SmttBench(PrintWriter out, String... rules) {
        this.data = null;
        this.out = out;
        for (String id : rules) {
            SequencingHeuristic h = SmttHeuristics.byId(id);
            methods.put(id, c -> h.sequence(c.instance()));
        }
    }

    /**
     * Adds a method (an exact solver, a local search) under a name; it runs after the constructive rules. It sees
     * the case, stored optimum included, so a search may stop at it (then its times are times to target).
     */
    public SmttBench with(String name, Function<SmttCase, JobSequence> method) {
        methods.put(name, method);
        return this;
    }

    public void run() throws IOException {
        out.printf(Locale.ROOT, "# single-machine total tardiness: %s %s, one thread%n", System.getProperty("java.vm.name"), Runtime.version());
        for (String set : List.of("smtt_n20_800", "smtt_n100_200")) {
            List<Case<SmttCase>> cases = SmttEvaluation.cases(data, set);
            int n = cases.get(0).instance().instance().size();
            out.printf(Locale.ROOT, "%n%s (%d instances, n = %d; gaps over the %d with OPT > 0)%n", set, cases.size(), n,
                    cases.stream().filter(c -> c.reference() > 0).count());
            out.printf(Locale.ROOT, "%-16s %9s %9s %8s %10s %10s | %11s %12s%n", "method", "avg gap%", "max gap%", "optima", "mean ms",
                    "max ms", "paper gap%", "paper optima");
            for (Map.Entry<String, Function<SmttCase, JobSequence>> m : methods.entrySet()) {
                EvaluationReport.Summary all = evaluate(m.getKey(), cases, m.getValue()).overall();
                if (all.belowReference() > 0) {
                    throw new IllegalStateException(m.getKey() + " beats a stored optimum of " + set);
                }
                double[] paper = PAPER.get(m.getKey());
                String paperGap = paper == null ? "" : String.format(Locale.ROOT, "%.2f", n == 20 ? paper[0] : paper[2]);
                String paperOptima = paper == null ? "" : String.valueOf((long) (n == 20 ? paper[1] : paper[3]));
                out.printf(Locale.ROOT, "%-16s %9.4f %9.2f %8d %10.3f %10.3f | %11s %12s%n", m.getKey(), all.meanGapPercent(),
                        all.maxGapPercent(), all.atReference(), all.meanMillis(), all.maxMillis(), paperGap, paperOptima);
                out.flush();
            }
        }
        orLibrary();
        out.printf(Locale.ROOT, "%nsequences verified: %d/%d%n", verified, sequences);
        out.flush();
    }

    private void orLibrary() throws IOException {
        out.printf(Locale.ROOT, "%nOR-Library weighted tardiness: listed values matched (of 125 each; below a listed value is reported)%n");
        out.printf(Locale.ROOT, "%-16s %6s %6s %10s%n", "method", "wt40", "wt50", "mean ms");
        List<Case<SmttCase>> cases = SmttEvaluation.cases(data, "wt40,wt50");
        for (Map.Entry<String, Function<SmttCase, JobSequence>> m : methods.entrySet()) {
            EvaluationReport report;
            try {
                report = evaluate(m.getKey(), cases, m.getValue());
            } catch (IllegalArgumentException unweightedOnly) {
                // a method for the unweighted problem only (Lawler's decomposition)
                out.printf(Locale.ROOT, "%-16s %6s %6s %10s%n", m.getKey(), "-", "-", "unweighted only");
                continue;
            }
            List<String> below = report.cases().stream().filter(r -> r.objective() < r.reference())
                    .map(r -> r.instance() + (r.optimal() ? "" : " (unproven)")).toList();
            out.printf(Locale.ROOT, "%-16s %6d %6d %10.3f%s%n", m.getKey(), report.groups().get(0).atReference(),
                    report.groups().get(1).atReference(), report.overall().meanMillis(),
                    below.isEmpty() ? "" : "  FINDING: below the listed value on " + below);
            out.flush();
        }
    }

    /** One method through the evaluation harness; every sequence must pass the verifier (an invalid one is a bug here). */
    private EvaluationReport evaluate(String name, List<Case<SmttCase>> cases, Function<SmttCase, JobSequence> method) {
        EvaluationReport report = HeuristicEvaluation.evaluate(name, cases, method, SmttEvaluation::verdict);
        sequences += report.overall().cases();
        verified += report.overall().verified();
        report.cases().stream().filter(r -> !r.verified()).findFirst().ifPresent(r -> {
            throw new IllegalStateException("invalid sequence of " + name + " for " + r.instance() + ": " + r.violation());
        });
        return report;
    }

    /**
     * Generated instances, class by class: every method's mean gap to the best value any method found (the exact
     * one where it applies) and its mean and maximum time per instance.
     */
    public void runGenerated(List<SmttCase> cases, int perClass) {
        int n = cases.get(0).instance().size();
        out.printf(Locale.ROOT, "# generated: %d instances of %d jobs, %d per class; %s %s, one thread%n", cases.size(), n, perClass,
                System.getProperty("java.vm.name"), Runtime.version());
        out.printf(Locale.ROOT, "%5s %5s |", "RDD", "TF");
        methods.keySet().forEach(m -> out.printf(Locale.ROOT, " %24s", m + " gap% mean/max s"));
        out.println();
        for (int from = 0; from < cases.size(); from += perClass) {
            List<SmttCase> group = cases.subList(from, Math.min(cases.size(), from + perClass));
            Map<String, long[]> values = new LinkedHashMap<>();
            Map<String, double[]> times = new LinkedHashMap<>();
            for (Map.Entry<String, Function<SmttCase, JobSequence>> m : methods.entrySet()) {
                long[] v = new long[group.size()];
                double[] t = new double[group.size()];
                for (int i = 0; i < group.size(); i++) {
                    long t0 = System.nanoTime();
                    JobSequence s;
                    try {
                        s = m.getValue().apply(group.get(i));
                    } catch (IllegalArgumentException unweightedOnly) {
                        v = null;
                        break;
                    }
                    t[i] = (System.nanoTime() - t0) / 1e9;
                    v[i] = check(group.get(i).instance(), s);
                }
                if (v != null) {
                    values.put(m.getKey(), v);
                    times.put(m.getKey(), t);
                }
            }
            long[] best = new long[group.size()];
            java.util.Arrays.fill(best, Long.MAX_VALUE);
            values.values().forEach(v -> {
                for (int i = 0; i < v.length; i++) {
                    best[i] = Math.min(best[i], v[i]);
                }
            });
            out.printf(Locale.ROOT, "%5.1f %5.1f |", group.get(0).rdd(), group.get(0).tf());
            for (String m : methods.keySet()) {
                if (!values.containsKey(m)) {
                    out.printf(Locale.ROOT, " %24s", "-");
                    continue;
                }
                double gap = 0;
                int positive = 0;
                for (int i = 0; i < best.length; i++) {
                    if (best[i] > 0) {
                        gap += HeuristicEvaluation.gapPercent(values.get(m)[i], best[i]);
                        positive++;
                    }
                }
                double[] t = times.get(m);
                out.printf(Locale.ROOT, " %8.3f %7.3f %7.3f", positive == 0 ? 0 : gap / positive, java.util.Arrays.stream(t).average().orElse(0),
                        java.util.Arrays.stream(t).max().orElse(0));
            }
            out.println();
            out.flush();
        }
        out.printf(Locale.ROOT, "sequences verified: %d/%d%n", verified, sequences);
        out.flush();
    }

    private long check(SingleMachineTardiness instance, JobSequence sequence) {
        sequences++;
        long value = SequenceVerifier.tardinessOf(instance, sequence);
        verified++;
        return value;
    }
}
