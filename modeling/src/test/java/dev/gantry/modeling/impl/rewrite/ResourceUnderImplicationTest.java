package dev.gantry.modeling.impl.rewrite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.modeling.api.BoolVar;
import dev.gantry.modeling.api.Constraint;
import dev.gantry.modeling.api.Constraints;
import dev.gantry.modeling.api.Cumulative;
import dev.gantry.modeling.api.IntVar;
import dev.gantry.modeling.api.IntervalVar;
import dev.gantry.modeling.api.Literal;
import dev.gantry.modeling.api.Model;
import dev.gantry.modeling.api.ModelBuilder;
import dev.gantry.modeling.api.NoOverlap;
import dev.gantry.modeling.api.ZeroLength;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResourceUnderImplicationTest {

    @Test
    void equivalentOnRandomModels() {
        List<Model> models = Fuzz.models("resource-implied", (m, r) -> {
            List<BoolVar> bs = Fuzz.bools(m, 2);
            int n = 2 + r.nextInt(2);
            List<IntervalVar> ivs = new ArrayList<>();
            List<Literal> conditions = new ArrayList<>(bs);
            for (int i = 0; i < n; i++) {
                IntervalVar iv = Fuzz.interval(m, r, "iv" + i, n == 2 && r.nextBoolean(), 1);
                ivs.add(iv);
                iv.presence().ifPresent(conditions::add);
            }
            Constraint resource;
            if (r.nextBoolean()) {
                resource = Constraints.noOverlap(ivs, r.nextBoolean() ? ZeroLength.STRICT : ZeroLength.IGNORE_ZERO);
            } else {
                Cumulative.Builder cb = n == 2 && r.nextBoolean()
                        ? Constraints.cumulative(m.intVar("cap", 1, 2)) : Constraints.cumulative(1 + r.nextInt(2));
                ivs.forEach(iv -> cb.demand(iv, 1 + r.nextInt(2)));
                resource = cb.build();
            }
            m.group("resource").add(Constraints.implies(Fuzz.literal(r, conditions), resource));
            return m;
        });

        RewriteEquivalence.assertEquivalentOnAll(models, new ResourceUnderImplication());
    }

    @Test
    void shadowsShareStartSizeAndEndAndArePresentUnderTheLiteral() {
        ModelBuilder m = Model.builder("r");
        BoolVar l = m.boolVar("l");
        IntervalVar a = m.interval("a").start(0, 5).size(2).build();
        IntervalVar b = m.interval("b").start(0, 5).size(3).optional().build();
        m.group("machine").add(Constraints.implies(l, Constraints.noOverlap(List.of(a, b))));

        Model lowered = RewriteEquivalence.applyOnce(m.build(), new ResourceUnderImplication()).model();

        NoOverlap posted = (NoOverlap) lowered.constraints().get(lowered.constraints().size() - 1).constraint();
        IntervalVar sa = posted.intervals().get(0);
        IntervalVar sb = posted.intervals().get(1);
        assertThat(sa.name()).startsWith("_shadow#");
        assertThat(sa.start()).isEqualTo(a.start());
        assertThat(sa.size()).isEqualTo(a.size());
        assertThat(sa.end()).isEqualTo(a.end());
        assertThat(sa.presence()).contains(l);
        IntVar and = sb.presence().orElseThrow().variable();
        assertThat(and.isAuxiliary()).isTrue();
        assertThat(lowered.constraints()).hasSize(4); // three clauses for and = l ∧ b.present, then the NoOverlap
        assertThat(lowered.intervals()).hasSize(4);
    }
}
