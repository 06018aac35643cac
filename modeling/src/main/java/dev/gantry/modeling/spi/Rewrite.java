package dev.gantry.modeling.spi;

import dev.gantry.modeling.api.Constraint;
import java.util.Set;

/**
 * A declared decomposition rule (R12): it consumes constraints of some shapes and produces constraints of other
 * shapes. The lowering planner chains rewrites toward a backend's native set, shortest chain first.
 */
public interface Rewrite {
    /** A short name for diagnostics. */
    String name();

    /** The shapes this rule can rewrite. */
    Set<Shape> consumes();

    /** The shapes it may produce from a constraint of shape {@code consumed}. */
    Set<Shape> produces(Shape consumed);

    /** Whether the rule applies to this particular constraint (some rules need, e.g., a constant divisor). */
    default boolean appliesTo(Constraint constraint) {
        return true;
    }

    /** Posts an equivalent set of constraints into {@code context}; auxiliaries come from the context. */
    void rewrite(Constraint constraint, RewriteContext context);
}
