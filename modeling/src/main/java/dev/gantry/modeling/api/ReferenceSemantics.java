package dev.gantry.modeling.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The executable semantics S1–S7: lists every constraint an assignment violates. The conformance kit and the
 * explainer judge backends with it; it shares no code with any backend.
 */
public final class ReferenceSemantics {
    private ReferenceSemantics() {
    }

    public static List<Violation> check(Solution solution) {
        return check(solution.model(), solution.values());
    }

    public static boolean satisfies(Model model, long[] values) {
        return check(model, values).isEmpty();
    }

    public static List<Violation> check(Model model, long[] values) {
        Solution s = new Solution(model, values);
        List<Violation> out = new ArrayList<>();
        for (IntVar v : model.variables()) {
            if (!v.domain().contains(s.value(v))) {
                out.add(new Violation(null, v.name() + " = " + s.value(v) + " is outside its domain " + v.domain()));
            }
        }
        for (IntervalVar iv : model.intervals()) {
            if (s.isPresent(iv)) {
                if (s.size(iv) < 0) {
                    out.add(new Violation(null, "interval " + iv.name() + " has negative size " + s.size(iv)));
                }
                if (s.start(iv) + s.size(iv) != s.end(iv)) {
                    out.add(new Violation(null, "interval " + iv.name() + ": start " + s.start(iv) + " + size " + s.size(iv)
                            + " != end " + s.end(iv)));
                }
            }
        }
        Evaluator eval = new Evaluator(s);
        for (PostedConstraint pc : model.constraints()) {
            String reason = pc.constraint().accept(eval);
            if (reason != null) {
                out.add(new Violation(pc, reason));
            }
        }
        return out;
    }

    /** Returns null when the constraint holds, otherwise the reason. */
    private record Evaluator(Solution s) implements ConstraintVisitor<String> {
        private long v(LinExpr e) {
            return s.value(e);
        }

        @Override
        public String visit(Linear c) {
            long l = v(c.left());
            long r = v(c.right());
            return c.relation().holds(l, r) ? null : c + " fails: " + l + " " + c.relation().symbol() + " " + r + " is false";
        }

        @Override
        public String visit(AllDifferent c) {
            Set<Long> seen = new HashSet<>();
            for (LinExpr e : c.expressions()) {
                if (!seen.add(v(e))) {
                    return "all-different fails: value " + v(e) + " taken twice";
                }
            }
            return null;
        }

        @Override
        public String visit(Element c) {
            long i = v(c.index());
            if (i < 0 || i >= c.array().size()) {
                return "element index " + i + " outside [0, " + (c.array().size() - 1) + "]";
            }
            long expected = v(c.array().get((int) i));
            long t = v(c.target());
            return t == expected ? null : "element fails: target " + t + " but array[" + i + "] = " + expected;
        }

        @Override
        public String visit(Table c) {
            long[] row = c.expressions().stream().mapToLong(this::v).toArray();
            boolean in = c.tuples().stream().anyMatch(t -> java.util.Arrays.equals(t, row));
            return in != c.forbidden() ? null
                    : "table fails: " + java.util.Arrays.toString(row) + (c.forbidden() ? " is forbidden" : " is not allowed");
        }

        @Override
        public String visit(NoOverlap c) {
            List<IntervalVar> present = c.intervals().stream().filter(s::isPresent).toList();
            for (int i = 0; i < present.size(); i++) {
                for (int j = i + 1; j < present.size(); j++) {
                    IntervalVar a = present.get(i);
                    IntervalVar b = present.get(j);
                    if (c.zeroLength() == ZeroLength.IGNORE_ZERO && (s.size(a) == 0 || s.size(b) == 0)) {
                        continue;
                    }
                    if (!(s.end(a) <= s.start(b) || s.end(b) <= s.start(a))) {
                        return "no-overlap fails: " + a.name() + " [" + s.start(a) + "," + s.end(a) + ") and " + b.name()
                                + " [" + s.start(b) + "," + s.end(b) + ") overlap";
                    }
                }
            }
            return null;
        }

        @Override
        public String visit(Cumulative c) {
            long cap = v(c.capacity());
            // The load only rises at starts, so checking at every start of a present, non-empty interval suffices.
            for (int i = 0; i < c.intervals().size(); i++) {
                IntervalVar a = c.intervals().get(i);
                if (!s.isPresent(a) || s.size(a) == 0) {
                    continue;
                }
                long t = s.start(a);
                long load = 0;
                for (int j = 0; j < c.intervals().size(); j++) {
                    IntervalVar b = c.intervals().get(j);
                    if (s.isPresent(b) && s.size(b) > 0 && s.start(b) <= t && t < s.end(b)) {
                        load += v(c.demands().get(j));
                    }
                }
                if (load > cap) {
                    return "cumulative fails: load " + load + " > capacity " + cap + " at t = " + t;
                }
            }
            return null;
        }

        @Override
        public String visit(Implies c) {
            if (!s.isTrue(c.condition())) {
                return null;
            }
            String inner = c.then().accept(this);
            return inner == null ? null : c.condition() + " holds but " + inner;
        }

        @Override
        public String visit(Reify c) {
            boolean b = s.isTrue(c.indicator());
            boolean holds = c.constraint().accept(this) == null;
            return b == holds ? null : "reification fails: " + c.indicator() + " is " + b + " but the constraint " + (holds ? "holds" : "fails");
        }

        @Override
        public String visit(Clause c) {
            return c.literals().stream().anyMatch(s::isTrue) ? null : "clause fails: every literal of " + c.literals() + " is false";
        }

        @Override
        public String visit(AtMostOne c) {
            long n = c.literals().stream().filter(s::isTrue).count();
            return n <= 1 ? null : "at-most-one fails: " + n + " literals true";
        }

        @Override
        public String visit(ExactlyOne c) {
            long n = c.literals().stream().filter(s::isTrue).count();
            return n == 1 ? null : "exactly-one fails: " + n + " literals true";
        }

        @Override
        public String visit(MinOf c) {
            long m = c.arguments().stream().mapToLong(this::v).min().orElseThrow();
            return v(c.target()) == m ? null : "min fails: target " + v(c.target()) + " but min is " + m;
        }

        @Override
        public String visit(MaxOf c) {
            long m = c.arguments().stream().mapToLong(this::v).max().orElseThrow();
            return v(c.target()) == m ? null : "max fails: target " + v(c.target()) + " but max is " + m;
        }

        @Override
        public String visit(Abs c) {
            long a = Math.abs(v(c.argument()));
            return v(c.target()) == a ? null : "abs fails: target " + v(c.target()) + " but |x| = " + a;
        }

        @Override
        public String visit(Mul c) {
            long p;
            try {
                p = Math.multiplyExact(v(c.left()), v(c.right()));
            } catch (ArithmeticException overflow) {
                return "mul fails: " + v(c.left()) + " · " + v(c.right()) + " overflows a long";
            }
            return v(c.target()) == p ? null : "mul fails: target " + v(c.target()) + " but product is " + p;
        }

        @Override
        public String visit(Div c) {
            long d = v(c.divisor());
            if (d == 0) {
                return "div fails: divisor is 0";
            }
            long q = v(c.dividend()) / d;
            return v(c.target()) == q ? null : "div fails: target " + v(c.target()) + " but quotient is " + q;
        }

        @Override
        public String visit(Mod c) {
            long d = v(c.divisor());
            if (d == 0) {
                return "mod fails: modulus is 0";
            }
            long r = v(c.dividend()) % d;
            return v(c.target()) == r ? null : "mod fails: target " + v(c.target()) + " but remainder is " + r;
        }

        @Override
        public String visit(Divisible c) {
            long d = v(c.divisor());
            long x = v(c.value());
            boolean ok = d == 0 ? x == 0 : x % d == 0;
            return ok ? null : "divisibility fails: " + x + " is not a multiple of " + d;
        }
    }
}
