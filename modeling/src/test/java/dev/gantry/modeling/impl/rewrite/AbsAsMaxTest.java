package dev.gantry.modeling.impl.rewrite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.modeling.api.Constraints;
import dev.gantry.modeling.api.IntVar;
import dev.gantry.modeling.api.LinExpr;
import dev.gantry.modeling.api.Model;
import dev.gantry.modeling.api.ModelBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class AbsAsMaxTest {

    @Test
    void equivalentOnRandomModels() {
        List<Model> models = Fuzz.models("abs-max", (m, r) -> {
            IntVar x = m.intVar("x", -3, 3);
            IntVar y = m.intVar("y", -3, 3);
            IntVar t = m.intVar("t", -1, 4);
            LinExpr argument = r.nextBoolean() ? Fuzz.affine(r, x) : x.minus(y);
            LinExpr target = r.nextBoolean() ? t.expr() : t.plus(1);
            m.group("g").add(Constraints.abs(target, argument));
            if (r.nextBoolean()) {
                m.add(y.le(x));
            }
            return m;
        });

        RewriteEquivalence.assertEquivalentOnAll(models, new AbsAsMax());
    }

    @Test
    void absBecomesMaxOfTheArgumentAndItsNegation() {
        ModelBuilder m = Model.builder("a");
        IntVar t = m.intVar("t", 0, 5);
        IntVar x = m.intVar("x", -5, 5);
        m.group("g").add(Constraints.abs(t, x.minus(1)));

        Model lowered = RewriteEquivalence.applyOnce(m.build(), new AbsAsMax()).model();

        assertThat(lowered.constraints()).extracting(pc -> pc.constraint())
                .containsExactly(Constraints.maxOf(t, x.minus(1), x.expr().negate().plus(1)));
    }
}
