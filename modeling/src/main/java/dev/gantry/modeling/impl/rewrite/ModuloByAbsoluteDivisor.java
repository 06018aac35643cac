package dev.gantry.modeling.impl.rewrite;

import dev.gantry.modeling.api.Abs;
import dev.gantry.modeling.api.Constraint;
import dev.gantry.modeling.api.ConstraintKind;
import dev.gantry.modeling.api.Domain;
import dev.gantry.modeling.api.IntVar;
import dev.gantry.modeling.api.Mod;
import dev.gantry.modeling.spi.Enforcement;
import dev.gantry.modeling.spi.Rewrite;
import dev.gantry.modeling.spi.RewriteContext;
import dev.gantry.modeling.spi.Shape;
import java.util.Set;

/**
 * A semantic lowering for backends that need a positive modulus (CP-SAT): with the dividend's sign (S4),
 * {@code x % d = x % |d|}, so a possibly negative modulus is replaced by its absolute value.
 */
public final class ModuloByAbsoluteDivisor implements Rewrite {
    @Override
    public String name() {
        return "modulo-by-absolute-divisor";
    }

    @Override
    public Set<Shape> consumes() {
        return Set.of(new Shape(ConstraintKind.MOD, Enforcement.NONE));
    }

    @Override
    public Set<Shape> produces(Shape consumed) {
        return Set.of(new Shape(ConstraintKind.MOD, Enforcement.NONE), new Shape(ConstraintKind.ABS, Enforcement.NONE));
    }

    @Override
    public boolean appliesTo(Constraint constraint) {
        return constraint instanceof Mod m && m.divisor().min(p -> p.defaultValue()) < 0;
    }

    @Override
    public void rewrite(Constraint constraint, RewriteContext context) {
        Mod m = (Mod) constraint;
        long hi = Math.max(Math.abs(context.min(m.divisor())), Math.abs(context.max(m.divisor())));
        IntVar magnitude = context.newIntVar("absmod", Domain.range(1, hi));
        context.post(new Abs(magnitude.expr(), m.divisor()));
        context.post(new Mod(m.target(), m.dividend(), magnitude.expr()));
    }
}
