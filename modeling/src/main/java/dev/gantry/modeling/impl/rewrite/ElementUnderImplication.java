package dev.gantry.modeling.impl.rewrite;

import dev.gantry.modeling.api.Constraint;
import dev.gantry.modeling.api.ConstraintKind;
import dev.gantry.modeling.api.Domain;
import dev.gantry.modeling.api.Element;
import dev.gantry.modeling.api.Implies;
import dev.gantry.modeling.api.IntVar;
import dev.gantry.modeling.api.Linear;
import dev.gantry.modeling.api.Relation;
import dev.gantry.modeling.spi.Enforcement;
import dev.gantry.modeling.spi.Rewrite;
import dev.gantry.modeling.spi.RewriteContext;
import dev.gantry.modeling.spi.Shape;
import java.util.Set;

/**
 * {@code l ⇒ t = a[i]} as {@code t' = a[i']} over a fresh index and a fresh target, unconditionally (always
 * satisfiable: any i' picks a value within t's range), plus {@code l ⇒ i = i'} and {@code l ⇒ t = t'}. For CP-SAT,
 * whose element takes no enforcement; the explainer puts whole groups under one literal (modeling.md E2).
 */
public final class ElementUnderImplication implements Rewrite {
    @Override
    public String name() {
        return "element-under-implication";
    }

    @Override
    public Set<Shape> consumes() {
        return Set.of(new Shape(ConstraintKind.ELEMENT, Enforcement.IMPLIED));
    }

    @Override
    public Set<Shape> produces(Shape consumed) {
        return Set.of(new Shape(ConstraintKind.ELEMENT, Enforcement.NONE), new Shape(ConstraintKind.LINEAR, Enforcement.IMPLIED));
    }

    @Override
    public void rewrite(Constraint constraint, RewriteContext context) {
        Implies im = (Implies) constraint;
        Element e = (Element) im.then();
        long lo = e.array().stream().mapToLong(context::min).min().orElseThrow();
        long hi = e.array().stream().mapToLong(context::max).max().orElseThrow();
        IntVar index = context.newIntVar("index", Domain.range(0, e.array().size() - 1));
        IntVar target = context.newIntVar("element", Domain.range(lo, hi));
        context.post(new Element(index.expr(), e.array(), target.expr()));
        context.post(new Implies(im.condition(), new Linear(e.index(), Relation.EQ, index.expr())));
        context.post(new Implies(im.condition(), new Linear(e.target(), Relation.EQ, target.expr())));
    }
}
