package dev.gantry.cli.bench;

import dev.gantry.heuristics.dag.Heft;
import dev.gantry.instances.dag.CanonicalDag;
import dev.gantry.instances.dag.DagGenerator;
import dev.gantry.modeling.api.Backends;
import dev.gantry.modeling.api.SolveOptions;
import dev.gantry.modeling.api.SolveResult;
import dev.gantry.modeling.api.Status;
import dev.gantry.modeling.dag.Dag;
import dev.gantry.modeling.dag.DagModel;
import dev.gantry.modeling.dag.DagSchedule;
import dev.gantry.verify.dag.DagVerifier;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Spec scheduling §7.3, "HEFT": seeded random DAGs (instance i has seed {@code seed + i}); per DAG the HEFT makespan,
 * then CP-SAT on the exact model with HEFT's plan as hint and its makespan as horizon; the ratio is HEFT over the
 * CP-SAT optimum when proven, else over CP-SAT's best bound (so an unproven ratio overstates HEFT's gap). Both plans
 * pass the independent verifier.
 */
public final class DagBench {
    private final DagGenerator.Parameters params;
    private final Duration limit;
    private final int workers;
    private final long seed;
    private final PrintWriter out;

    public DagBench(DagGenerator.Parameters params, Duration limit, int workers, long seed, PrintWriter out) {
        this.params = params;
        this.limit = limit;
        this.workers = workers;
        this.seed = seed;
        this.out = out;
    }

    /** One DAG: HEFT's makespan, CP-SAT's best makespan, status and bound, both plans verified. */
    public record Row(String instance, long heft, long cpsat, Status status, long bound, double wallSeconds, boolean verified) {
        /** HEFT over the optimum, or over the bound when optimality is not proven; NaN without either. */
        public double ratio() {
            long reference = status == Status.OPTIMAL ? cpsat : bound;
            return reference > 0 ? (double) heft / reference : Double.NaN;
        }
    }

    public List<Row> run(int count, Path csv) throws IOException {
        out.printf(Locale.ROOT, "HEFT vs CP-SAT: %d DAGs of %d tasks on %d processors (alpha %s, density %s, CCR %s, beta %s, w %d), "
                + "seeds %d..%d, %s s per solve, %d workers%n", count, params.tasks(), params.processors(), params.shape(),
                params.density(), params.ccr(), params.heterogeneity(), params.meanCost(), seed, seed + count - 1,
                limit.toMillis() / 1000.0, workers);
        out.printf(Locale.ROOT, "%-24s %6s %6s %-9s %6s %7s %6s %s%n", "instance", "HEFT", "CP-SAT", "status", "bound", "ratio", "wall", "verified");
        // one unreported solve first, so loading the native solver does not eat the first DAG's time limit
        one(CanonicalDag.topcuoglu2002());
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Row row = one(DagGenerator.generate(params, seed + i));
            rows.add(row);
            out.printf(Locale.ROOT, "%-24s %6d %6d %-9s %6d %7.4f %6.2f %s%n", row.instance(), row.heft(), row.cpsat(), row.status(),
                    row.bound(), row.ratio(), row.wallSeconds(), row.verified() ? "yes" : "NO");
            out.flush();
        }
        double[] ratios = rows.stream().mapToDouble(Row::ratio).filter(Double::isFinite).sorted().toArray();
        if (ratios.length == 0) {
            out.println("no ratio: CP-SAT gave neither an optimum nor a bound");
            return rows;
        }
        double median = ratios.length % 2 == 1 ? ratios[ratios.length / 2] : (ratios[ratios.length / 2 - 1] + ratios[ratios.length / 2]) / 2;
        out.printf(Locale.ROOT, "ratio HEFT / CP-SAT (optimum or bound): mean %.4f, median %.4f, max %.4f; proven optimal %d/%d; "
                + "HEFT optimal %d; all plans verified: %s%n", Arrays.stream(ratios).average().orElse(Double.NaN), median,
                ratios[ratios.length - 1], rows.stream().filter(r -> r.status() == Status.OPTIMAL).count(), rows.size(),
                rows.stream().filter(r -> r.status() == Status.OPTIMAL && r.heft() == r.cpsat()).count(),
                rows.stream().allMatch(Row::verified) ? "yes" : "NO");
        out.flush();
        if (csv != null) {
            StringBuilder sb = new StringBuilder("instance,heft,cpsat,status,bound,ratio,wall_s,verified\n");
            rows.forEach(r -> sb.append(String.format(Locale.ROOT, "%s,%d,%d,%s,%d,%.6f,%.3f,%s%n", r.instance(), r.heft(), r.cpsat(),
                    r.status(), r.bound(), r.ratio(), r.wallSeconds(), r.verified())));
            Files.writeString(csv, sb);
        }
        return rows;
    }

    Row one(Dag dag) {
        DagSchedule heft = Heft.schedule(dag);
        DagModel model = DagModel.compile(dag, Optional.of(heft));
        SolveResult r = Backends.get("cpsat").solve(model.model(), SolveOptions.builder().workers(workers).seed(1)
                .timeLimit(limit).hint(model.hint(heft)).build());
        boolean verified = DagVerifier.verify(heft).valid();
        long cpsat = heft.makespan();
        if (r.hasSolution()) {
            DagSchedule plan = model.decode(r.solution());
            verified &= DagVerifier.verify(plan).valid();
            cpsat = plan.makespan();
        }
        // without a solution the HEFT plan stands (it is feasible for the model) and the status says so
        long bound = r.bestBound().isPresent() ? r.bestBound().getAsLong() : 0;
        return new Row(dag.name(), heft.makespan(), cpsat, r.status(), bound, r.wallTime().toMillis() / 1000.0, verified);
    }
}
