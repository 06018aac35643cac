package dev.gantry.modeling.impl.rewrite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.modeling.api.Constraint;
import dev.gantry.modeling.api.ConstraintKind;
import dev.gantry.modeling.api.Constraints;
import dev.gantry.modeling.api.Cumulative;
import dev.gantry.modeling.api.IntervalVar;
import dev.gantry.modeling.api.LinExpr;
import dev.gantry.modeling.api.Model;
import dev.gantry.modeling.api.ModelBuilder;
import dev.gantry.modeling.api.ZeroLength;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoOverlapAsCumulativeTest {

    @Test
    void equivalentOnRandomModels() {
        List<Model> models = Fuzz.models("no-overlap-cumulative", (m, r) -> {
            int n = 2 + r.nextInt(2);
            List<IntervalVar> ivs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                // three intervals keep fixed sizes so that enumeration stays small
                ivs.add(Fuzz.interval(m, r, "iv" + i, n == 2 && r.nextBoolean(), 1));
            }
            ZeroLength mode = r.nextBoolean() ? ZeroLength.STRICT : ZeroLength.IGNORE_ZERO;
            m.group("machine").add(Constraints.noOverlap(ivs, mode));
            return m;
        });

        RewriteEquivalence.assertEquivalentOnAll(models, new NoOverlapAsCumulative());
    }

    @Test
    void positiveSizesGiveOnlyAUnitCumulative() {
        ModelBuilder m = Model.builder("n");
        IntervalVar a = m.interval("a").start(0, 5).size(2).build();
        IntervalVar b = m.interval("b").start(0, 5).size(1, 3).build();
        m.group("machine").add(Constraints.noOverlap(List.of(a, b)));

        Model lowered = RewriteEquivalence.applyOnce(m.build(), new NoOverlapAsCumulative()).model();

        assertThat(lowered.constraints()).extracting(pc -> pc.constraint()).containsExactly(
                new Cumulative(List.of(a, b), List.of(LinExpr.constant(1), LinExpr.constant(1)), LinExpr.constant(1)));
    }

    @Test
    void strictModeAddsOneDisjunctionPerPairWithAZeroableInterval() {
        ModelBuilder m = Model.builder("n");
        IntervalVar a = m.interval("a").start(0, 5).size(0, 2).build();
        IntervalVar b = m.interval("b").start(0, 5).size(3).build();
        IntervalVar c = m.interval("c").start(0, 5).size(0).build();
        IntervalVar d = m.interval("d").start(0, 5).size(1).build();
        m.group("machine").add(Constraints.noOverlap(List.of(a, b, c, d)));

        Model lowered = RewriteEquivalence.applyOnce(m.build(), new NoOverlapAsCumulative()).model();

        // pairs with a zeroable interval: (a,b) (a,c) (a,d) (c,b) (c,d); each is 2 implications and 1 clause
        List<ConstraintKind> kinds = lowered.constraints().stream().map(pc -> pc.constraint().kind()).toList();
        assertThat(kinds).hasSize(1 + 5 * 3);
        assertThat(kinds.get(0)).isEqualTo(ConstraintKind.CUMULATIVE);
        assertThat(kinds.subList(1, kinds.size())).containsOnly(ConstraintKind.IMPLIES, ConstraintKind.CLAUSE);
        assertThat(kinds.stream().filter(k -> k == ConstraintKind.CLAUSE)).hasSize(5);
        assertThat(lowered.constraints()).allMatch(pc -> pc.group().name().equals("machine"));
    }

    @Test
    void ignoreZeroModeAddsNoDisjunction() {
        ModelBuilder m = Model.builder("n");
        IntervalVar a = m.interval("a").start(0, 5).size(0, 2).build();
        IntervalVar b = m.interval("b").start(0, 5).size(3).build();
        m.group("machine").add(Constraints.noOverlap(List.of(a, b), ZeroLength.IGNORE_ZERO));

        Model lowered = RewriteEquivalence.applyOnce(m.build(), new NoOverlapAsCumulative()).model();

        assertThat(lowered.constraints()).extracting(pc -> pc.constraint().kind()).containsExactly(ConstraintKind.CUMULATIVE);
        Constraint only = lowered.constraints().get(0).constraint();
        assertThat(((Cumulative) only).intervals()).containsExactly(a, b);
    }
}
