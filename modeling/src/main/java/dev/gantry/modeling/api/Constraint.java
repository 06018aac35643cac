package dev.gantry.modeling.api;

/** A constraint of the IR: one record per kind. Create them with {@link Constraints} or expression methods. */
public sealed interface Constraint
        permits Linear, AllDifferent, Element, Table, NoOverlap, Cumulative, Implies, Reify, Clause, AtMostOne,
        ExactlyOne, MinOf, MaxOf, Abs, Mul, Div, Mod, Divisible {

    ConstraintKind kind();

    <R> R accept(ConstraintVisitor<R> visitor);
}
