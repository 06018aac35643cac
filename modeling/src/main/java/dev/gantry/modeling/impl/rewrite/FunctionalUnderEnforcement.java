package dev.gantry.modeling.impl.rewrite;

import dev.gantry.modeling.api.Abs;
import dev.gantry.modeling.api.Constraint;
import dev.gantry.modeling.api.ConstraintKind;
import dev.gantry.modeling.api.Div;
import dev.gantry.modeling.api.Domain;
import dev.gantry.modeling.api.IntVar;
import dev.gantry.modeling.api.LinExpr;
import dev.gantry.modeling.api.Linear;
import dev.gantry.modeling.api.MaxOf;
import dev.gantry.modeling.api.MinOf;
import dev.gantry.modeling.api.Mod;
import dev.gantry.modeling.api.Mul;
import dev.gantry.modeling.api.Relation;
import dev.gantry.modeling.spi.Enforcement;
import dev.gantry.modeling.spi.Rewrite;
import dev.gantry.modeling.spi.RewriteContext;
import dev.gantry.modeling.spi.Shape;
import java.util.EnumSet;
import java.util.Set;

/**
 * {@code l ⇒ t = f(x…)} (or {@code ⇔}) for a total function f as {@code t' = f(x…)}, unconditionally, plus
 * {@code l ⇒ t = t'}. Exact under reification too, because t' is determined by the arguments.
 */
public final class FunctionalUnderEnforcement implements Rewrite {
    private static final EnumSet<ConstraintKind> FUNCTIONS = EnumSet.of(ConstraintKind.MIN_OF, ConstraintKind.MAX_OF,
            ConstraintKind.ABS, ConstraintKind.MUL, ConstraintKind.DIV, ConstraintKind.MOD);

    @Override
    public String name() {
        return "functional-under-enforcement";
    }

    @Override
    public Set<Shape> consumes() {
        return Enforced.shapes(FUNCTIONS, EnumSet.of(Enforcement.IMPLIED, Enforcement.REIFIED));
    }

    @Override
    public Set<Shape> produces(Shape consumed) {
        return Set.of(new Shape(consumed.kind(), Enforcement.NONE), new Shape(ConstraintKind.LINEAR, consumed.enforcement()));
    }

    @Override
    public void rewrite(Constraint constraint, RewriteContext context) {
        Enforced e = Enforced.of(constraint);
        Constraint f = e.inner();
        LinExpr target = targetOf(f);
        // The fresh target spans every value f can take, so it never restricts the arguments when l is false.
        IntVar fresh = context.newIntVar("f", naturalRange(f, context));
        context.post(retarget(f, fresh.expr()));
        context.post(e.wrap(new Linear(target, Relation.EQ, fresh.expr())));
    }

    private static Domain naturalRange(Constraint f, RewriteContext cx) {
        if (f instanceof MinOf c) {
            return Domain.range(c.arguments().stream().mapToLong(cx::min).min().orElseThrow(),
                    c.arguments().stream().mapToLong(cx::max).min().orElseThrow());
        } else if (f instanceof MaxOf c) {
            return Domain.range(c.arguments().stream().mapToLong(cx::min).max().orElseThrow(),
                    c.arguments().stream().mapToLong(cx::max).max().orElseThrow());
        } else if (f instanceof Abs c) {
            long lo = cx.min(c.argument());
            long hi = cx.max(c.argument());
            return Domain.range(lo <= 0 && hi >= 0 ? 0 : Math.min(Math.abs(lo), Math.abs(hi)), Math.max(Math.abs(lo), Math.abs(hi)));
        } else if (f instanceof Mul c) {
            long[] a = {cx.min(c.left()), cx.max(c.left())};
            long[] b = {cx.min(c.right()), cx.max(c.right())};
            long lo = Long.MAX_VALUE;
            long hi = Long.MIN_VALUE;
            for (long x : a) {
                for (long y : b) {
                    lo = Math.min(lo, Math.multiplyExact(x, y));
                    hi = Math.max(hi, Math.multiplyExact(x, y));
                }
            }
            return Domain.range(lo, hi);
        } else if (f instanceof Div c) {
            long m = Math.max(Math.abs(cx.min(c.dividend())), Math.abs(cx.max(c.dividend())));
            return Domain.range(-m, m);
        }
        Mod c = (Mod) f;
        long m = Math.min(Math.max(Math.abs(cx.min(c.dividend())), Math.abs(cx.max(c.dividend()))),
                Math.max(Math.abs(cx.min(c.divisor())), Math.abs(cx.max(c.divisor()))) - 1);
        return Domain.range(-m, m);
    }

    private static LinExpr targetOf(Constraint f) {
        if (f instanceof MinOf c) {
            return c.target();
        } else if (f instanceof MaxOf c) {
            return c.target();
        } else if (f instanceof Abs c) {
            return c.target();
        } else if (f instanceof Mul c) {
            return c.target();
        } else if (f instanceof Div c) {
            return c.target();
        }
        return ((Mod) f).target();
    }

    private static Constraint retarget(Constraint f, LinExpr t) {
        if (f instanceof MinOf c) {
            return new MinOf(t, c.arguments());
        } else if (f instanceof MaxOf c) {
            return new MaxOf(t, c.arguments());
        } else if (f instanceof Abs c) {
            return new Abs(t, c.argument());
        } else if (f instanceof Mul c) {
            return new Mul(t, c.left(), c.right());
        } else if (f instanceof Div c) {
            return new Div(t, c.dividend(), c.divisor());
        }
        Mod c = (Mod) f;
        return new Mod(t, c.dividend(), c.divisor());
    }
}
