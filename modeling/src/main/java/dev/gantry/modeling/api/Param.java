package dev.gantry.modeling.api;

/**
 * A named constant usable wherever a constant is (inside linear expressions). Its value lives in the model, so
 * {@link Model#withParam(String, long)} derives a model with another value, and numeric repair can search it.
 */
public final class Param implements Expression {
    private final String name;
    private final long defaultValue;
    private final LinExpr asExpr;

    Param(String name, long defaultValue) {
        this.name = name;
        this.defaultValue = defaultValue;
        this.asExpr = LinExpr.paramTerm(this, 1);
    }

    public String name() {
        return name;
    }

    /** The value given when the parameter was declared; a derived model may hold another. */
    public long defaultValue() {
        return defaultValue;
    }

    @Override
    public LinExpr expr() {
        return asExpr;
    }

    @Override
    public String toString() {
        return "$" + name;
    }
}
