package dev.gantry.modeling.impl.rewrite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.modeling.api.BoolVar;
import dev.gantry.modeling.api.Constraint;
import dev.gantry.modeling.api.Constraints;
import dev.gantry.modeling.api.IntVar;
import dev.gantry.modeling.api.LinExpr;
import dev.gantry.modeling.api.Linear;
import dev.gantry.modeling.api.Literal;
import dev.gantry.modeling.api.Model;
import dev.gantry.modeling.api.ModelBuilder;
import dev.gantry.modeling.api.Relation;
import dev.gantry.modeling.spi.Enforcement;
import java.util.List;
import org.junit.jupiter.api.Test;

class BooleanSumAsLinearTest {

    @Test
    void equivalentOnRandomModels() {
        List<Model> models = Fuzz.models("boolean-sum", (m, r) -> {
            List<BoolVar> bs = Fuzz.bools(m, 4);
            IntVar x = m.intVar("x", 0, 2);
            int k = 1 + r.nextInt(2);
            for (int i = 0; i < k; i++) {
                List<Literal> lits = Fuzz.literals(r, bs, 1 + r.nextInt(3));
                Constraint c = switch (r.nextInt(3)) {
                    case 0 -> Constraints.clause(lits);
                    case 1 -> Constraints.atMostOne(lits);
                    default -> Constraints.exactlyOne(lits);
                };
                m.group("g" + i).add(Fuzz.enforce(r, c, bs, Enforcement.values()));
            }
            m.add(x.ge(bs.get(0)));
            return m;
        });

        RewriteEquivalence.assertEquivalentOnAll(models, new BooleanSumAsLinear());
    }

    @Test
    void exactlyOneBecomesASumOfLiteralsEqualToOne() {
        ModelBuilder m = Model.builder("eo");
        BoolVar a = m.boolVar("a");
        BoolVar b = m.boolVar("b");
        m.group("g").add(Constraints.exactlyOne(a, b.not()));

        Model lowered = RewriteEquivalence.applyOnce(m.build(), new BooleanSumAsLinear()).model();

        // a + (1 - b) = 1
        assertThat(lowered.constraints()).extracting(pc -> pc.constraint())
                .containsExactly(new Linear(a.minus(b).plus(1), Relation.EQ, LinExpr.constant(1)));
    }
}
