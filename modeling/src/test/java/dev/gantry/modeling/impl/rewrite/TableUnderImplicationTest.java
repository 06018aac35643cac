package dev.gantry.modeling.impl.rewrite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.modeling.api.BoolVar;
import dev.gantry.modeling.api.Clause;
import dev.gantry.modeling.api.Constraints;
import dev.gantry.modeling.api.IntVar;
import dev.gantry.modeling.api.Model;
import dev.gantry.modeling.api.ModelBuilder;
import dev.gantry.modeling.api.Table;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableUnderImplicationTest {

    @Test
    void equivalentOnRandomModels() {
        List<Model> models = Fuzz.models("table-implied", (m, r) -> {
            IntVar x = m.intVar("x", 0, 2);
            IntVar y = m.intVar("y", -1, 1);
            List<BoolVar> bs = Fuzz.bools(m, 2);
            List<long[]> tuples = new ArrayList<>();
            for (int k = r.nextInt(4); k > 0; k--) {
                tuples.add(new long[] {r.nextInt(3), r.nextInt(3) - 1});
            }
            m.group("g").add(Constraints.implies(Fuzz.literal(r, bs), new Table(List.of(x.expr(), y.plus(1)), tuples, r.nextBoolean())));
            return m;
        });

        RewriteEquivalence.assertEquivalentOnAll(models, new TableUnderImplication());
    }

    @Test
    void anEmptyAllowedTableForbidsTheCondition() {
        ModelBuilder m = Model.builder("t");
        BoolVar l = m.boolVar("l");
        IntVar x = m.intVar("x", 0, 2);
        m.group("g").add(Constraints.implies(l, new Table(List.of(x.expr()), List.of(), false)));

        Model lowered = RewriteEquivalence.applyOnce(m.build(), new TableUnderImplication()).model();

        assertThat(lowered.constraints()).extracting(pc -> pc.constraint()).containsExactly(new Clause(List.of(l.not())));
    }
}
