package dev.gantry.instances.dag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.modeling.api.InputFormatException;
import dev.gantry.modeling.dag.Dag;
import dev.gantry.modeling.dag.DagEdge;
import dev.gantry.modeling.dag.Transfer;
import java.util.List;
import org.junit.jupiter.api.Test;

class DagReaderTest {
    @Test
    void readsTheCanonicalExample() {
        Dag dag = CanonicalDag.topcuoglu2002();
        assertThat(dag.name()).isEqualTo("topcuoglu2002");
        assertThat(dag.taskCount()).isEqualTo(10);
        assertThat(dag.processorCount()).isEqualTo(3);
        assertThat(dag.costs()[9]).containsExactly(21, 7, 16);
        assertThat(dag.edges()).hasSize(15);
        assertThat(dag.edges().get(7)).isEqualTo(DagEdge.of(2, 6, 23));
        assertThat(dag.exits()).containsExactly(9);
    }

    @Test
    void writesWhatItReadsBackIncludingTransfers() {
        Dag dag = new Dag("mixed", 2, new long[][] {{3, 4}, {5, 6}, {1, 1}},
                List.of(DagEdge.of(0, 1, 7), DagEdge.of(0, 2, new Transfer(2, 9, 4))));
        String text = DagWriter.write(dag);
        Dag back = DagReader.parse("mem", text, "x");
        assertThat(back.name()).isEqualTo("mixed");
        assertThat(back.costs()).isDeepEqualTo(dag.costs());
        assertThat(back.edges()).isEqualTo(dag.edges());
        assertThat(back.edges().get(1).cost()).isEqualTo(5);
        assertThat(DagWriter.write(back)).isEqualTo(text);
    }

    @Test
    void reportsFileLineAndField() {
        String text = """
                {"format": "gantry-dag", "processors": 2,
                 "tasks": [{"id": "n1", "cost": [1, 2]},
                           {"id": "n2", "cost": [3]}],
                 "edges": []}
                """;
        assertThatThrownBy(() -> DagReader.parse("bad.dag.json", text, "bad"))
                .isInstanceOf(InputFormatException.class)
                .hasMessageContaining("bad.dag.json:3")
                .hasMessageContaining("tasks[1].cost")
                .hasMessageContaining("1 execution costs for 2 processors");
    }

    @Test
    void reportsAnUnknownTaskAndACycleInTheEdges() {
        String unknown = """
                {"format": "gantry-dag", "processors": 1,
                 "tasks": [{"cost": [1]}, {"cost": [2]}],
                 "edges": [{"from": "n1", "to": "n2", "cost": 1},
                           {"from": "n2", "to": "n3", "cost": 1}]}
                """;
        assertThatThrownBy(() -> DagReader.parse("u.dag.json", unknown, "u"))
                .hasMessageContaining("u.dag.json:4").hasMessageContaining("edges[1].to")
                .hasMessageContaining("unknown task \"n3\"; tasks are n1..n2");
        String cycle = """
                {"format": "gantry-dag", "processors": 1,
                 "tasks": [{"cost": [1]}, {"cost": [2]}],
                 "edges": [{"from": "n1", "to": "n2", "cost": 1},
                           {"from": "n2", "to": "n1", "data": 4, "bandwidth": 2}]}
                """;
        assertThatThrownBy(() -> DagReader.parse("c.dag.json", cycle, "c"))
                .hasMessageContaining("c.dag.json:3").hasMessageContaining("edges")
                .hasMessageContaining("cycle: n1 -> n2 -> n1");
    }

    @Test
    void rejectsAnEdgeWithoutCost() {
        String text = """
                {"format": "gantry-dag", "processors": 1, "tasks": [{"cost": [1]}, {"cost": [2]}],
                 "edges": [{"from": "n1", "to": "n2", "latency": 3}]}
                """;
        assertThatThrownBy(() -> DagReader.parse("e.dag.json", text, "e"))
                .hasMessageContaining("e.dag.json:2").hasMessageContaining("edges[0].data");
    }
}
