package dev.gantry.modeling.impl.rewrite;

import dev.gantry.modeling.api.BoolVar;
import dev.gantry.modeling.api.Clause;
import dev.gantry.modeling.api.Constraint;
import dev.gantry.modeling.api.ConstraintKind;
import dev.gantry.modeling.api.Cumulative;
import dev.gantry.modeling.api.IntervalVar;
import dev.gantry.modeling.api.Literal;
import dev.gantry.modeling.api.NoOverlap;
import dev.gantry.modeling.spi.Enforcement;
import dev.gantry.modeling.spi.Rewrite;
import dev.gantry.modeling.spi.RewriteContext;
import dev.gantry.modeling.spi.Shape;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code l ⇒ NoOverlap/Cumulative(intervals)} posted on shadow intervals (same start, size and end) present
 * exactly when {@code l} and the original are present: {@code l} false empties the resource, while other
 * constraints still bind the real intervals (modeling.md E3).
 */
public final class ResourceUnderImplication implements Rewrite {
    @Override
    public String name() {
        return "resource-under-implication";
    }

    @Override
    public Set<Shape> consumes() {
        return Enforced.shapes(EnumSet.of(ConstraintKind.NO_OVERLAP, ConstraintKind.CUMULATIVE), EnumSet.of(Enforcement.IMPLIED));
    }

    @Override
    public Set<Shape> produces(Shape consumed) {
        return Set.of(new Shape(consumed.kind(), Enforcement.NONE), new Shape(ConstraintKind.CLAUSE, Enforcement.NONE));
    }

    @Override
    public void rewrite(Constraint constraint, RewriteContext context) {
        Enforced e = Enforced.of(constraint);
        if (e.inner() instanceof NoOverlap n) {
            context.post(new NoOverlap(shadows(n.intervals(), e.literal(), context), n.zeroLength()));
        } else {
            Cumulative c = (Cumulative) e.inner();
            context.post(new Cumulative(shadows(c.intervals(), e.literal(), context), c.demands(), c.capacity()));
        }
    }

    private static List<IntervalVar> shadows(List<IntervalVar> ivs, Literal l, RewriteContext context) {
        List<IntervalVar> out = new ArrayList<>(ivs.size());
        for (IntervalVar iv : ivs) {
            out.add(context.newInterval("shadow", iv.start(), iv.size(), iv.end(), conjunction(l, iv.presence().orElse(null), context)));
        }
        return out;
    }

    /** A literal equal to {@code l ∧ p} ({@code l} itself when p is absent). */
    static Literal conjunction(Literal l, Literal p, RewriteContext context) {
        if (p == null) {
            return l;
        }
        BoolVar q = context.newBoolVar("and");
        context.post(new Clause(List.of(q.not(), l)));
        context.post(new Clause(List.of(q.not(), p)));
        context.post(new Clause(List.of(q, l.not(), p.not())));
        return q;
    }
}
