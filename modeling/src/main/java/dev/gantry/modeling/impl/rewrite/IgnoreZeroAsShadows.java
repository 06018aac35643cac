package dev.gantry.modeling.impl.rewrite;

import dev.gantry.modeling.api.BoolVar;
import dev.gantry.modeling.api.Constraint;
import dev.gantry.modeling.api.ConstraintKind;
import dev.gantry.modeling.api.IntervalVar;
import dev.gantry.modeling.api.LinExpr;
import dev.gantry.modeling.api.Linear;
import dev.gantry.modeling.api.NoOverlap;
import dev.gantry.modeling.api.Reify;
import dev.gantry.modeling.api.Relation;
import dev.gantry.modeling.api.ZeroLength;
import dev.gantry.modeling.spi.Enforcement;
import dev.gantry.modeling.spi.Rewrite;
import dev.gantry.modeling.spi.RewriteContext;
import dev.gantry.modeling.spi.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A semantic lowering for backends whose NoOverlap is STRICT (CP-SAT): an IGNORE_ZERO NoOverlap becomes a STRICT
 * one over shadow intervals present exactly when the original is present and has size > 0 (S1).
 */
public final class IgnoreZeroAsShadows implements Rewrite {
    @Override
    public String name() {
        return "ignore-zero-as-shadows";
    }

    @Override
    public Set<Shape> consumes() {
        return Set.of(new Shape(ConstraintKind.NO_OVERLAP, Enforcement.NONE));
    }

    @Override
    public Set<Shape> produces(Shape consumed) {
        return Set.of(new Shape(ConstraintKind.NO_OVERLAP, Enforcement.NONE), new Shape(ConstraintKind.LINEAR, Enforcement.REIFIED),
                new Shape(ConstraintKind.CLAUSE, Enforcement.NONE));
    }

    @Override
    public boolean appliesTo(Constraint constraint) {
        return constraint instanceof NoOverlap n && n.zeroLength() == ZeroLength.IGNORE_ZERO
                && n.intervals().stream().anyMatch(iv -> iv.size().min(p -> p.defaultValue()) == 0);
    }

    @Override
    public void rewrite(Constraint constraint, RewriteContext context) {
        NoOverlap n = (NoOverlap) constraint;
        List<IntervalVar> out = new ArrayList<>();
        for (IntervalVar iv : n.intervals()) {
            if (context.min(iv.size()) > 0) {
                out.add(iv);
            } else if (context.max(iv.size()) > 0) {
                BoolVar positive = context.newBoolVar("positive");
                context.post(new Reify(positive, new Linear(iv.size(), Relation.GE, LinExpr.constant(1))));
                out.add(context.newInterval("nonzero", iv.start(), iv.size(), iv.end(),
                        ResourceUnderImplication.conjunction(positive, iv.presence().orElse(null), context)));
            }
            // an interval of size 0 always is free under IGNORE_ZERO: left out
        }
        context.post(new NoOverlap(out, ZeroLength.STRICT));
    }
}
