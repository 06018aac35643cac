package dev.gantry.modeling.impl.rewrite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.modeling.api.BoolVar;
import dev.gantry.modeling.api.Constraints;
import dev.gantry.modeling.api.Domain;
import dev.gantry.modeling.api.IntVar;
import dev.gantry.modeling.api.Model;
import dev.gantry.modeling.api.ModelBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class ElementUnderImplicationTest {

    @Test
    void equivalentOnRandomModels() {
        List<Model> models = Fuzz.models("element-implied", (m, r) -> {
            IntVar i = m.intVar("i", -1, 3);
            IntVar x = m.intVar("x", 0, 2);
            IntVar t = m.intVar("t", -1, 3);
            List<BoolVar> bs = Fuzz.bools(m, 2);
            m.group("g").add(Constraints.implies(Fuzz.literal(r, bs),
                    Constraints.element(i, List.of(x.expr(), x.plus(1), dev.gantry.modeling.api.LinExpr.constant(r.nextInt(3))), t)));
            return m;
        });

        RewriteEquivalence.assertEquivalentOnAll(models, new ElementUnderImplication());
    }

    @Test
    void theFreshIndexAndTargetSpanTheArray() {
        ModelBuilder m = Model.builder("e");
        BoolVar l = m.boolVar("l");
        IntVar i = m.intVar("i", 0, 5);
        IntVar t = m.intVar("t", 0, 1);
        m.group("g").add(Constraints.implies(l, Constraints.element(i, new long[] {4, -2, 7}, t)));

        Model lowered = RewriteEquivalence.applyOnce(m.build(), new ElementUnderImplication()).model();

        assertThat(lowered.variables().get(3).domain()).isEqualTo(Domain.range(0, 2));
        assertThat(lowered.variables().get(4).domain()).isEqualTo(Domain.range(-2, 7));
        assertThat(lowered.constraints()).hasSize(3);
    }
}
