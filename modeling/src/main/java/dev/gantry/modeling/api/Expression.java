package dev.gantry.modeling.api;

/**
 * Anything usable as a linear expression: variables, parameters and {@link LinExpr} itself. Relations are
 * typed methods ({@code x.le(y)}), never operator strings.
 */
public interface Expression {
    LinExpr expr();

    default LinExpr plus(Expression other) {
        return expr().plus(other);
    }

    default LinExpr plus(long constant) {
        return expr().plus(constant);
    }

    default LinExpr minus(Expression other) {
        return expr().minus(other);
    }

    default LinExpr minus(long constant) {
        return expr().minus(constant);
    }

    default LinExpr times(long factor) {
        return expr().times(factor);
    }

    default Linear le(Expression other) {
        return new Linear(expr(), Relation.LE, other.expr());
    }

    default Linear le(long constant) {
        return new Linear(expr(), Relation.LE, LinExpr.constant(constant));
    }

    default Linear lt(Expression other) {
        return new Linear(expr(), Relation.LT, other.expr());
    }

    default Linear lt(long constant) {
        return new Linear(expr(), Relation.LT, LinExpr.constant(constant));
    }

    default Linear ge(Expression other) {
        return new Linear(expr(), Relation.GE, other.expr());
    }

    default Linear ge(long constant) {
        return new Linear(expr(), Relation.GE, LinExpr.constant(constant));
    }

    default Linear gt(Expression other) {
        return new Linear(expr(), Relation.GT, other.expr());
    }

    default Linear gt(long constant) {
        return new Linear(expr(), Relation.GT, LinExpr.constant(constant));
    }

    default Linear eq(Expression other) {
        return new Linear(expr(), Relation.EQ, other.expr());
    }

    default Linear eq(long constant) {
        return new Linear(expr(), Relation.EQ, LinExpr.constant(constant));
    }

    default Linear ne(Expression other) {
        return new Linear(expr(), Relation.NE, other.expr());
    }

    default Linear ne(long constant) {
        return new Linear(expr(), Relation.NE, LinExpr.constant(constant));
    }
}
