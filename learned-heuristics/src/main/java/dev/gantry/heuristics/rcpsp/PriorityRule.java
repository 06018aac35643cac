package dev.gantry.heuristics.rcpsp;

import dev.gantry.modeling.rcpsp.CriticalPath;
import dev.gantry.modeling.rcpsp.Rcpsp;
import java.util.BitSet;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The priority rules of spec §2.4 (Kolisch 1996). Each gives every job a key, smaller first; the schedule generation
 * schemes break ties by the lowest job number.
 */
public enum PriorityRule {
    /** Latest finish time from the backward CPM pass, deadline = the critical-path length. */
    LFT,
    /** Latest start time: LFT minus the duration. */
    LST,
    /** Most total successors (all jobs reachable by arcs). */
    MTS,
    /** Greatest rank positional weight: the duration plus the durations of the direct successors. */
    GRPW,
    /** Uniformly random keys drawn from the seed. */
    RANDOM;

    /** The rule's name in engine ids: {@code lft}, {@code lst}, {@code mts}, {@code grpw}, {@code random}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The key of every job (by index); only {@link #RANDOM} uses {@code seed}. */
    public long[] keys(Rcpsp p, long seed) {
        int n = p.jobCount();
        long[] keys = new long[n];
        switch (this) {
            case LFT, LST -> {
                CriticalPath cpm = p.criticalPath();
                for (int i = 0; i < n; i++) {
                    keys[i] = cpm.latestFinish(i) - (this == LST ? p.job(i).duration() : 0);
                }
            }
            case MTS -> {
                BitSet[] reach = new BitSet[n];
                int[] order = p.topologicalOrder();
                for (int k = n - 1; k >= 0; k--) {
                    int i = order[k];
                    reach[i] = new BitSet(n);
                    for (int s : p.job(i).successors()) {
                        reach[i].set(s);
                        reach[i].or(reach[s]);
                    }
                }
                for (int i = 0; i < n; i++) {
                    keys[i] = -reach[i].cardinality();
                }
            }
            case GRPW -> {
                for (int i = 0; i < n; i++) {
                    long weight = p.job(i).duration();
                    for (int s : p.job(i).successors()) {
                        weight += p.job(s).duration();
                    }
                    keys[i] = -weight;
                }
            }
            case RANDOM -> {
                SplittableRandom random = new SplittableRandom(seed);
                for (int i = 0; i < n; i++) {
                    keys[i] = random.nextLong();
                }
            }
        }
        return keys;
    }
}
