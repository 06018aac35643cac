package dev.gantry.modeling.conformance;

import dev.gantry.modeling.api.BoolVar;
import dev.gantry.modeling.api.Constraint;
import dev.gantry.modeling.api.Constraints;
import dev.gantry.modeling.api.Domain;
import dev.gantry.modeling.api.Expression;
import dev.gantry.modeling.api.IntVar;
import dev.gantry.modeling.api.IntervalVar;
import dev.gantry.modeling.api.LinExpr;
import dev.gantry.modeling.api.Literal;
import dev.gantry.modeling.api.Model;
import dev.gantry.modeling.api.ModelBuilder;
import dev.gantry.modeling.api.ZeroLength;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random small models (≤ 6 integer variables, domains ≤ 8) over every constraint kind, for R21 case 2. */
final class RandomModels {
    private RandomModels() {
    }

    static Model generate(long seed) {
        Random r = new Random(seed);
        ModelBuilder m = Model.builder("random-" + seed);
        boolean withIntervals = r.nextInt(3) == 0;
        int n = withIntervals ? 2 + r.nextInt(2) : 2 + r.nextInt(3);
        List<IntVar> xs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long lo = -3 + r.nextInt(4);
            xs.add(m.intVar("x" + i, lo, lo + 2 + r.nextInt(withIntervals ? 3 : 6)));
        }
        List<BoolVar> bs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            bs.add(m.boolVar("b" + i));
        }
        List<IntervalVar> ivs = new ArrayList<>();
        if (withIntervals) {
            for (int i = 0; i < 2; i++) {
                ModelBuilder.IntervalBuilder ib = m.interval("iv" + i).start(0, 2);
                if (r.nextBoolean()) {
                    ib.size(r.nextInt(3));
                } else {
                    ib.size(0, 2);
                }
                if (r.nextInt(3) == 0) {
                    ib.presence(bs.get(i));
                }
                ivs.add(ib.build());
            }
        }
        int constraints = 1 + r.nextInt(3);
        for (int k = 0; k < constraints; k++) {
            Constraint c = randomConstraint(r, xs, bs, ivs);
            int wrap = r.nextInt(5);
            Literal l = r.nextBoolean() ? bs.get(r.nextInt(2)) : bs.get(r.nextInt(2)).not();
            if (wrap == 0) {
                c = Constraints.implies(l, c);
            } else if (wrap == 1) {
                c = Constraints.reify(l, c);
            }
            m.group("g" + k).add(c);
        }
        if (r.nextBoolean()) {
            LinExpr obj = LinExpr.weightedSum(xs, r.longs(xs.size(), -3, 4).toArray());
            if (r.nextBoolean()) {
                m.minimize(obj);
            } else {
                m.maximize(obj);
            }
        }
        return m.build();
    }

    private static Constraint randomConstraint(Random r, List<IntVar> xs, List<BoolVar> bs, List<IntervalVar> ivs) {
        IntVar a = xs.get(r.nextInt(xs.size()));
        IntVar b = xs.get(r.nextInt(xs.size()));
        IntVar c = xs.get(r.nextInt(xs.size()));
        int kinds = ivs.isEmpty() ? 15 : 17;
        return switch (r.nextInt(kinds)) {
            case 0 -> a.plus(b.times(2)).le(3 - r.nextInt(5));
            case 1 -> a.minus(b).ne(r.nextInt(3) - 1);
            case 2 -> Constraints.allDifferent(xs.subList(0, Math.min(xs.size(), 3)));
            case 3 -> Constraints.element(a, new long[] {1, -1, 2, 0, 3}, b);
            case 4 -> Constraints.allowed(List.of(a, b), List.of(new long[] {0, 1}, new long[] {1, 0}, new long[] {2, 2}, new long[] {0, 1}));
            case 5 -> Constraints.forbidden(List.of(a, b), List.of(new long[] {0, 0}, new long[] {1, 1}));
            case 6 -> Constraints.clause(bs.get(0), bs.get(1).not());
            case 7 -> Constraints.exactlyOne(bs.get(0), bs.get(1));
            case 8 -> Constraints.minOf(a, b, c.plus(1));
            case 9 -> Constraints.maxOf(a, b, c);
            case 10 -> Constraints.abs(a, b.minus(1));
            case 11 -> Constraints.mul(a, b, c);
            case 12 -> Constraints.div(a, b, divisor(r));
            case 13 -> Constraints.mod(a, b, divisor(r));
            case 14 -> Constraints.divisible(a.plus(b), divisor(r));
            case 15 -> Constraints.noOverlap(ivs, r.nextBoolean() ? ZeroLength.STRICT : ZeroLength.IGNORE_ZERO);
            default -> Constraints.cumulative(1).demand(ivs.get(0), 1).demand(ivs.get(1), 1).build();
        };
    }

    private static Expression divisor(Random r) {
        long[] choices = {-3, -2, 2, 3};
        return LinExpr.constant(choices[r.nextInt(choices.length)]);
    }

    static Domain nonZero(long lo, long hi) {
        return Domain.ofIntervals(new long[] {lo, -1}, new long[] {1, hi});
    }
}
