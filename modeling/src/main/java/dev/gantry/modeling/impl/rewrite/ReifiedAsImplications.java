package dev.gantry.modeling.impl.rewrite;

import dev.gantry.modeling.api.Clause;
import dev.gantry.modeling.api.Constraint;
import dev.gantry.modeling.api.ConstraintKind;
import dev.gantry.modeling.api.Implies;
import dev.gantry.modeling.api.Linear;
import dev.gantry.modeling.api.Literal;
import dev.gantry.modeling.spi.Enforcement;
import dev.gantry.modeling.spi.Rewrite;
import dev.gantry.modeling.spi.RewriteContext;
import dev.gantry.modeling.spi.Shape;
import java.util.List;
import java.util.Set;

/**
 * {@code b ⇔ c} as {@code b ⇒ c} and {@code ¬b ⇒ ¬c}, for the kinds whose negation is exact: a linear relation
 * (negated relation) and a clause (every literal false).
 */
public final class ReifiedAsImplications implements Rewrite {
    @Override
    public String name() {
        return "reified-as-implications";
    }

    @Override
    public Set<Shape> consumes() {
        return Set.of(new Shape(ConstraintKind.LINEAR, Enforcement.REIFIED), new Shape(ConstraintKind.CLAUSE, Enforcement.REIFIED));
    }

    @Override
    public Set<Shape> produces(Shape consumed) {
        return consumed.kind() == ConstraintKind.LINEAR
                ? Set.of(new Shape(ConstraintKind.LINEAR, Enforcement.IMPLIED))
                : Set.of(new Shape(ConstraintKind.CLAUSE, Enforcement.IMPLIED), new Shape(ConstraintKind.CLAUSE, Enforcement.NONE));
    }

    @Override
    public void rewrite(Constraint constraint, RewriteContext context) {
        Enforced e = Enforced.of(constraint);
        Literal b = e.literal();
        context.post(new Implies(b, e.inner()));
        if (e.inner() instanceof Linear l) {
            context.post(new Implies(b.not(), l.negated()));
        } else {
            for (Literal l : ((Clause) e.inner()).literals()) {
                context.post(new Clause(List.of(b, l.not())));
            }
        }
    }
}
