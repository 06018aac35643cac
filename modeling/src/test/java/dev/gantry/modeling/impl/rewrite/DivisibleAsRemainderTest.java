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

class DivisibleAsRemainderTest {

    @Test
    void equivalentOnRandomModels() {
        long[] constants = {-3, -2, 2, 3};
        List<Model> models = Fuzz.models("divisible-remainder", (m, r) -> {
            IntVar x = m.intVar("x", -4, 4);
            IntVar y = m.intVar("y", -2, 2);
            IntVar d = m.intVar("d", Domain.values(-3, -2, 2, 3));
            List<BoolVar> bs = Fuzz.bools(m, 2);
            LinExpr value = r.nextBoolean() ? x.expr() : x.plus(y);
            LinExpr divisor = switch (r.nextInt(3)) {
                case 0 -> LinExpr.constant(constants[r.nextInt(constants.length)]);
                case 1 -> d.expr();
                default -> d.expr().negate();
            };
            m.group("g").add(Fuzz.enforce(r, Constraints.divisible(value, divisor), bs, Enforcement.values()));
            return m;
        });

        RewriteEquivalence.assertEquivalentOnAll(models, new DivisibleAsRemainder());
    }

    @Test
    void remainderIsBoundedByDivisorAndValue() {
        ModelBuilder m = Model.builder("d");
        IntVar x = m.intVar("x", -9, 9);
        IntVar d = m.intVar("d", Domain.values(-4, 2));
        BoolVar b = m.boolVar("b");
        m.group("g").add(Constraints.reify(b, Constraints.divisible(x, d)));

        Model lowered = RewriteEquivalence.applyOnce(m.build(), new DivisibleAsRemainder()).model();

        IntVar rem = lowered.variables().get(3);
        assertThat(rem.domain()).isEqualTo(Domain.range(-3, 3));
        assertThat(lowered.constraints()).extracting(pc -> pc.constraint())
                .containsExactly(Constraints.mod(rem, x, d), Constraints.reify(b, rem.eq(0)));
    }
}
