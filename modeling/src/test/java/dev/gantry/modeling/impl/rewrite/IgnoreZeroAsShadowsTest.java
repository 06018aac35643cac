package dev.gantry.modeling.impl.rewrite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.modeling.api.Constraints;
import dev.gantry.modeling.api.IntervalVar;
import dev.gantry.modeling.api.Model;
import dev.gantry.modeling.api.ModelBuilder;
import dev.gantry.modeling.api.NoOverlap;
import dev.gantry.modeling.api.ZeroLength;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IgnoreZeroAsShadowsTest {

    @Test
    void equivalentOnRandomModels() {
        List<Model> models = Fuzz.models("ignore-zero", (m, r) -> {
            int n = 2 + r.nextInt(2);
            List<IntervalVar> ivs = new ArrayList<>();
            // the first interval can have size 0, so the rule applies
            boolean firstVariable = r.nextBoolean();
            ivs.add(firstVariable ? Fuzz.interval(m, r, "iv0", true, n == 3 ? 2 : 1) : m.interval("iv0").start(0, 2).size(0).build());
            for (int i = 1; i < n; i++) {
                boolean variable = n == 2 ? r.nextBoolean() : !firstVariable && i == 1 && r.nextBoolean();
                ivs.add(Fuzz.interval(m, r, "iv" + i, variable, 1));
            }
            m.group("machine").add(Constraints.noOverlap(ivs, ZeroLength.IGNORE_ZERO));
            return m;
        });

        RewriteEquivalence.assertEquivalentOnAll(models, new IgnoreZeroAsShadows());
    }

    @Test
    void appliesOnlyToIgnoreZeroWithAZeroableInterval() {
        ModelBuilder m = Model.builder("z");
        IntervalVar a = m.interval("a").start(0, 5).size(2).build();
        IntervalVar b = m.interval("b").start(0, 5).size(0, 2).build();
        IgnoreZeroAsShadows rule = new IgnoreZeroAsShadows();

        assertThat(rule.appliesTo(Constraints.noOverlap(List.of(a, b), ZeroLength.IGNORE_ZERO))).isTrue();
        assertThat(rule.appliesTo(Constraints.noOverlap(List.of(a, b), ZeroLength.STRICT))).isFalse();
        assertThat(rule.appliesTo(Constraints.noOverlap(List.of(a), ZeroLength.IGNORE_ZERO))).isFalse();
    }

    @Test
    void keepsPositiveIntervalsShadowsZeroableOnesAndDropsAlwaysEmptyOnes() {
        ModelBuilder m = Model.builder("z");
        IntervalVar a = m.interval("a").start(0, 5).size(2).build();
        IntervalVar b = m.interval("b").start(0, 5).size(0, 2).build();
        IntervalVar c = m.interval("c").start(0, 5).size(0).build();
        m.group("machine").add(Constraints.noOverlap(List.of(a, b, c), ZeroLength.IGNORE_ZERO));

        Model lowered = RewriteEquivalence.applyOnce(m.build(), new IgnoreZeroAsShadows()).model();

        NoOverlap strict = (NoOverlap) lowered.constraints().get(lowered.constraints().size() - 1).constraint();
        assertThat(strict.zeroLength()).isEqualTo(ZeroLength.STRICT);
        assertThat(strict.intervals()).hasSize(2);
        assertThat(strict.intervals().get(0)).isSameAs(a);
        IntervalVar shadow = strict.intervals().get(1);
        assertThat(shadow.name()).startsWith("_nonzero#");
        assertThat(shadow.size()).isEqualTo(b.size());
        assertThat(shadow.presence().orElseThrow().variable().name()).startsWith("_positive#");
    }
}
