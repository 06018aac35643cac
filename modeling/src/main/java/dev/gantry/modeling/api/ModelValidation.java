package dev.gantry.modeling.api;

import java.util.List;

/** The fail-fast checks of R8, run by {@link ModelBuilder#build()} and again by {@link Model#withParam}. */
final class ModelValidation {
    private static final long OVERFLOW_LIMIT = 1L << 62;

    private final Model model;
    private final int from;
    /** Scratch envelopes, reused: validation runs once per built model, on one thread. */
    private final long[] left = new long[2];
    private final long[] right = new long[2];
    private final long[] both = new long[2];

    ModelValidation(Model model, int from) {
        this.model = model;
        this.from = from;
    }

    void run() {
        for (IntVar v : model.variables()) {
            if (v.domain().isEmpty()) {
                throw new ModelValidationException("variable " + v.name() + " has an empty domain. Maybe its lower bound exceeds its upper bound.");
            }
        }
        List<PostedConstraint> cs = model.constraints();
        for (int i = from; i < cs.size(); i++) {
            PostedConstraint pc = cs.get(i);
            String where = pc.isBackground() ? "a background constraint" : "group " + pc.group().name();
            check(pc.constraint(), where);
        }
        model.objective().ifPresent(o -> o.stages().forEach(s -> {
            checkOwnership(s.expression(), "the objective");
            checkRange(s.expression(), "the objective");
        }));
    }

    private void check(Constraint c, String where) {
        if (c instanceof Linear l) { // the common case, checked without collecting its expressions
            checkOwnership(l.left(), where);
            checkOwnership(l.right(), where);
            checkSidesRange(l, where);
            return;
        }
        for (LinExpr e : ConstraintScope.expressions(c)) {
            checkOwnership(e, where);
            checkRange(e, where);
        }
        if (c instanceof Mul mul) {
            checkProduct(mul, where);
        } else if (c instanceof Div d) {
            checkDivisor(d.divisor(), where, "divisor");
        } else if (c instanceof Mod m) {
            checkDivisor(m.divisor(), where, "modulus");
        } else if (c instanceof Divisible d) {
            checkDivisor(d.divisor(), where, "divisor");
        } else if (c instanceof Cumulative cu) {
            for (int k = 0; k < cu.demands().size(); k++) {
                long min = cu.demands().get(k).min(model::paramValue);
                if (min < 0) {
                    throw new ModelValidationException(where + ": interval " + cu.intervals().get(k).name()
                            + " can demand " + min + " < 0 of a cumulative resource. Maybe bound the demand from 0.");
                }
            }
        } else if (c instanceof Element el && el.array().isEmpty()) {
            throw new ModelValidationException(where + ": element over an empty array. Maybe the array was not filled.");
        } else if (c instanceof Implies im) {
            check(im.then(), where);
        } else if (c instanceof Reify r) {
            check(r.constraint(), where);
        }
    }

    private void checkDivisor(LinExpr divisor, String where, String role) {
        LinExpr d = divisor.substitute(model::paramValue);
        boolean zero = d.isConstant() ? d.constant() == 0
                : d.size() == 1 && (d.constant() % d.coefficient(0) == 0)
                && d.variable(0).domain().contains(-d.constant() / d.coefficient(0));
        if (zero) {
            throw new ModelValidationException(where + ": the " + role + " " + divisor + " can be 0. Maybe exclude 0 from its domain (Domain.ofIntervals).");
        }
        if (d.size() > 1) {
            throw new ModelValidationException(where + ": the " + role + " " + divisor + " has several variables. Maybe name it with a variable first.");
        }
    }

    private void checkOwnership(LinExpr e, String where) {
        if (e.size() == 0 && e.paramCount() == 0) {
            return;
        }
        List<IntVar> vars = model.variables();
        for (int k = 0, n = e.size(); k < n; k++) {
            IntVar v = e.variable(k);
            if (v.index() >= vars.size() || vars.get(v.index()) != v) {
                throw new ModelValidationException(where + " uses variable " + v.name() + ", which belongs to another model. Maybe build both parts with the same ModelBuilder.");
            }
        }
        for (int k = 0; k < e.paramCount(); k++) {
            Param p = e.param(k);
            if (model.param(p.name()).orElse(null) != p) {
                throw new ModelValidationException(where + " uses parameter " + p.name() + ", which belongs to another model. Maybe declare it with this ModelBuilder.");
            }
        }
    }

    /** The whole expression and every partial sum (in any order) stay within ±2^62. */
    private void checkRange(LinExpr e, String where) {
        left[0] = 0;
        left[1] = 0;
        addEnvelope(e, 1, left);
        failBeyondLimit(left, e::toString, where);
    }

    /** Each side, then {@code left - right} as the solver sees it (without building it), stays within ±2^62. */
    private void checkSidesRange(Linear l, String where) {
        left[0] = 0;
        left[1] = 0;
        addEnvelope(l.left(), 1, left);
        failBeyondLimit(left, l.left()::toString, where);
        right[0] = 0;
        right[1] = 0;
        addEnvelope(l.right(), 1, right);
        failBeyondLimit(right, l.right()::toString, where);
        both[0] = saturatingAdd(left[0], -right[1]);
        both[1] = saturatingAdd(left[1], -right[0]);
        failBeyondLimit(both, () -> l.left() + " - (" + l.right() + ")", where);
    }

    /** Adds the most negative and most positive partial sums of {@code sign·e} to envelope[0] and envelope[1]. */
    private void addEnvelope(LinExpr e, long sign, long[] envelope) {
        LinExpr f = e.substitute(model::paramValue);
        long c = sign * f.constant();
        envelope[0] = saturatingAdd(envelope[0], Math.min(0, c));
        envelope[1] = saturatingAdd(envelope[1], Math.max(0, c));
        for (int k = 0; k < f.size(); k++) {
            Domain d = f.variable(k).domain();
            long a = product(sign * f.coefficient(k), d.min());
            long b = product(sign * f.coefficient(k), d.max());
            envelope[0] = saturatingAdd(envelope[0], Math.min(0, Math.min(a, b)));
            envelope[1] = saturatingAdd(envelope[1], Math.max(0, Math.max(a, b)));
        }
    }

    private static void failBeyondLimit(long[] envelope, java.util.function.Supplier<String> what, String where) {
        if (envelope[0] <= -OVERFLOW_LIMIT || envelope[1] >= OVERFLOW_LIMIT) {
            throw new ModelValidationException(where + ": the expression " + what.get() + " ranges over [" + envelope[0] + ", "
                    + envelope[1] + "], beyond ±2^62, and could overflow. Maybe tighten the variables' domains.");
        }
    }

    private void checkProduct(Mul mul, String where) {
        long[] l = {mul.left().min(model::paramValue), mul.left().max(model::paramValue)};
        long[] r = {mul.right().min(model::paramValue), mul.right().max(model::paramValue)};
        for (long x : l) {
            for (long y : r) {
                long p = product(x, y);
                if (p <= -OVERFLOW_LIMIT || p >= OVERFLOW_LIMIT) {
                    throw new ModelValidationException(where + ": the product " + mul.left() + " · " + mul.right() + " can reach " + x
                            + " · " + y + ", beyond ±2^62, and could overflow. Maybe tighten the factors' domains.");
                }
            }
        }
    }

    /** a·b, saturated at ±Long.MAX_VALUE. */
    private static long product(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
            return lo;
        }
        return (a < 0) == (b < 0) ? Long.MAX_VALUE : -Long.MAX_VALUE;
    }

    private static long saturatingAdd(long a, long b) {
        long r = a + b;
        return ((a ^ r) & (b ^ r)) < 0 ? (a < 0 ? -Long.MAX_VALUE : Long.MAX_VALUE) : r;
    }
}
