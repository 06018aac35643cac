package dev.gantry.modeling.dag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DagTest {
    private static final long[][] COSTS = {{2, 3}, {4, 1}, {3, 3}, {1, 2}};

    @Test
    void namesACycleThroughItsTasks() {
        List<DagEdge> edges = List.of(DagEdge.of(0, 1, 1), DagEdge.of(1, 2, 1), DagEdge.of(2, 3, 1), DagEdge.of(3, 1, 1));
        assertThatThrownBy(() -> new Dag("loop", 2, COSTS, edges))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cycle: n2 -> n3 -> n4 -> n2");
    }

    @Test
    void rejectsSelfLoopsDuplicatesAndRaggedCosts() {
        assertThatThrownBy(() -> new Dag("self", 2, COSTS, List.of(DagEdge.of(2, 2, 0))))
                .hasMessage("cycle: n3 -> n3");
        assertThatThrownBy(() -> new Dag("twice", 2, COSTS, List.of(DagEdge.of(0, 1, 1), DagEdge.of(0, 1, 2))))
                .hasMessage("edge n1->n2 appears twice");
        assertThatThrownBy(() -> new Dag("ragged", 2, new long[][] {{1, 2}, {3}}, List.of()))
                .hasMessage("task n2 has 1 execution costs for 2 processors");
        assertThatThrownBy(() -> new Dag("out", 2, COSTS, List.of(DagEdge.of(0, 4, 1))))
                .hasMessage("edge n1->n5 names a task outside n1..n4");
    }

    @Test
    void transferCostIsLatencyPlusDataOverBandwidthRoundedUp() {
        assertThat(new Transfer(2, 10, 4).cost()).isEqualTo(5);
        assertThat(new Transfer(0, 12, 4).cost()).isEqualTo(3);
        assertThat(DagEdge.of(0, 1, new Transfer(1, 7, 7)).cost()).isEqualTo(2);
        assertThatThrownBy(() -> new DagEdge(0, 1, 3, java.util.Optional.of(new Transfer(1, 7, 7))))
                .hasMessage("edge n1->n2 has cost 3 but its transfer gives 2");
    }

    @Test
    void topologicalOrderPrefersLowerIndicesAndExitsAreSinks() {
        Dag dag = new Dag("diamond", 2, COSTS, List.of(DagEdge.of(0, 2, 1), DagEdge.of(0, 1, 1), DagEdge.of(1, 3, 0),
                DagEdge.of(2, 3, 0)));
        assertThat(dag.topologicalOrder()).containsExactly(0, 1, 2, 3);
        assertThat(dag.exits()).containsExactly(3);
        assertThat(dag.serialMakespan()).isEqualTo(9); // P1: 3+1+3+2 = 9 beats P0: 2+4+3+1 = 10
    }
}
