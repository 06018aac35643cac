package dev.gantry.modeling.impl.rewrite;

import dev.gantry.modeling.api.Constraint;
import dev.gantry.modeling.api.ConstraintKind;
import dev.gantry.modeling.api.Implies;
import dev.gantry.modeling.api.Literal;
import dev.gantry.modeling.api.Reify;
import dev.gantry.modeling.spi.Enforcement;
import dev.gantry.modeling.spi.Shape;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** A constraint split into its enforcement (none, {@code l ⇒}, {@code b ⇔}) and its inner constraint. */
record Enforced(Enforcement enforcement, Literal literal, Constraint inner) {
    static Enforced of(Constraint c) {
        if (c instanceof Implies im) {
            return new Enforced(Enforcement.IMPLIED, im.condition(), im.then());
        }
        if (c instanceof Reify r) {
            return new Enforced(Enforcement.REIFIED, r.indicator(), r.constraint());
        }
        return new Enforced(Enforcement.NONE, null, c);
    }

    /** {@code replacement} under the same enforcement as the original. */
    Constraint wrap(Constraint replacement) {
        return switch (enforcement) {
            case NONE -> replacement;
            case IMPLIED -> new Implies(literal, replacement);
            case REIFIED -> new Reify(literal, replacement);
        };
    }

    static Set<Shape> shapes(Set<ConstraintKind> kinds, Set<Enforcement> enforcements) {
        Set<Shape> out = new HashSet<>();
        for (ConstraintKind k : kinds) {
            for (Enforcement e : enforcements) {
                out.add(new Shape(k, e));
            }
        }
        return out;
    }

    static Set<Shape> shapes(ConstraintKind kind, Enforcement first, Enforcement... rest) {
        return shapes(EnumSet.of(kind), EnumSet.of(first, rest));
    }
}
