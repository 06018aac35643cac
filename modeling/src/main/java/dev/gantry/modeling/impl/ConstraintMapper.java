package dev.gantry.modeling.impl;

import dev.gantry.modeling.api.Abs;
import dev.gantry.modeling.api.AllDifferent;
import dev.gantry.modeling.api.AtMostOne;
import dev.gantry.modeling.api.Clause;
import dev.gantry.modeling.api.Constraint;
import dev.gantry.modeling.api.ConstraintVisitor;
import dev.gantry.modeling.api.Cumulative;
import dev.gantry.modeling.api.Div;
import dev.gantry.modeling.api.Divisible;
import dev.gantry.modeling.api.Element;
import dev.gantry.modeling.api.ExactlyOne;
import dev.gantry.modeling.api.Implies;
import dev.gantry.modeling.api.LinExpr;
import dev.gantry.modeling.api.Linear;
import dev.gantry.modeling.api.MaxOf;
import dev.gantry.modeling.api.MinOf;
import dev.gantry.modeling.api.Mod;
import dev.gantry.modeling.api.Mul;
import dev.gantry.modeling.api.NoOverlap;
import dev.gantry.modeling.api.Reify;
import dev.gantry.modeling.api.Table;
import java.util.List;
import java.util.function.UnaryOperator;

/** Rebuilds a constraint with every linear expression mapped (parameter substitution). Intervals are kept. */
public record ConstraintMapper(UnaryOperator<LinExpr> f) implements ConstraintVisitor<Constraint> {

    private List<LinExpr> all(List<LinExpr> es) {
        return es.stream().map(f).toList();
    }

    @Override
    public Constraint visit(Linear c) {
        return new Linear(f.apply(c.left()), c.relation(), f.apply(c.right()));
    }

    @Override
    public Constraint visit(AllDifferent c) {
        return new AllDifferent(all(c.expressions()));
    }

    @Override
    public Constraint visit(Element c) {
        return new Element(f.apply(c.index()), all(c.array()), f.apply(c.target()));
    }

    @Override
    public Constraint visit(Table c) {
        return new Table(all(c.expressions()), c.tuples(), c.forbidden());
    }

    @Override
    public Constraint visit(NoOverlap c) {
        return c;
    }

    @Override
    public Constraint visit(Cumulative c) {
        return new Cumulative(c.intervals(), all(c.demands()), f.apply(c.capacity()));
    }

    @Override
    public Constraint visit(Implies c) {
        return new Implies(c.condition(), c.then().accept(this));
    }

    @Override
    public Constraint visit(Reify c) {
        return new Reify(c.indicator(), c.constraint().accept(this));
    }

    @Override
    public Constraint visit(Clause c) {
        return c;
    }

    @Override
    public Constraint visit(AtMostOne c) {
        return c;
    }

    @Override
    public Constraint visit(ExactlyOne c) {
        return c;
    }

    @Override
    public Constraint visit(MinOf c) {
        return new MinOf(f.apply(c.target()), all(c.arguments()));
    }

    @Override
    public Constraint visit(MaxOf c) {
        return new MaxOf(f.apply(c.target()), all(c.arguments()));
    }

    @Override
    public Constraint visit(Abs c) {
        return new Abs(f.apply(c.target()), f.apply(c.argument()));
    }

    @Override
    public Constraint visit(Mul c) {
        return new Mul(f.apply(c.target()), f.apply(c.left()), f.apply(c.right()));
    }

    @Override
    public Constraint visit(Div c) {
        return new Div(f.apply(c.target()), f.apply(c.dividend()), f.apply(c.divisor()));
    }

    @Override
    public Constraint visit(Mod c) {
        return new Mod(f.apply(c.target()), f.apply(c.dividend()), f.apply(c.divisor()));
    }

    @Override
    public Constraint visit(Divisible c) {
        return new Divisible(f.apply(c.value()), f.apply(c.divisor()));
    }
}
