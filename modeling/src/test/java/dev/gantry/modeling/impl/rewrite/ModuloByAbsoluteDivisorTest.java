package dev.gantry.modeling.impl.rewrite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.modeling.api.Constraints;
import dev.gantry.modeling.api.Domain;
import dev.gantry.modeling.api.IntVar;
import dev.gantry.modeling.api.LinExpr;
import dev.gantry.modeling.api.Model;
import dev.gantry.modeling.api.ModelBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModuloByAbsoluteDivisorTest {

    @Test
    void equivalentOnRandomModels() {
        List<Model> models = Fuzz.models("modulo-abs", (m, r) -> {
            IntVar t = m.intVar("t", -3, 3);
            IntVar x = m.intVar("x", -4, 4);
            IntVar d = r.nextBoolean() ? m.intVar("d", Domain.values(-3, -2, -1, 1, 2)) : m.intVar("d", -3, -1);
            LinExpr divisor = switch (r.nextInt(3)) {
                case 0 -> d.expr();
                case 1 -> LinExpr.constant(-2 - r.nextInt(2));
                default -> d.times(2);
            };
            LinExpr dividend = r.nextBoolean() ? x.expr() : x.plus(1);
            m.group("g").add(Constraints.mod(t, dividend, divisor));
            return m;
        });

        RewriteEquivalence.assertEquivalentOnAll(models, new ModuloByAbsoluteDivisor());
    }

    @Test
    void appliesOnlyWhenTheDivisorCanBeNegative() {
        ModelBuilder m = Model.builder("mod");
        IntVar t = m.intVar("t", -3, 3);
        IntVar x = m.intVar("x", -4, 4);
        IntVar pos = m.intVar("pos", 1, 3);
        IntVar neg = m.intVar("neg", -3, -1);
        ModuloByAbsoluteDivisor rule = new ModuloByAbsoluteDivisor();

        assertThat(rule.appliesTo(Constraints.mod(t, x, pos))).isFalse();
        assertThat(rule.appliesTo(Constraints.mod(t, x, 3))).isFalse();
        assertThat(rule.appliesTo(Constraints.mod(t, x, neg))).isTrue();
        assertThat(rule.appliesTo(Constraints.mod(t, x, -3))).isTrue();
    }

    @Test
    void modulusBecomesItsMagnitude() {
        ModelBuilder m = Model.builder("mod");
        IntVar t = m.intVar("t", -3, 3);
        IntVar x = m.intVar("x", -4, 4);
        IntVar d = m.intVar("d", Domain.values(-4, 2));
        m.group("g").add(Constraints.mod(t, x, d));

        Model lowered = RewriteEquivalence.applyOnce(m.build(), new ModuloByAbsoluteDivisor()).model();

        IntVar magnitude = lowered.variables().get(3);
        assertThat(magnitude.domain()).isEqualTo(Domain.range(1, 4));
        assertThat(lowered.constraints()).extracting(pc -> pc.constraint())
                .containsExactly(Constraints.abs(magnitude, d), Constraints.mod(t, x, magnitude));
    }
}
