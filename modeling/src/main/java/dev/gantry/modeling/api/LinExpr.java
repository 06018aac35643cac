package dev.gantry.modeling.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * An immutable linear expression {@code Σ aᵢ·xᵢ + Σ bⱼ·paramⱼ + c}. Terms of the same variable are merged and
 * zero coefficients dropped; term order is the order of first appearance.
 */
public final class LinExpr implements Expression {
    private static final IntVar[] NO_VARS = new IntVar[0];
    private static final Param[] NO_PARAMS = new Param[0];
    private static final long[] NO_COEFS = new long[0];

    private final IntVar[] vars;
    private final long[] coefs;
    private final Param[] params;
    private final long[] paramCoefs;
    private final long constant;

    private LinExpr(IntVar[] vars, long[] coefs, Param[] params, long[] paramCoefs, long constant) {
        this.vars = vars;
        this.coefs = coefs;
        this.params = params;
        this.paramCoefs = paramCoefs;
        this.constant = constant;
    }

    public static LinExpr constant(long value) {
        return new LinExpr(NO_VARS, NO_COEFS, NO_PARAMS, NO_COEFS, value);
    }

    public static LinExpr term(IntVar var, long coef) {
        return coef == 0 ? constant(0) : new LinExpr(new IntVar[] {var}, new long[] {coef}, NO_PARAMS, NO_COEFS, 0);
    }

    static LinExpr paramTerm(Param param, long coef) {
        return new LinExpr(NO_VARS, NO_COEFS, new Param[] {param}, new long[] {coef}, 0);
    }

    /** The sum of the given expressions, built in one pass. */
    public static LinExpr sum(List<? extends Expression> terms) {
        Accumulator acc = new Accumulator();
        for (Expression e : terms) {
            acc.add(e.expr(), 1);
        }
        return acc.build();
    }

    /** {@code Σ coefs[i]·terms[i]}. */
    public static LinExpr weightedSum(List<? extends Expression> terms, long[] coefs) {
        if (terms.size() != coefs.length) {
            throw new IllegalArgumentException(terms.size() + " terms but " + coefs.length + " coefficients");
        }
        Accumulator acc = new Accumulator();
        for (int i = 0; i < coefs.length; i++) {
            acc.add(terms.get(i).expr(), coefs[i]);
        }
        return acc.build();
    }

    @Override
    public LinExpr expr() {
        return this;
    }

    @Override
    public LinExpr plus(Expression other) {
        LinExpr o = other.expr();
        if (o.vars.length == 0 && o.params.length == 0) {
            return plus(o.constant);
        }
        if (vars.length == 0 && params.length == 0) {
            return o.plus(constant);
        }
        if (params.length == 0 && o.params.length == 0 && vars.length + o.vars.length <= 8) {
            return mergeSmall(o);
        }
        Accumulator acc = new Accumulator();
        acc.add(this, 1);
        acc.add(o, 1);
        return acc.build();
    }

    /** Merges two short parameter-free expressions by linear scan (the common case: no hashing). */
    private LinExpr mergeSmall(LinExpr o) {
        IntVar[] v = Arrays.copyOf(vars, vars.length + o.vars.length);
        long[] c = Arrays.copyOf(coefs, v.length);
        int n = vars.length;
        for (int i = 0; i < o.vars.length; i++) {
            int at = -1;
            for (int k = 0; k < n; k++) {
                if (v[k] == o.vars[i]) {
                    at = k;
                    break;
                }
            }
            if (at < 0) {
                v[n] = o.vars[i];
                c[n++] = o.coefs[i];
            } else {
                c[at] = Math.addExact(c[at], o.coefs[i]);
            }
        }
        int kept = 0;
        for (int k = 0; k < n; k++) {
            if (c[k] != 0) {
                v[kept] = v[k];
                c[kept++] = c[k];
            }
        }
        return new LinExpr(kept == 0 ? NO_VARS : Arrays.copyOf(v, kept), kept == 0 ? NO_COEFS : Arrays.copyOf(c, kept),
                NO_PARAMS, NO_COEFS, Math.addExact(constant, o.constant));
    }

    @Override
    public LinExpr plus(long c) {
        return c == 0 ? this : new LinExpr(vars, coefs, params, paramCoefs, Math.addExact(constant, c));
    }

    @Override
    public LinExpr minus(Expression other) {
        return plus(other.expr().times(-1));
    }

    @Override
    public LinExpr minus(long c) {
        return plus(Math.negateExact(c));
    }

    @Override
    public LinExpr times(long factor) {
        if (factor == 1) {
            return this;
        }
        if (factor == 0) {
            return constant(0);
        }
        long[] c = new long[coefs.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = Math.multiplyExact(coefs[i], factor);
        }
        long[] pc = new long[paramCoefs.length];
        for (int i = 0; i < pc.length; i++) {
            pc[i] = Math.multiplyExact(paramCoefs[i], factor);
        }
        return new LinExpr(vars, c, params, pc, Math.multiplyExact(constant, factor));
    }

    public LinExpr negate() {
        return times(-1);
    }

    /** The number of variable terms. */
    public int size() {
        return vars.length;
    }

    public IntVar variable(int i) {
        return vars[i];
    }

    public long coefficient(int i) {
        return coefs[i];
    }

    public long constant() {
        return constant;
    }

    public int paramCount() {
        return params.length;
    }

    public Param param(int i) {
        return params[i];
    }

    public long paramCoefficient(int i) {
        return paramCoefs[i];
    }

    public boolean hasParams() {
        return params.length > 0;
    }

    /** No variables and no parameters. */
    public boolean isConstant() {
        return vars.length == 0 && params.length == 0;
    }

    /** At most one variable term and no parameters: {@code a·x + c}. */
    public boolean isAffine() {
        return vars.length <= 1 && params.length == 0;
    }

    /** Exactly one variable with coefficient 1 and no constant. */
    public boolean isSingleVariable() {
        return vars.length == 1 && coefs[0] == 1 && constant == 0 && params.length == 0;
    }

    /** The expression with every parameter replaced by the given value. */
    public LinExpr substitute(ToLongFunction<Param> paramValue) {
        if (params.length == 0) {
            return this;
        }
        long c = constant;
        for (int i = 0; i < params.length; i++) {
            c = Math.addExact(c, Math.multiplyExact(paramCoefs[i], paramValue.applyAsLong(params[i])));
        }
        return new LinExpr(vars, coefs, NO_PARAMS, NO_COEFS, c);
    }

    /** The value under an assignment of the variables (parameters at the given values). */
    public long evaluate(ToLongFunction<IntVar> value, ToLongFunction<Param> paramValue) {
        long total = constant;
        for (int i = 0; i < vars.length; i++) {
            total = Math.addExact(total, Math.multiplyExact(coefs[i], value.applyAsLong(vars[i])));
        }
        for (int i = 0; i < params.length; i++) {
            total = Math.addExact(total, Math.multiplyExact(paramCoefs[i], paramValue.applyAsLong(params[i])));
        }
        return total;
    }

    /** Smallest value over the variables' domains (parameters at the given values), saturating. */
    public long min(ToLongFunction<Param> paramValue) {
        return bound(paramValue, true);
    }

    /** Largest value over the variables' domains (parameters at the given values), saturating. */
    public long max(ToLongFunction<Param> paramValue) {
        return bound(paramValue, false);
    }

    private long bound(ToLongFunction<Param> paramValue, boolean lower) {
        long total = substitute(paramValue).constant;
        for (int i = 0; i < vars.length; i++) {
            Domain d = vars[i].domain();
            long pick = (coefs[i] > 0) == lower ? d.min() : d.max();
            total = saturatingAdd(total, saturatingMul(coefs[i], pick));
        }
        return total;
    }

    private static long saturatingMul(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
            return lo;
        }
        return (a < 0) == (b < 0) ? Long.MAX_VALUE : Long.MIN_VALUE;
    }

    private static long saturatingAdd(long a, long b) {
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) {
            return a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return r;
    }

    /** The variables of this expression, in term order. */
    public List<IntVar> variables() {
        return List.of(vars);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinExpr e && constant == e.constant && Arrays.equals(vars, e.vars)
                && Arrays.equals(coefs, e.coefs) && Arrays.equals(params, e.params)
                && Arrays.equals(paramCoefs, e.paramCoefs);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(vars) + Arrays.hashCode(coefs) + Long.hashCode(constant);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < vars.length; i++) {
            appendTerm(sb, coefs[i], vars[i].name());
        }
        for (int i = 0; i < params.length; i++) {
            appendTerm(sb, paramCoefs[i], params[i].toString());
        }
        if (constant != 0 || sb.length() == 0) {
            sb.append(sb.length() == 0 ? Long.toString(constant) : (constant < 0 ? " - " + -constant : " + " + constant));
        }
        return sb.toString();
    }

    private static void appendTerm(StringBuilder sb, long coef, String name) {
        if (sb.length() > 0) {
            sb.append(coef < 0 ? " - " : " + ");
        } else if (coef < 0) {
            sb.append('-');
        }
        long a = Math.abs(coef);
        if (a != 1) {
            sb.append(a).append('·');
        }
        sb.append(name);
    }

    /** Merges terms in first-appearance order. */
    private static final class Accumulator {
        private final List<IntVar> vars = new ArrayList<>();
        private final Map<IntVar, Integer> varSlot = new HashMap<>();
        private long[] coefs = new long[8];
        private final List<Param> params = new ArrayList<>();
        private final List<Long> paramCoefs = new ArrayList<>();
        private long constant;

        void add(LinExpr e, long factor) {
            for (int i = 0; i < e.vars.length; i++) {
                long c = Math.multiplyExact(e.coefs[i], factor);
                Integer slot = varSlot.get(e.vars[i]);
                if (slot == null) {
                    slot = vars.size();
                    varSlot.put(e.vars[i], slot);
                    vars.add(e.vars[i]);
                    if (slot == coefs.length) {
                        coefs = Arrays.copyOf(coefs, 2 * coefs.length);
                    }
                }
                coefs[slot] = Math.addExact(coefs[slot], c);
            }
            for (int i = 0; i < e.params.length; i++) {
                long c = Math.multiplyExact(e.paramCoefs[i], factor);
                int slot = params.indexOf(e.params[i]);
                if (slot < 0) {
                    params.add(e.params[i]);
                    paramCoefs.add(c);
                } else {
                    paramCoefs.set(slot, Math.addExact(paramCoefs.get(slot), c));
                }
            }
            constant = Math.addExact(constant, Math.multiplyExact(e.constant, factor));
        }

        LinExpr build() {
            int n = 0;
            for (int i = 0; i < vars.size(); i++) {
                if (coefs[i] != 0) {
                    n++;
                }
            }
            IntVar[] v = new IntVar[n];
            long[] c = new long[n];
            int k = 0;
            for (int i = 0; i < vars.size(); i++) {
                if (coefs[i] != 0) {
                    v[k] = vars.get(i);
                    c[k++] = coefs[i];
                }
            }
            int m = 0;
            for (long pc : paramCoefs) {
                if (pc != 0) {
                    m++;
                }
            }
            Param[] p = new Param[m];
            long[] pc = new long[m];
            k = 0;
            for (int i = 0; i < params.size(); i++) {
                if (paramCoefs.get(i) != 0) {
                    p[k] = params.get(i);
                    pc[k++] = paramCoefs.get(i);
                }
            }
            return new LinExpr(n == 0 ? NO_VARS : v, n == 0 ? NO_COEFS : c, m == 0 ? NO_PARAMS : p,
                    m == 0 ? NO_COEFS : pc, constant);
        }
    }
}
