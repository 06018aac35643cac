package dev.gantry.modeling.impl.rewrite;

import dev.gantry.modeling.api.BoolVar;
import dev.gantry.modeling.api.Clause;
import dev.gantry.modeling.api.Constraint;
import dev.gantry.modeling.api.ConstraintKind;
import dev.gantry.modeling.api.Cumulative;
import dev.gantry.modeling.api.Implies;
import dev.gantry.modeling.api.IntervalVar;
import dev.gantry.modeling.api.LinExpr;
import dev.gantry.modeling.api.Linear;
import dev.gantry.modeling.api.Literal;
import dev.gantry.modeling.api.NoOverlap;
import dev.gantry.modeling.api.Relation;
import dev.gantry.modeling.api.ZeroLength;
import dev.gantry.modeling.spi.Enforcement;
import dev.gantry.modeling.spi.Rewrite;
import dev.gantry.modeling.spi.RewriteContext;
import dev.gantry.modeling.spi.Shape;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * NoOverlap as a unit cumulative of capacity 1 (which ignores zero-length intervals), plus, for STRICT, a pairwise
 * disjunction for every interval that can have size 0 (S1), so it may touch but not sit inside another.
 */
public final class NoOverlapAsCumulative implements Rewrite {
    @Override
    public String name() {
        return "no-overlap-as-cumulative";
    }

    @Override
    public Set<Shape> consumes() {
        return Set.of(new Shape(ConstraintKind.NO_OVERLAP, Enforcement.NONE));
    }

    @Override
    public Set<Shape> produces(Shape consumed) {
        return Set.of(new Shape(ConstraintKind.CUMULATIVE, Enforcement.NONE), new Shape(ConstraintKind.LINEAR, Enforcement.IMPLIED),
                new Shape(ConstraintKind.CLAUSE, Enforcement.NONE));
    }

    @Override
    public void rewrite(Constraint constraint, RewriteContext context) {
        NoOverlap n = (NoOverlap) constraint;
        List<IntervalVar> ivs = n.intervals();
        context.post(new Cumulative(ivs, Collections.nCopies(ivs.size(), LinExpr.constant(1)), LinExpr.constant(1)));
        if (n.zeroLength() != ZeroLength.STRICT) {
            return;
        }
        for (int i = 0; i < ivs.size(); i++) {
            IntervalVar a = ivs.get(i);
            if (context.min(a.size()) > 0) {
                continue;
            }
            for (int j = 0; j < ivs.size(); j++) {
                IntervalVar b = ivs.get(j);
                boolean bothZeroable = context.min(b.size()) == 0;
                if (j == i || (bothZeroable && j < i)) {
                    continue; // each pair once
                }
                disjunction(a, b, context);
            }
        }
    }

    /** {@code end_a ≤ start_b ∨ end_b ≤ start_a} when both are present. */
    static void disjunction(IntervalVar a, IntervalVar b, RewriteContext context) {
        BoolVar before = context.newBoolVar("before");
        BoolVar after = context.newBoolVar("after");
        context.post(new Implies(before, new Linear(a.end(), Relation.LE, b.start())));
        context.post(new Implies(after, new Linear(b.end(), Relation.LE, a.start())));
        List<Literal> clause = new ArrayList<>(List.of(before, after));
        a.presence().ifPresent(p -> clause.add(p.not()));
        b.presence().ifPresent(p -> clause.add(p.not()));
        context.post(new Clause(clause));
    }
}
