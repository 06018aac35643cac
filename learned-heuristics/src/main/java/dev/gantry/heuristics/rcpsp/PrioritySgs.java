package dev.gantry.heuristics.rcpsp;

import dev.gantry.modeling.rcpsp.Rcpsp;
import dev.gantry.modeling.rcpsp.RcpspSchedule;
import dev.gantry.modeling.rcpsp.SerialSgs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Priority-rule heuristics for the RCPSP (spec §2.4): a serial or parallel schedule generation scheme driven by job
 * keys, smaller first, ties to the lowest job number. The serial scheme turns the keys into an activity list
 * ({@link SerialSgs#activityList}) and decodes it with {@link SerialSgs}.
 */
public final class PrioritySgs {
    private PrioritySgs() {
    }

    /** The schedule of one scheme and rule; {@code seed} matters only for {@link PriorityRule#RANDOM}. */
    public static RcpspSchedule schedule(Rcpsp p, GenerationScheme scheme, PriorityRule rule, long seed) {
        long[] keys = rule.keys(p, seed);
        return switch (scheme) {
            case SERIAL -> new SerialSgs(p).schedule(SerialSgs.activityList(p, keys));
            case PARALLEL -> parallel(p, keys);
        };
    }

    /**
     * The best schedule of both schemes under every deterministic rule (the CP model's hint, spec §2.3); ties keep
     * the first in scheme, then rule order.
     */
    public static RcpspSchedule best(Rcpsp p) {
        RcpspSchedule best = null;
        for (GenerationScheme scheme : GenerationScheme.values()) {
            for (PriorityRule rule : PriorityRule.values()) {
                if (rule != PriorityRule.RANDOM) {
                    RcpspSchedule s = schedule(p, scheme, rule, 0);
                    if (best == null || s.makespan() < best.makespan()) {
                        best = s;
                    }
                }
            }
        }
        return best;
    }

    /**
     * The parallel scheme: at each decision time t, the unscheduled jobs whose predecessors have all finished by t
     * start in key order when they fit the capacity left at t; a zero-duration job started at t finishes at t, so the
     * step repeats at t until none is started; then t advances to the next finish time.
     */
    static RcpspSchedule parallel(Rcpsp p, long[] keys) {
        int n = p.jobCount();
        int resources = p.resourceCount();
        List<List<Integer>> preds = p.predecessors();
        long[] start = new long[n];
        boolean[] scheduled = new boolean[n];
        int count = 0;
        long t = 0;
        Comparator<Integer> order = byKey(keys);
        while (count < n) {
            boolean zeroStarted;
            do {
                zeroStarted = false;
                long[] free = new long[resources];
                for (int k = 0; k < resources; k++) {
                    free[k] = p.capacity(k);
                }
                List<Integer> eligible = new ArrayList<>();
                for (int j = 0; j < n; j++) {
                    if (scheduled[j]) {
                        if (start[j] <= t && t < start[j] + p.job(j).duration()) {
                            for (int k = 0; k < resources; k++) {
                                free[k] -= p.job(j).demand(k);
                            }
                        }
                    } else if (finishedBy(preds.get(j), scheduled, start, p, t)) {
                        eligible.add(j);
                    }
                }
                eligible.sort(order);
                for (int j : eligible) {
                    if (fits(p, j, free)) {
                        start[j] = t;
                        scheduled[j] = true;
                        count++;
                        for (int k = 0; k < resources; k++) {
                            free[k] -= p.job(j).demand(k);
                        }
                        zeroStarted |= p.job(j).duration() == 0;
                    }
                }
            } while (zeroStarted);
            long next = Long.MAX_VALUE;
            for (int j = 0; j < n; j++) {
                long end = start[j] + p.job(j).duration();
                if (scheduled[j] && end > t) {
                    next = Math.min(next, end);
                }
            }
            if (count < n && next == Long.MAX_VALUE) {
                throw new IllegalStateException("parallel SGS stalled at t = " + t + " on " + p.name());
            }
            t = next;
        }
        return RcpspSchedule.of(p, start);
    }

    private static boolean finishedBy(List<Integer> preds, boolean[] scheduled, long[] start, Rcpsp p, long t) {
        for (int i : preds) {
            if (!scheduled[i] || start[i] + p.job(i).duration() > t) {
                return false;
            }
        }
        return true;
    }

    private static boolean fits(Rcpsp p, int job, long[] free) {
        for (int k = 0; k < free.length; k++) {
            if (p.job(job).demand(k) > free[k]) {
                return false;
            }
        }
        return true;
    }

    private static Comparator<Integer> byKey(long[] keys) {
        return Comparator.<Integer>comparingLong(j -> keys[j]).thenComparingInt(j -> j);
    }
}
