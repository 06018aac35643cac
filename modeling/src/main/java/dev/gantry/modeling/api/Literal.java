package dev.gantry.modeling.api;

/** A Boolean variable or its negation. */
public sealed interface Literal permits BoolVar, NotLiteral {
    BoolVar variable();

    boolean negated();

    Literal not();

    /** The literal as a 0/1 linear expression: {@code b} or {@code 1 - b}. */
    LinExpr asExpr();

    /** Whether the literal is true when its variable takes {@code value}. */
    default boolean isTrueFor(long value) {
        return negated() ? value == 0 : value != 0;
    }
}
