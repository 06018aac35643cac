package dev.gantry.modeling.api;

/**
 * An integer decision variable. Created by {@link ModelBuilder}; identity is the index in its model (derived
 * models share their variables).
 */
public sealed class IntVar implements Expression permits BoolVar {
    private final int index;
    private final String name;
    private final Domain domain;
    private final LinExpr asExpr;

    IntVar(int index, String name, Domain domain) {
        this.index = index;
        this.name = name;
        this.domain = domain;
        this.asExpr = LinExpr.term(this, 1);
    }

    public final int index() {
        return index;
    }

    public final String name() {
        return name;
    }

    public final Domain domain() {
        return domain;
    }

    /** Auxiliary variables (names starting with {@code _}) are created by rewrites, never by users. */
    public final boolean isAuxiliary() {
        return name.startsWith("_");
    }

    @Override
    public final LinExpr expr() {
        return asExpr;
    }

    @Override
    public String toString() {
        return name;
    }
}
