package dev.gantry.modeling.impl.rewrite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.modeling.api.BoolVar;
import dev.gantry.modeling.api.Constraints;
import dev.gantry.modeling.api.IntVar;
import dev.gantry.modeling.api.LinExpr;
import dev.gantry.modeling.api.Model;
import dev.gantry.modeling.api.ModelBuilder;
import dev.gantry.modeling.spi.Enforcement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PairwiseAllDifferentTest {

    @Test
    void equivalentOnRandomModels() {
        List<Model> models = Fuzz.models("all-different", (m, r) -> {
            List<IntVar> xs = List.of(m.intVar("x", 0, 2), m.intVar("y", 0, 2), m.intVar("z", 0, 2), m.intVar("w", 1, 3));
            List<BoolVar> bs = Fuzz.bools(m, 2);
            int n = 2 + r.nextInt(3);
            List<LinExpr> es = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                IntVar v = xs.get(r.nextInt(xs.size()));
                es.add(r.nextInt(3) == 0 ? Fuzz.affine(r, v) : v.expr());
            }
            m.group("g").add(Fuzz.enforce(r, Constraints.allDifferent(es), bs, Enforcement.NONE, Enforcement.IMPLIED));
            return m;
        });

        RewriteEquivalence.assertEquivalentOnAll(models, new PairwiseAllDifferent());
    }

    @Test
    void nExpressionsGiveNChooseTwoDisequalitiesUnderTheSameLiteral() {
        ModelBuilder m = Model.builder("ad");
        BoolVar l = m.boolVar("l");
        IntVar x = m.intVar("x", 0, 3);
        IntVar y = m.intVar("y", 0, 3);
        IntVar z = m.intVar("z", 0, 3);
        m.group("g").add(Constraints.implies(l, Constraints.allDifferent(x, y, z)));

        Model lowered = RewriteEquivalence.applyOnce(m.build(), new PairwiseAllDifferent()).model();

        assertThat(lowered.constraints()).extracting(pc -> pc.constraint()).containsExactly(
                Constraints.implies(l, x.ne(y)), Constraints.implies(l, x.ne(z)), Constraints.implies(l, y.ne(z)));
    }
}
