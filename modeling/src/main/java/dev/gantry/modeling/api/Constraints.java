package dev.gantry.modeling.api;

import java.util.Arrays;
import java.util.List;

/** Static factories for every constraint kind (linear relations come from {@link Expression} methods). */
public final class Constraints {
    private Constraints() {
    }

    public static AllDifferent allDifferent(List<? extends Expression> expressions) {
        return new AllDifferent(exprs(expressions));
    }

    public static AllDifferent allDifferent(Expression... expressions) {
        return allDifferent(Arrays.asList(expressions));
    }

    /** {@code target = values[index]} over constants. */
    public static Element element(Expression index, long[] values, Expression target) {
        return new Element(index.expr(), Arrays.stream(values).mapToObj(LinExpr::constant).toList(), target.expr());
    }

    /** {@code target = array[index]} over expressions. */
    public static Element element(Expression index, List<? extends Expression> array, Expression target) {
        return new Element(index.expr(), exprs(array), target.expr());
    }

    public static Table allowed(List<? extends Expression> expressions, List<long[]> tuples) {
        return new Table(exprs(expressions), tuples, false);
    }

    public static Table forbidden(List<? extends Expression> expressions, List<long[]> tuples) {
        return new Table(exprs(expressions), tuples, true);
    }

    /** NoOverlap with the default {@link ZeroLength#STRICT} semantics. */
    public static NoOverlap noOverlap(List<IntervalVar> intervals) {
        return new NoOverlap(intervals, ZeroLength.STRICT);
    }

    public static NoOverlap noOverlap(List<IntervalVar> intervals, ZeroLength zeroLength) {
        return new NoOverlap(intervals, zeroLength);
    }

    public static Cumulative.Builder cumulative(long capacity) {
        return new Cumulative.Builder(LinExpr.constant(capacity));
    }

    public static Cumulative.Builder cumulative(Expression capacity) {
        return new Cumulative.Builder(capacity.expr());
    }

    public static Implies implies(Literal condition, Constraint then) {
        return new Implies(condition, then);
    }

    public static Reify reify(Literal indicator, Constraint constraint) {
        return new Reify(indicator, constraint);
    }

    public static Clause clause(List<? extends Literal> literals) {
        return new Clause(List.copyOf(literals));
    }

    public static Clause clause(Literal... literals) {
        return new Clause(List.of(literals));
    }

    public static AtMostOne atMostOne(List<? extends Literal> literals) {
        return new AtMostOne(List.copyOf(literals));
    }

    public static AtMostOne atMostOne(Literal... literals) {
        return new AtMostOne(List.of(literals));
    }

    public static ExactlyOne exactlyOne(List<? extends Literal> literals) {
        return new ExactlyOne(List.copyOf(literals));
    }

    public static ExactlyOne exactlyOne(Literal... literals) {
        return new ExactlyOne(List.of(literals));
    }

    public static MinOf minOf(Expression target, List<? extends Expression> arguments) {
        return new MinOf(target.expr(), exprs(arguments));
    }

    public static MinOf minOf(Expression target, Expression... arguments) {
        return minOf(target, Arrays.asList(arguments));
    }

    public static MaxOf maxOf(Expression target, List<? extends Expression> arguments) {
        return new MaxOf(target.expr(), exprs(arguments));
    }

    public static MaxOf maxOf(Expression target, Expression... arguments) {
        return maxOf(target, Arrays.asList(arguments));
    }

    public static Abs abs(Expression target, Expression argument) {
        return new Abs(target.expr(), argument.expr());
    }

    public static Mul mul(Expression target, Expression left, Expression right) {
        return new Mul(target.expr(), left.expr(), right.expr());
    }

    public static Div div(Expression target, Expression dividend, Expression divisor) {
        return new Div(target.expr(), dividend.expr(), divisor.expr());
    }

    public static Mod mod(Expression target, Expression dividend, Expression divisor) {
        return new Mod(target.expr(), dividend.expr(), divisor.expr());
    }

    public static Mod mod(Expression target, Expression dividend, long divisor) {
        return new Mod(target.expr(), dividend.expr(), LinExpr.constant(divisor));
    }

    public static Divisible divisible(Expression value, Expression divisor) {
        return new Divisible(value.expr(), divisor.expr());
    }

    public static Divisible divisible(Expression value, long divisor) {
        return new Divisible(value.expr(), LinExpr.constant(divisor));
    }

    private static List<LinExpr> exprs(List<? extends Expression> es) {
        return es.stream().map(Expression::expr).toList();
    }
}
