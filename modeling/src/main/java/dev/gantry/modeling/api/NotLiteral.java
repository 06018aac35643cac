package dev.gantry.modeling.api;

/** The negation of a Boolean variable; obtain it with {@link BoolVar#not()}. */
public record NotLiteral(BoolVar variable) implements Literal {
    @Override
    public boolean negated() {
        return true;
    }

    @Override
    public Literal not() {
        return variable;
    }

    @Override
    public LinExpr asExpr() {
        return LinExpr.constant(1).minus(variable);
    }

    @Override
    public String toString() {
        return "¬" + variable.name();
    }
}
