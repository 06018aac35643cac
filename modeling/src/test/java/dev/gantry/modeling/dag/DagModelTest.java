package dev.gantry.modeling.dag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.modeling.api.IntVar;
import dev.gantry.modeling.api.Model;
import dev.gantry.modeling.api.ReferenceSemantics;
import dev.gantry.modeling.api.Violation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The model judged by the reference semantics on hand-made plans (solving it is the cp module's test). */
class DagModelTest {
    // n1 → n2 (cost 5), n1 → n3 (cost 1); W: n1 {2, 2}, n2 {3, 6}, n3 {4, 1}
    private static final Dag DAG = new Dag("small", 2, new long[][] {{2, 2}, {3, 6}, {4, 1}},
            List.of(DagEdge.of(0, 1, 5), DagEdge.of(0, 2, 1)));

    @Test
    void acceptsAPlanThatPaysCommunicationOnlyAcrossProcessors() {
        // n1 P0 [0,2), n2 P0 [2,5) with no communication, n3 P1 [3,4) after the 1-unit transfer
        DagSchedule plan = new DagSchedule(DAG, List.of(new ScheduledTask(0, 0, 0, 2), new ScheduledTask(1, 0, 2, 5),
                new ScheduledTask(2, 1, 3, 4)));
        DagModel model = DagModel.compile(DAG);
        assertThat(violations(model, plan)).isEmpty();
        assertThat(model.model().groups()).extracting(g -> g.name()).contains("task/n1", "processor/P0", "lag/n1->n2");
    }

    @Test
    void rejectsAStartBeforeTheDataArrives() {
        // n3 on P1 at 2: the transfer from n1 on P0 ends at 3
        DagSchedule plan = new DagSchedule(DAG, List.of(new ScheduledTask(0, 0, 0, 2), new ScheduledTask(1, 0, 2, 5),
                new ScheduledTask(2, 1, 2, 3)));
        assertThat(violations(DagModel.compile(DAG), plan)).extracting(Violation::groupName).containsExactly("lag/n1->n3");
    }

    @Test
    void rejectsOverlapOnAProcessor() {
        DagSchedule plan = new DagSchedule(DAG, List.of(new ScheduledTask(0, 0, 0, 2), new ScheduledTask(1, 0, 2, 5),
                new ScheduledTask(2, 0, 4, 8)));
        assertThat(violations(DagModel.compile(DAG), plan)).extracting(Violation::groupName).containsExactly("processor/P0");
    }

    @Test
    void anIncumbentBoundsTheHorizonAndStaysFeasible() {
        DagSchedule plan = new DagSchedule(DAG, List.of(new ScheduledTask(0, 0, 0, 2), new ScheduledTask(1, 0, 2, 5),
                new ScheduledTask(2, 1, 3, 4)));
        DagModel model = DagModel.compile(DAG, Optional.of(plan));
        assertThat(model.makespan().domain().max()).isEqualTo(5);
        assertThat(violations(model, plan)).isEmpty();
    }

    private static List<Violation> violations(DagModel model, DagSchedule plan) {
        Map<String, Long> hint = model.hint(plan).values();
        Model m = model.model();
        long[] values = new long[m.variables().size()];
        for (IntVar v : m.variables()) {
            values[v.index()] = hint.get(v.name());
        }
        return ReferenceSemantics.check(m, values);
    }
}
