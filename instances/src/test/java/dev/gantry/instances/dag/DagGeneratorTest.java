package dev.gantry.instances.dag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.modeling.dag.Dag;
import dev.gantry.modeling.dag.DagEdge;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DagGeneratorTest {
    private static final DagGenerator.Parameters PARAMS = DagGenerator.Parameters.of(30, 3);

    @Test
    void theSameSeedGivesTheSameDagAndAnotherSeedAnother() {
        Dag a = DagGenerator.generate(PARAMS, 1);
        Dag b = DagGenerator.generate(PARAMS, 1);
        Dag c = DagGenerator.generate(PARAMS, 2);
        assertThat(DagWriter.write(a)).isEqualTo(DagWriter.write(b));
        assertThat(DagWriter.write(a)).isNotEqualTo(DagWriter.write(c));
        assertThat(a.name()).isEqualTo("dag-v30-q3-s1");
    }

    @Test
    void costsStayWithinTheHeterogeneityBandAndEveryLaterTaskHasAParent() {
        for (long seed = 1; seed <= 20; seed++) {
            Dag dag = DagGenerator.generate(PARAMS, seed);
            assertThat(dag.taskCount()).isEqualTo(30);
            Set<Integer> children = new HashSet<>();
            for (DagEdge e : dag.edges()) {
                assertThat(e.from()).isLessThan(e.to());
                assertThat(e.cost()).isBetween(0L, 40L); // 2 · CCR 1 · w_DAG 20
                children.add(e.to());
            }
            for (int i = 0; i < dag.taskCount(); i++) {
                for (int p = 0; p < 3; p++) {
                    assertThat(dag.cost(i, p)).isBetween(1L, 58L); // w̄ ≤ 39, times 1 + β/2 = 1.5
                }
            }
            // levels: round(√30 / 1) = 5, so every task but the (at most 5 + width of level 0) first has a parent
            int entries = dag.taskCount() - children.size();
            assertThat(entries).isPositive();
            assertThat(dag.topologicalOrder()).hasSize(30);
        }
    }

    @Test
    void rejectsOutOfRangeParameters() {
        assertThatThrownBy(() -> new DagGenerator.Parameters(10, 3, 1, 1.5, 1, 1, 20)).hasMessageContaining("density");
        assertThatThrownBy(() -> new DagGenerator.Parameters(10, 3, 1, 0.3, 1, 2, 20)).hasMessageContaining("heterogeneity");
    }
}
