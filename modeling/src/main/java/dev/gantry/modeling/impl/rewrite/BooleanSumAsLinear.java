package dev.gantry.modeling.impl.rewrite;

import dev.gantry.modeling.api.AtMostOne;
import dev.gantry.modeling.api.Clause;
import dev.gantry.modeling.api.Constraint;
import dev.gantry.modeling.api.ConstraintKind;
import dev.gantry.modeling.api.LinExpr;
import dev.gantry.modeling.api.Linear;
import dev.gantry.modeling.api.Literal;
import dev.gantry.modeling.api.Relation;
import dev.gantry.modeling.spi.Enforcement;
import dev.gantry.modeling.spi.Rewrite;
import dev.gantry.modeling.spi.RewriteContext;
import dev.gantry.modeling.spi.Shape;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Clause, at-most-one and exactly-one as a linear sum of literals (≥ 1, ≤ 1, = 1); exact, so any enforcement. */
public final class BooleanSumAsLinear implements Rewrite {
    @Override
    public String name() {
        return "boolean-sum-as-linear";
    }

    @Override
    public Set<Shape> consumes() {
        return Enforced.shapes(EnumSet.of(ConstraintKind.CLAUSE, ConstraintKind.AT_MOST_ONE, ConstraintKind.EXACTLY_ONE),
                EnumSet.allOf(Enforcement.class));
    }

    @Override
    public Set<Shape> produces(Shape consumed) {
        return Set.of(new Shape(ConstraintKind.LINEAR, consumed.enforcement()));
    }

    @Override
    public void rewrite(Constraint constraint, RewriteContext context) {
        Enforced e = Enforced.of(constraint);
        List<Literal> literals;
        Relation relation;
        if (e.inner() instanceof Clause c) {
            literals = c.literals();
            relation = Relation.GE;
        } else if (e.inner() instanceof AtMostOne c) {
            literals = c.literals();
            relation = Relation.LE;
        } else {
            literals = ((dev.gantry.modeling.api.ExactlyOne) e.inner()).literals();
            relation = Relation.EQ;
        }
        LinExpr sum = LinExpr.sum(literals.stream().map(Literal::asExpr).toList());
        context.post(e.wrap(new Linear(sum, relation, LinExpr.constant(1))));
    }
}
