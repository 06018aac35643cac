package dev.gantry.modeling.impl.rewrite;

import dev.gantry.modeling.api.AllDifferent;
import dev.gantry.modeling.api.Constraint;
import dev.gantry.modeling.api.ConstraintKind;
import dev.gantry.modeling.api.LinExpr;
import dev.gantry.modeling.api.Linear;
import dev.gantry.modeling.api.Relation;
import dev.gantry.modeling.spi.Enforcement;
import dev.gantry.modeling.spi.Rewrite;
import dev.gantry.modeling.spi.RewriteContext;
import dev.gantry.modeling.spi.Shape;
import java.util.List;
import java.util.Set;

/** All-different as pairwise {@code ≠}; used where all-different cannot take the enforcement. */
public final class PairwiseAllDifferent implements Rewrite {
    @Override
    public String name() {
        return "pairwise-all-different";
    }

    @Override
    public Set<Shape> consumes() {
        return Enforced.shapes(ConstraintKind.ALL_DIFFERENT, Enforcement.NONE, Enforcement.IMPLIED);
    }

    @Override
    public Set<Shape> produces(Shape consumed) {
        return Set.of(new Shape(ConstraintKind.LINEAR, consumed.enforcement()));
    }

    @Override
    public void rewrite(Constraint constraint, RewriteContext context) {
        Enforced e = Enforced.of(constraint);
        List<LinExpr> xs = ((AllDifferent) e.inner()).expressions();
        for (int i = 0; i < xs.size(); i++) {
            for (int j = i + 1; j < xs.size(); j++) {
                context.post(e.wrap(new Linear(xs.get(i), Relation.NE, xs.get(j))));
            }
        }
    }
}
