package dev.gantry.modeling.spi;

import dev.gantry.modeling.api.Constraint;
import dev.gantry.modeling.api.Implies;
import dev.gantry.modeling.api.Reify;
import dev.gantry.modeling.api.ConstraintKind;

/**
 * What a backend must support to post a constraint as it is: its kind and its enforcement. {@code Implies(l, c)}
 * has the shape (kind of c, IMPLIED); {@code Reify(b, c)} has (kind of c, REIFIED).
 */
public record Shape(ConstraintKind kind, Enforcement enforcement) {
    public static Shape of(Constraint c) {
        if (c instanceof Implies im) {
            return new Shape(im.then().kind(), Enforcement.IMPLIED);
        }
        if (c instanceof Reify r) {
            return new Shape(r.constraint().kind(), Enforcement.REIFIED);
        }
        return new Shape(c.kind(), Enforcement.NONE);
    }

    @Override
    public String toString() {
        return switch (enforcement) {
            case NONE -> kind.toString();
            case IMPLIED -> "implied " + kind;
            case REIFIED -> "reified " + kind;
        };
    }
}
