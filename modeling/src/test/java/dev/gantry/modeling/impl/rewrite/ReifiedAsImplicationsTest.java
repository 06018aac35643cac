package dev.gantry.modeling.impl.rewrite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.modeling.api.BoolVar;
import dev.gantry.modeling.api.Constraint;
import dev.gantry.modeling.api.Constraints;
import dev.gantry.modeling.api.IntVar;
import dev.gantry.modeling.api.LinExpr;
import dev.gantry.modeling.api.Linear;
import dev.gantry.modeling.api.Model;
import dev.gantry.modeling.api.ModelBuilder;
import dev.gantry.modeling.api.Relation;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReifiedAsImplicationsTest {

    @Test
    void equivalentOnRandomModels() {
        Relation[] relations = Relation.values();
        List<Model> models = Fuzz.models("reified", (m, r) -> {
            IntVar x = m.intVar("x", -1, 2);
            IntVar y = m.intVar("y", -1, 2);
            List<BoolVar> bs = Fuzz.bools(m, 3);
            int k = 1 + r.nextInt(2);
            for (int i = 0; i < k; i++) {
                Constraint inner;
                if (r.nextBoolean()) {
                    LinExpr left = x.times(r.nextInt(5) - 2).plus(y.times(r.nextInt(5) - 2));
                    inner = new Linear(left, relations[r.nextInt(relations.length)], LinExpr.constant(r.nextInt(5) - 2));
                } else {
                    inner = Constraints.clause(Fuzz.literals(r, bs, 1 + r.nextInt(3)));
                }
                m.group("g" + i).add(Constraints.reify(Fuzz.literal(r, bs), inner));
            }
            return m;
        });

        RewriteEquivalence.assertEquivalentOnAll(models, new ReifiedAsImplications());
    }

    @Test
    void reifiedLinearBecomesTwoImplicationsWithTheNegatedRelation() {
        ModelBuilder m = Model.builder("r");
        BoolVar b = m.boolVar("b");
        IntVar x = m.intVar("x", 0, 5);
        m.group("g").add(Constraints.reify(b, x.le(3)));

        Model lowered = RewriteEquivalence.applyOnce(m.build(), new ReifiedAsImplications()).model();

        assertThat(lowered.constraints()).extracting(pc -> pc.constraint())
                .containsExactly(Constraints.implies(b, x.le(3)), Constraints.implies(b.not(), x.gt(3)));
    }
}
