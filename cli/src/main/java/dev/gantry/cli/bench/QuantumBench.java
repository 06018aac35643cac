package dev.gantry.cli.bench;

import dev.gantry.cli.family.UsageException;
import dev.gantry.cp.quantum.QuantumCp;
import dev.gantry.cp.quantum.QuantumCpOptions;
import dev.gantry.cp.quantum.QuantumCpResult;
import dev.gantry.heuristics.quantum.QuantumHeuristic;
import dev.gantry.instances.quantum.QuantumReader;
import dev.gantry.modeling.api.Backends;
import dev.gantry.modeling.api.SolveOptions;
import dev.gantry.modeling.api.SolveResult;
import dev.gantry.modeling.quantum.QuantumInstance;
import dev.gantry.modeling.quantum.QuantumMetrics;
import dev.gantry.modeling.quantum.QuantumSchedule;
import dev.gantry.modeling.quantum.ScheduleMode;
import dev.gantry.verify.quantum.QuantumCheckOptions;
import dev.gantry.verify.quantum.QuantumVerifier;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The quantum table of spec §3.1/§5.2 on the three staged instances: per scheduler (the three [LS] heuristics, then
 * cpsat-rigid and cpsat-flexible warm-started from RCPSP-NP-EDF) the accepted count, throughput, worst response,
 * worst jitter, time, status and whether the schedule passed the verifier (shared-qubit V8 for rigid schedules, strict
 * for flexible ones). For the CP engines, {@code proven} lists the objective stages proven optimal (rate, response,
 * jitter), beside the §3.1 reference optimum of the rigid model.
 */
public final class QuantumBench {
    private static final String DIR = "quantum/linkscheduling_derived";

    /** A staged instance and its §3.1 reference rigid optimum (accepted rate in ebit/s, min. max response in s). */
    private record Staged(String file, double optimumRate, double optimumResponse) {
    }

    private static final List<Staged> STAGED = List.of(new Staged("instance_star_F0.7_L10_s1.json", 6.25, 0.11),
            new Staged("instance_line_F0.8_L10_s4.json", 9.765625, 2.10), new Staged("instance_H_F0.7_L20_s2.json", 10.9375, 0.84));
    private static final String[] STAGES = {"rate", "resp", "jitter"};

    private final Path data;
    private final Duration limit;
    private final int workers;
    private final long seed;
    private final PrintWriter out;

    public QuantumBench(Path data, Duration limit, int workers, long seed, PrintWriter out) {
        this.data = data;
        this.limit = limit;
        this.workers = workers;
        this.seed = seed;
        this.out = out;
    }

    public void run() throws IOException {
        Path folder = data.resolve(DIR);
        if (!Files.isDirectory(folder)) {
            throw new UsageException("no staged quantum instances in " + folder);
        }
        out.printf(Locale.ROOT, "# quantum: %d staged instances; CP-SAT %s, %s per solve, %d workers, seed %d, %s, %d cores%n",
                STAGED.size(), Backends.get("cpsat").version(), limit, workers, seed,
                System.getProperty("java.vm.name") + " " + Runtime.version(), Runtime.getRuntime().availableProcessors());
        int failures = 0;
        for (Staged staged : STAGED) {
            QuantumInstance q = QuantumReader.read(folder.resolve(staged.file()));
            out.printf(Locale.ROOT, "%n## %s (%d demands); §3.1 rigid optimum %.6f ebit/s, min. max response %.2f s%n", q.name(),
                    q.demands().size(), staged.optimumRate(), staged.optimumResponse());
            out.printf(Locale.ROOT, "%-15s %8s %11s %9s %11s %8s %-9s %-17s %8s%n", "scheduler", "accepted", "throughput",
                    "max-resp", "max-jitter", "time-s", "status", "proven", "verified");
            out.flush();
            QuantumSchedule hint = null;
            for (QuantumHeuristic h : QuantumHeuristic.values()) {
                long t = System.nanoTime();
                QuantumSchedule s = h.admit(q);
                double seconds = (System.nanoTime() - t) / 1e9;
                hint = h == QuantumHeuristic.RCPSP_NP_EDF ? s : hint;
                failures += row(q, h.id(), s, seconds, "HEURISTIC", "-") ? 0 : 1;
            }
            for (ScheduleMode mode : ScheduleMode.values()) {
                String engine = mode == ScheduleMode.RIGID ? "cpsat-rigid" : "cpsat-flexible";
                long t = System.nanoTime();
                QuantumCpResult r = QuantumCp.solve(q, mode, QuantumCpOptions.DEFAULT,
                        SolveOptions.builder().timeLimit(limit).workers(workers).seed(seed).build(), Optional.of(hint));
                double seconds = (System.nanoTime() - t) / 1e9;
                if (r.schedule().isEmpty()) {
                    out.printf(Locale.ROOT, "%-15s %8s %11s %9s %11s %8.2f %-9s %-17s %8s%n", engine, "-", "-", "-", "-", seconds,
                            r.result().status(), "-", "-");
                    continue;
                }
                failures += row(q, engine, r.schedule().get(), seconds, r.result().status().name(), proven(r.result())) ? 0 : 1;
            }
        }
        out.printf(Locale.ROOT, "%nschedules failing verification: %d%n", failures);
        out.flush();
    }

    /** Prints one row; true when the schedule passed the verifier. */
    private boolean row(QuantumInstance q, String engine, QuantumSchedule s, double seconds, String status, String proven) {
        boolean ok = QuantumVerifier.verify(q, s, QuantumCheckOptions.DEFAULT).valid();
        QuantumMetrics m = s.metrics(q);
        out.printf(Locale.ROOT, "%-15s %5d/%-2d %11.6f %9.2f %11.3g %8.2f %-9s %-17s %8s%n", engine, m.acceptedCount(), q.demands().size(),
                m.throughput(), m.maxResponseTime(), m.maxJitter(), seconds, status, proven, ok ? "yes" : "NO");
        out.flush();
        return ok;
    }

    /** The objective stages whose value is proven optimal (its stage bound equals the value reached). */
    private static String proven(SolveResult r) {
        List<String> names = new ArrayList<>();
        for (int k = 0; k < r.objectives().size(); k++) {
            if (r.stageBound(k).isPresent() && r.stageBound(k).getAsLong() == r.objectives().get(k)) {
                names.add(STAGES[k]);
            }
        }
        return names.isEmpty() ? "none" : String.join("+", names);
    }
}
