package dev.gantry.modeling.impl;

import dev.gantry.modeling.api.BoolVar;
import dev.gantry.modeling.api.Domain;
import dev.gantry.modeling.api.IntVar;
import dev.gantry.modeling.api.IntervalVar;
import dev.gantry.modeling.api.LinExpr;
import dev.gantry.modeling.api.Literal;
import dev.gantry.modeling.api.ModelBuilder;
import dev.gantry.modeling.api.Param;
import dev.gantry.modeling.spi.RewriteContext;
import java.util.function.ToLongFunction;

/** A rewrite context over a {@link ModelBuilder}: auxiliaries come from the builder; subclasses decide how to post. */
public abstract class AbstractRewriteContext implements RewriteContext {
    protected final ModelBuilder builder;
    private final ToLongFunction<Param> paramValue;

    protected AbstractRewriteContext(ModelBuilder builder, ToLongFunction<Param> paramValue) {
        this.builder = builder;
        this.paramValue = paramValue;
    }

    @Override
    public IntVar newIntVar(String hint, Domain domain) {
        return builder.auxIntVar(hint, domain);
    }

    @Override
    public BoolVar newBoolVar(String hint) {
        return builder.auxBoolVar(hint);
    }

    @Override
    public IntervalVar newInterval(String hint, LinExpr start, LinExpr size, LinExpr end, Literal presence) {
        return builder.auxInterval(hint, start, size, end, presence);
    }

    @Override
    public long min(LinExpr expression) {
        return expression.min(paramValue);
    }

    @Override
    public long max(LinExpr expression) {
        return expression.max(paramValue);
    }
}
