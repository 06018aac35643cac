package dev.gantry.modeling.construction;

import dev.gantry.modeling.api.Constraints;
import dev.gantry.modeling.api.IntVar;
import dev.gantry.modeling.api.LinExpr;
import dev.gantry.modeling.api.ModelBuilder;

/**
 * Calendar-day lags, exactly. A reference point is a working-day index: a start S stands for the morning of day S
 * (calendar offset {@code cal(S)}), an end E for the morning after day E−1 ({@code cal(E−1) + 1}; 0 for E = 0). A lag
 * of L calendar days from point p to point q then says {@code off(q) ≥ off(p) + L}; since both offsets are monotone,
 * this is {@code q ≥ G[p]} with {@code G[p]} the first index whose offset is far enough, one Element lookup per
 * relation into a precomputed table over 0 … horizon (a max lag U: {@code q ≤ H[p]}, the last index close enough).
 * Keeping the lookup in working-day indices lets the solver propagate it like any precedence.
 */
final class CalendarPoints {
    private final long[] startOffsets;
    private final long[] endOffsets;

    CalendarPoints(Project project, long horizon) {
        int n = Math.toIntExact(horizon + 1);
        // one day past the horizon, so every lookup below has an answer inside the table or just past it
        this.startOffsets = project.calendar().calendarOffsets(project.start(), n + 1);
        this.endOffsets = new long[n + 1];
        for (int t = 1; t <= n; t++) {
            endOffsets[t] = startOffsets[t - 1] + 1;
        }
    }

    /** {@code q ≥ G[p]}: the least index q (a start or an end as {@code toEnd}) at least {@code lag} calendar days after p. */
    IntVar earliest(ModelBuilder m, String name, LinExpr p, boolean fromEnd, boolean toEnd, long lag) {
        return lookup(m, name, p, earliestTable(fromEnd, toEnd, lag));
    }

    /** {@code G} over the points 0 … horizon: entry p is the least q at least {@code lag} calendar days after p (monotone). */
    long[] earliestTable(boolean fromEnd, boolean toEnd, long lag) {
        long[] from = fromEnd ? endOffsets : startOffsets;
        long[] to = toEnd ? endOffsets : startOffsets;
        int n = from.length - 1;
        long[] table = new long[n];
        int q = 0;
        for (int i = 0; i < n; i++) {
            while (q < n && to[q] < from[i] + lag) {
                q++;
            }
            table[i] = q;
        }
        return table;
    }

    /** {@code q ≤ H[p]}: the greatest index q at most {@code maxLag} calendar days after p (−1 when none is). */
    IntVar latest(ModelBuilder m, String name, LinExpr p, boolean fromEnd, boolean toEnd, long maxLag) {
        return lookup(m, name, p, latestTable(fromEnd, toEnd, maxLag));
    }

    /** {@code H} over the points 0 … horizon: entry p is the greatest q at most {@code maxLag} calendar days after p. */
    long[] latestTable(boolean fromEnd, boolean toEnd, long maxLag) {
        long[] from = fromEnd ? endOffsets : startOffsets;
        long[] to = toEnd ? endOffsets : startOffsets;
        int n = from.length - 1;
        long[] table = new long[n];
        int q = -1;
        for (int i = 0; i < n; i++) {
            while (q + 1 <= n && to[q + 1] <= from[i] + maxLag) {
                q++;
            }
            table[i] = q;
        }
        return table;
    }

    private static IntVar lookup(ModelBuilder m, String name, LinExpr index, long[] table) {
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        for (long v : table) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        IntVar v = m.intVar(name, lo, hi);
        m.add(Constraints.element(index, table, v));
        return v;
    }
}
