package dev.gantry.modeling.impl.rewrite;

import dev.gantry.modeling.api.Clause;
import dev.gantry.modeling.api.Constraint;
import dev.gantry.modeling.api.ConstraintKind;
import dev.gantry.modeling.api.Domain;
import dev.gantry.modeling.api.Implies;
import dev.gantry.modeling.api.IntVar;
import dev.gantry.modeling.api.LinExpr;
import dev.gantry.modeling.api.Linear;
import dev.gantry.modeling.api.Relation;
import dev.gantry.modeling.api.Table;
import dev.gantry.modeling.spi.Enforcement;
import dev.gantry.modeling.spi.Rewrite;
import dev.gantry.modeling.spi.RewriteContext;
import dev.gantry.modeling.spi.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code l ⇒ (x…) ∈ T} (or ∉ T) as the table on fresh copies y, unconditionally, plus {@code l ⇒ xᵢ = yᵢ}. The
 * copies' domains keep the unconditional table satisfiable: an allowed table's columns, or for a forbidden table one
 * value past every tuple in the first column. An empty allowed table is {@code ¬l}. For CP-SAT, whose table takes no
 * enforcement (modeling.md E2).
 */
public final class TableUnderImplication implements Rewrite {
    @Override
    public String name() {
        return "table-under-implication";
    }

    @Override
    public Set<Shape> consumes() {
        return Set.of(new Shape(ConstraintKind.TABLE, Enforcement.IMPLIED));
    }

    @Override
    public Set<Shape> produces(Shape consumed) {
        return Set.of(new Shape(ConstraintKind.TABLE, Enforcement.NONE), new Shape(ConstraintKind.LINEAR, Enforcement.IMPLIED),
                new Shape(ConstraintKind.CLAUSE, Enforcement.NONE));
    }

    @Override
    public void rewrite(Constraint constraint, RewriteContext context) {
        Implies im = (Implies) constraint;
        Table t = (Table) im.then();
        if (!t.forbidden() && t.tuples().isEmpty()) {
            context.post(new Clause(List.of(im.condition().not())));
            return;
        }
        List<LinExpr> copies = new ArrayList<>();
        for (int i = 0; i < t.expressions().size(); i++) {
            long lo = t.forbidden() ? context.min(t.expressions().get(i)) : Long.MAX_VALUE;
            long hi = t.forbidden() ? context.max(t.expressions().get(i)) : Long.MIN_VALUE;
            for (long[] tuple : t.tuples()) {
                lo = Math.min(lo, tuple[i]);
                hi = Math.max(hi, tuple[i]);
            }
            if (t.forbidden() && i == 0) {
                hi++; // a first value no forbidden tuple has
            }
            IntVar y = context.newIntVar("column", Domain.range(lo, hi));
            copies.add(y.expr());
        }
        context.post(new Table(copies, t.tuples(), t.forbidden()));
        for (int i = 0; i < copies.size(); i++) {
            context.post(new Implies(im.condition(), new Linear(t.expressions().get(i), Relation.EQ, copies.get(i))));
        }
    }
}
