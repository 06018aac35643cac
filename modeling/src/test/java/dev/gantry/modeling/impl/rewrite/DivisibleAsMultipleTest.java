package dev.gantry.modeling.impl.rewrite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.modeling.api.BoolVar;
import dev.gantry.modeling.api.Constraints;
import dev.gantry.modeling.api.Domain;
import dev.gantry.modeling.api.IntVar;
import dev.gantry.modeling.api.LinExpr;
import dev.gantry.modeling.api.Model;
import dev.gantry.modeling.api.ModelBuilder;
import dev.gantry.modeling.spi.Enforcement;
import java.util.List;
import org.junit.jupiter.api.Test;

class DivisibleAsMultipleTest {

    @Test
    void equivalentOnRandomModels() {
        long[] divisors = {-3, -2, 2, 3, 4};
        List<Model> models = Fuzz.models("divisible-multiple", (m, r) -> {
            IntVar x = m.intVar("x", -3, 3);
            IntVar y = m.intVar("y", -3, 3);
            List<BoolVar> bs = Fuzz.bools(m, 2);
            int k = 1 + r.nextInt(2);
            for (int i = 0; i < k; i++) {
                LinExpr value = r.nextBoolean() ? Fuzz.affine(r, x).plus(y) : Fuzz.affine(r, y);
                m.group("g" + i).add(Fuzz.enforce(r, Constraints.divisible(value, divisors[r.nextInt(divisors.length)]), bs,
                        Enforcement.NONE, Enforcement.IMPLIED));
            }
            return m;
        });

        RewriteEquivalence.assertEquivalentOnAll(models, new DivisibleAsMultiple());
    }

    @Test
    void appliesOnlyToConstantDivisors() {
        ModelBuilder m = Model.builder("d");
        IntVar x = m.intVar("x", 0, 9);
        IntVar d = m.intVar("d", 2, 3);
        DivisibleAsMultiple rule = new DivisibleAsMultiple();

        assertThat(rule.appliesTo(Constraints.divisible(x, 3))).isTrue();
        assertThat(rule.appliesTo(Constraints.implies(m.boolVar("b"), Constraints.divisible(x, -3)))).isTrue();
        assertThat(rule.appliesTo(Constraints.divisible(x, d))).isFalse();
    }

    @Test
    void quotientDomainCoversTheValueRange() {
        ModelBuilder m = Model.builder("d");
        IntVar x = m.intVar("x", -7, 8);
        m.group("g").add(Constraints.divisible(x, -3));

        Model lowered = RewriteEquivalence.applyOnce(m.build(), new DivisibleAsMultiple()).model();

        IntVar q = lowered.variables().get(1);
        assertThat(q.domain()).isEqualTo(Domain.range(-3, 2));
        assertThat(lowered.constraints()).extracting(pc -> pc.constraint()).containsExactly(x.eq(q.times(3)));
    }
}
