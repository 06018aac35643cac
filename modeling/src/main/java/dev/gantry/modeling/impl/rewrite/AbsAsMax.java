package dev.gantry.modeling.impl.rewrite;

import dev.gantry.modeling.api.Abs;
import dev.gantry.modeling.api.Constraint;
import dev.gantry.modeling.api.ConstraintKind;
import dev.gantry.modeling.api.MaxOf;
import dev.gantry.modeling.spi.Enforcement;
import dev.gantry.modeling.spi.Rewrite;
import dev.gantry.modeling.spi.RewriteContext;
import dev.gantry.modeling.spi.Shape;
import java.util.List;
import java.util.Set;

/** {@code t = |x|} as {@code t = max(x, -x)}. */
public final class AbsAsMax implements Rewrite {
    @Override
    public String name() {
        return "abs-as-max";
    }

    @Override
    public Set<Shape> consumes() {
        return Set.of(new Shape(ConstraintKind.ABS, Enforcement.NONE));
    }

    @Override
    public Set<Shape> produces(Shape consumed) {
        return Set.of(new Shape(ConstraintKind.MAX_OF, Enforcement.NONE));
    }

    @Override
    public void rewrite(Constraint constraint, RewriteContext context) {
        Abs a = (Abs) constraint;
        context.post(new MaxOf(a.target(), List.of(a.argument(), a.argument().negate())));
    }
}
