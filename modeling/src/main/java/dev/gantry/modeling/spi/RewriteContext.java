package dev.gantry.modeling.spi;

import dev.gantry.modeling.api.BoolVar;
import dev.gantry.modeling.api.Constraint;
import dev.gantry.modeling.api.Domain;
import dev.gantry.modeling.api.IntVar;
import dev.gantry.modeling.api.IntervalVar;
import dev.gantry.modeling.api.LinExpr;
import dev.gantry.modeling.api.Literal;

/** Where a rewrite posts its output; everything posted inherits the source constraint's group (provenance). */
public interface RewriteContext {
    void post(Constraint constraint);

    IntVar newIntVar(String hint, Domain domain);

    BoolVar newBoolVar(String hint);

    IntervalVar newInterval(String hint, LinExpr start, LinExpr size, LinExpr end, Literal presence);

    /** Smallest value of an expression over the current domains. */
    long min(LinExpr expression);

    /** Largest value of an expression over the current domains. */
    long max(LinExpr expression);
}
