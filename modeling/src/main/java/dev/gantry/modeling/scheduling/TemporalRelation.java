package dev.gantry.modeling.scheduling;

import dev.gantry.modeling.api.IntervalVar;
import dev.gantry.modeling.api.LinExpr;
import dev.gantry.modeling.api.Linear;
import java.util.OptionalLong;

/**
 * A generalised precedence (spec scheduling §3): {@code type} with minimum lag {@code minLag} (may be negative) and
 * optionally a maximum lag on the same reference points ("at most {@code maxLag} after"), posted in {@code group}
 * ({@code lag/<pred>-><succ>} by default).
 */
public record TemporalRelation(String pred, String succ, RelationType type, long minLag, OptionalLong maxLag, String group) {
    public TemporalRelation {
        if (maxLag.isPresent() && maxLag.getAsLong() < minLag) {
            throw new IllegalArgumentException("relation " + pred + " -> " + succ + ": max lag " + maxLag.getAsLong()
                    + " below min lag " + minLag);
        }
    }

    /** The default group name of spec §0: {@code lag/<pred>-><succ>}. */
    public static String groupOf(String pred, String succ) {
        return "lag/" + pred + "->" + succ;
    }

    /** δ of the minimum lag: {@code S_succ ≥ S_pred + δ}. */
    public long minDelta(long dPred, long dSucc) {
        return type.delta(dPred, dSucc, minLag);
    }

    /** The weight of the reverse edge succ→pred of the maximum lag, {@code −δ(U)}: {@code S_pred ≥ S_succ − δ(U)}. */
    public OptionalLong maxReverseWeight(long dPred, long dSucc) {
        return maxLag.isPresent() ? OptionalLong.of(-type.delta(dPred, dSucc, maxLag.getAsLong())) : OptionalLong.empty();
    }

    /** The minimum lag as one IR constraint over the two intervals' starts and ends. */
    public Linear minConstraint(IntervalVar p, IntervalVar s) {
        return to(s).ge(from(p).plus(minLag));
    }

    /** The maximum lag as one IR constraint; call only when {@link #maxLag} is present. */
    public Linear maxConstraint(IntervalVar p, IntervalVar s) {
        return to(s).le(from(p).plus(maxLag.orElseThrow()));
    }

    private LinExpr from(IntervalVar p) {
        return type.fromEnd() ? p.end() : p.start();
    }

    private LinExpr to(IntervalVar s) {
        return type.toEnd() ? s.end() : s.start();
    }

    /** {@code A FS+2 B}, {@code A SS+0..5 B}: the relation as a report shows it. */
    public String describe() {
        String lags = (minLag >= 0 ? "+" : "") + minLag + (maxLag.isPresent() ? ".." + maxLag.getAsLong() : "");
        return pred + " " + type + lags + " " + succ;
    }
}
