package dev.gantry.modeling.impl.rewrite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.modeling.api.BoolVar;
import dev.gantry.modeling.api.Constraint;
import dev.gantry.modeling.api.Constraints;
import dev.gantry.modeling.api.Domain;
import dev.gantry.modeling.api.IntVar;
import dev.gantry.modeling.api.LinExpr;
import dev.gantry.modeling.api.Model;
import dev.gantry.modeling.api.ModelBuilder;
import dev.gantry.modeling.spi.Enforcement;
import java.util.List;
import org.junit.jupiter.api.Test;

class FunctionalUnderEnforcementTest {

    @Test
    void equivalentOnRandomModels() {
        List<Model> models = Fuzz.models("functional", (m, r) -> {
            IntVar x = m.intVar("x", -2, 2);
            IntVar y = m.intVar("y", -2, 2);
            IntVar t = m.intVar("t", -3, 3);
            IntVar d = m.intVar("d", Domain.values(-2, -1, 1, 2));
            List<BoolVar> bs = Fuzz.bools(m, 2);
            LinExpr target = r.nextInt(3) == 0 ? t.plus(1) : t.expr();
            Constraint f = switch (r.nextInt(7)) {
                case 0 -> Constraints.minOf(target, x, y.plus(1));
                case 1 -> Constraints.maxOf(target, x, y);
                case 2 -> Constraints.abs(target, x.minus(y));
                case 3 -> Constraints.mul(target, x, y);
                case 4 -> Constraints.div(target, x.plus(y), d);
                case 5 -> Constraints.mod(target, x, d);
                default -> Constraints.mod(target, x.plus(y), 3);
            };
            m.group("g").add(Fuzz.enforce(r, f, bs, Enforcement.IMPLIED, Enforcement.REIFIED));
            return m;
        });

        RewriteEquivalence.assertEquivalentOnAll(models, new FunctionalUnderEnforcement());
    }

    @Test
    void theFreshTargetSpansEveryValueTheFunctionCanTake() {
        ModelBuilder m = Model.builder("f");
        BoolVar l = m.boolVar("l");
        IntVar t = m.intVar("t", 0, 1);
        IntVar x = m.intVar("x", -3, 2);
        IntVar y = m.intVar("y", 1, 4);
        m.group("g").add(Constraints.reify(l, Constraints.mul(t, x, y)));

        Model lowered = RewriteEquivalence.applyOnce(m.build(), new FunctionalUnderEnforcement()).model();

        IntVar fresh = lowered.variables().get(4);
        assertThat(fresh.isAuxiliary()).isTrue();
        assertThat(fresh.domain()).isEqualTo(Domain.range(-12, 8));
        assertThat(lowered.constraints()).extracting(pc -> pc.constraint()).containsExactly(
                Constraints.mul(fresh, x, y), Constraints.reify(l, t.eq(fresh)));
    }
}
