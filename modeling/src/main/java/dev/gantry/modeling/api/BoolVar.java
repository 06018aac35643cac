package dev.gantry.modeling.api;

/** A 0/1 variable, usable both as an integer and as a positive {@link Literal}. */
public final class BoolVar extends IntVar implements Literal {
    private final Literal negation = new NotLiteral(this);

    BoolVar(int index, String name) {
        super(index, name, Domain.range(0, 1));
    }

    @Override
    public BoolVar variable() {
        return this;
    }

    @Override
    public boolean negated() {
        return false;
    }

    @Override
    public Literal not() {
        return negation;
    }

    @Override
    public LinExpr asExpr() {
        return expr();
    }
}
