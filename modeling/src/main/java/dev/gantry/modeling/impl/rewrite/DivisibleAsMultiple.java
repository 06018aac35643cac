package dev.gantry.modeling.impl.rewrite;

import dev.gantry.modeling.api.Constraint;
import dev.gantry.modeling.api.ConstraintKind;
import dev.gantry.modeling.api.Divisible;
import dev.gantry.modeling.api.Domain;
import dev.gantry.modeling.api.IntVar;
import dev.gantry.modeling.api.Linear;
import dev.gantry.modeling.api.Relation;
import dev.gantry.modeling.spi.Enforcement;
import dev.gantry.modeling.spi.Rewrite;
import dev.gantry.modeling.spi.RewriteContext;
import dev.gantry.modeling.spi.Shape;
import java.util.Set;

/**
 * {@code Divisible(x, k)} for a constant k as {@code x = k·q} with a fresh q (S4). q is existential, so this is
 * exact without enforcement or under implication, not under reification.
 */
public final class DivisibleAsMultiple implements Rewrite {
    @Override
    public String name() {
        return "divisible-as-multiple";
    }

    @Override
    public Set<Shape> consumes() {
        return Enforced.shapes(ConstraintKind.DIVISIBLE, Enforcement.NONE, Enforcement.IMPLIED);
    }

    @Override
    public Set<Shape> produces(Shape consumed) {
        return Set.of(new Shape(ConstraintKind.LINEAR, consumed.enforcement()));
    }

    @Override
    public boolean appliesTo(Constraint constraint) {
        return ((Divisible) Enforced.of(constraint).inner()).divisor().isConstant();
    }

    @Override
    public void rewrite(Constraint constraint, RewriteContext context) {
        Enforced e = Enforced.of(constraint);
        Divisible d = (Divisible) e.inner();
        long k = Math.abs(d.divisor().constant());
        long lo = context.min(d.value());
        long hi = context.max(d.value());
        IntVar q = context.newIntVar("q", Domain.range(Math.floorDiv(lo, k), Math.floorDiv(hi, k)));
        context.post(e.wrap(new Linear(d.value(), Relation.EQ, q.expr().times(k))));
    }
}
