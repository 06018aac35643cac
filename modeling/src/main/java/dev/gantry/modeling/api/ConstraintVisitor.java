package dev.gantry.modeling.api;

/** A visitor over the closed set of constraint kinds: a new kind breaks every visitor at compile time. */
public interface ConstraintVisitor<R> {
    R visit(Linear c);

    R visit(AllDifferent c);

    R visit(Element c);

    R visit(Table c);

    R visit(NoOverlap c);

    R visit(Cumulative c);

    R visit(Implies c);

    R visit(Reify c);

    R visit(Clause c);

    R visit(AtMostOne c);

    R visit(ExactlyOne c);

    R visit(MinOf c);

    R visit(MaxOf c);

    R visit(Abs c);

    R visit(Mul c);

    R visit(Div c);

    R visit(Mod c);

    R visit(Divisible c);
}
