package dev.gantry.modeling.smtt;

import dev.gantry.modeling.api.Constraints;
import dev.gantry.modeling.api.Hint;
import dev.gantry.modeling.api.IntVar;
import dev.gantry.modeling.api.IntervalVar;
import dev.gantry.modeling.api.LinExpr;
import dev.gantry.modeling.api.Model;
import dev.gantry.modeling.api.ModelBuilder;
import dev.gantry.modeling.api.Solution;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CP model of 1||ΣwjTj through the DSL (spec smtt §4.3), for comparison with the exact solvers:
 * <ul>
 * <li>per job j one fixed-size interval {@code J<j>} of length p_j with start {@code J<j>.start} in [0, P − p_j],
 * P = Σp;</li>
 * <li>one NoOverlap over all intervals, in group {@code machine};</li>
 * <li>{@code tardiness/J<j>} = max(0, end_j − d_j) with domain [max(0, p_j − d_j), max(0, P − d_j)] (due dates may
 * be negative);</li>
 * <li>{@code totalWeightedTardiness} = Σ w_j·T_j, minimised.</li>
 * </ul>
 * Idle time is allowed by the model but never helps, so an optimal schedule decodes (by start order) to a sequence of
 * the same value; a feasible one decodes to a sequence whose back-to-back value is no worse.
 */
public final class TardinessModel {
    public static final String OBJECTIVE = "totalWeightedTardiness";

    private final SingleMachineTardiness instance;
    private final Model model;
    private final List<IntervalVar> intervals;
    private final List<IntVar> tardiness;
    private final IntVar objective;

    private TardinessModel(SingleMachineTardiness instance, Model model, List<IntervalVar> intervals, List<IntVar> tardiness,
                           IntVar objective) {
        this.instance = instance;
        this.model = model;
        this.intervals = intervals;
        this.tardiness = tardiness;
        this.objective = objective;
    }

    public static TardinessModel compile(SingleMachineTardiness instance) {
        int n = instance.size();
        long total = 0;
        for (int j = 0; j < n; j++) {
            total += instance.processing(j);
        }
        ModelBuilder m = Model.builder(instance.name(), 2 * n + 1);
        List<IntervalVar> iv = new ArrayList<>(n);
        List<IntVar> tardy = new ArrayList<>(n);
        List<LinExpr> weighted = new ArrayList<>(n);
        long objLo = 0;
        long objHi = 0;
        for (int j = 0; j < n; j++) {
            long p = instance.processing(j);
            long d = instance.dueDate(j);
            IntervalVar job = m.interval(id(j)).start(0, total - p).size(p).build();
            iv.add(job);
            long lo = Math.max(0, p - d);
            long hi = Math.max(0, total - d);
            IntVar t = m.intVar("tardiness/" + id(j), lo, hi);
            m.add(Constraints.maxOf(t, job.end().minus(d), LinExpr.constant(0)));
            tardy.add(t);
            weighted.add(t.expr().times(instance.weight(j)));
            objLo = Math.addExact(objLo, Math.multiplyExact(lo, instance.weight(j)));
            objHi = Math.addExact(objHi, Math.multiplyExact(hi, instance.weight(j)));
        }
        if (n > 0) {
            m.group("machine").label("The machine runs one job at a time").add(Constraints.noOverlap(iv));
        }
        IntVar obj = m.intVar(OBJECTIVE, objLo, objHi);
        m.add(obj.eq(LinExpr.sum(weighted)));
        m.minimize(obj);
        return new TardinessModel(instance, m.build(), List.copyOf(iv), List.copyOf(tardy), obj);
    }

    static String id(int job) {
        return "J" + job;
    }

    public SingleMachineTardiness instance() {
        return instance;
    }

    public Model model() {
        return model;
    }

    public IntervalVar interval(int job) {
        return intervals.get(job);
    }

    public IntVar tardiness(int job) {
        return tardiness.get(job);
    }

    /** The objective variable {@code totalWeightedTardiness}. */
    public IntVar objective() {
        return objective;
    }

    /** The jobs ordered by their start in the solution (ties, impossible under NoOverlap with p ≥ 1, by job id). */
    public JobSequence decode(Solution solution) {
        int n = instance.size();
        long[] start = new long[n];
        Integer[] jobs = new Integer[n];
        for (int j = 0; j < n; j++) {
            start[j] = solution.start(intervals.get(j));
            jobs[j] = j;
        }
        Arrays.sort(jobs, Comparator.<Integer>comparingLong(j -> start[j]).thenComparingInt(j -> j));
        return new JobSequence(Arrays.stream(jobs).mapToInt(Integer::intValue).toArray());
    }

    /**
     * A complete warm start from a sequence of this instance: back-to-back starts, each job's tardiness and the total.
     * The sequence must be a permutation of the jobs.
     */
    public Hint hint(JobSequence sequence) {
        int n = instance.size();
        int[] order = sequence.order();
        boolean[] seen = new boolean[n];
        if (order.length != n) {
            throw new IllegalArgumentException("hint for " + instance.name() + ": sequence lists " + order.length + " jobs, instance has " + n);
        }
        for (int job : order) {
            if (job < 0 || job >= n || seen[job]) {
                throw new IllegalArgumentException("hint for " + instance.name() + ": " + sequence + " is not a permutation of 0.." + (n - 1));
            }
            seen[job] = true;
        }
        Map<String, Long> values = new LinkedHashMap<>();
        long time = 0;
        long sum = 0;
        long[] starts = new long[n];
        long[] tard = new long[n];
        for (int job : order) {
            starts[job] = time;
            time += instance.processing(job);
            tard[job] = Math.max(0, time - instance.dueDate(job));
            sum += instance.weight(job) * tard[job];
        }
        for (int j = 0; j < n; j++) {
            values.put(id(j) + ".start", starts[j]);
        }
        for (int j = 0; j < n; j++) {
            values.put(tardiness.get(j).name(), tard[j]);
        }
        values.put(objective.name(), sum);
        return Hint.of(values);
    }
}
