package dev.gantry.modeling.rcpsp;

/**
 * The CPM passes of an RCPSP without resources: earliest starts (forward pass) and latest finishes for the
 * deadline = the critical-path length (backward pass). The length is the classic makespan lower bound and the
 * deadline of the LFT and LST priority rules (spec §2.4).
 */
public final class CriticalPath {
    private final long[] earliestStart;
    private final long[] latestFinish;
    private final long length;

    private CriticalPath(long[] earliestStart, long[] latestFinish, long length) {
        this.earliestStart = earliestStart;
        this.latestFinish = latestFinish;
        this.length = length;
    }

    static CriticalPath of(Rcpsp p) {
        int n = p.jobCount();
        int[] order = p.topologicalOrder();
        long[] es = new long[n];
        long length = 0;
        for (int i : order) {
            long end = es[i] + p.job(i).duration();
            length = Math.max(length, end);
            for (int s : p.job(i).successors()) {
                es[s] = Math.max(es[s], end);
            }
        }
        long[] lf = new long[n];
        java.util.Arrays.fill(lf, length);
        for (int k = n - 1; k >= 0; k--) {
            int i = order[k];
            for (int s : p.job(i).successors()) {
                lf[i] = Math.min(lf[i], lf[s] - p.job(s).duration());
            }
        }
        return new CriticalPath(es, lf, length);
    }

    /** The critical-path length: no schedule is shorter. */
    public long length() {
        return length;
    }

    public long earliestStart(int job) {
        return earliestStart[job];
    }

    public long latestFinish(int job) {
        return latestFinish[job];
    }
}
