package dev.gantry.modeling.impl.rewrite;

import dev.gantry.modeling.api.Constraint;
import dev.gantry.modeling.api.ConstraintKind;
import dev.gantry.modeling.api.Divisible;
import dev.gantry.modeling.api.Domain;
import dev.gantry.modeling.api.IntVar;
import dev.gantry.modeling.api.LinExpr;
import dev.gantry.modeling.api.Linear;
import dev.gantry.modeling.api.Mod;
import dev.gantry.modeling.api.Relation;
import dev.gantry.modeling.spi.Enforcement;
import dev.gantry.modeling.spi.Rewrite;
import dev.gantry.modeling.spi.RewriteContext;
import dev.gantry.modeling.spi.Shape;
import java.util.EnumSet;
import java.util.Set;

/** {@code Divisible(x, d)} as {@code r = x % d} (unconditional, r determined) and {@code r = 0} under the enforcement. */
public final class DivisibleAsRemainder implements Rewrite {
    @Override
    public String name() {
        return "divisible-as-remainder";
    }

    @Override
    public Set<Shape> consumes() {
        return Enforced.shapes(EnumSet.of(ConstraintKind.DIVISIBLE), EnumSet.allOf(Enforcement.class));
    }

    @Override
    public Set<Shape> produces(Shape consumed) {
        return Set.of(new Shape(ConstraintKind.MOD, Enforcement.NONE), new Shape(ConstraintKind.LINEAR, consumed.enforcement()));
    }

    @Override
    public void rewrite(Constraint constraint, RewriteContext context) {
        Enforced e = Enforced.of(constraint);
        Divisible d = (Divisible) e.inner();
        long m = Math.max(Math.abs(context.min(d.divisor())), Math.abs(context.max(d.divisor()))) - 1;
        long x = Math.max(Math.abs(context.min(d.value())), Math.abs(context.max(d.value())));
        long bound = Math.min(m, x);
        IntVar r = context.newIntVar("rem", Domain.range(-bound, bound));
        context.post(new Mod(r.expr(), d.value(), d.divisor()));
        context.post(e.wrap(new Linear(r.expr(), Relation.EQ, LinExpr.constant(0))));
    }
}
