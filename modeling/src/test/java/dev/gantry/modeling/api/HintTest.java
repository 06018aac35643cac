package dev.gantry.modeling.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HintTest {

    private static Solution solution() {
        ModelBuilder m = Model.builder("h");
        m.intVar("x", 0, 9);
        m.auxIntVar("aux", Domain.range(0, 9));
        m.boolVar("b");
        return new Solution(m.build(), new long[] {4, 7, 1});
    }

    @Test
    void fromSolutionKeepsUserVariablesInModelOrderAndDropsAuxiliaries() {
        assertThat(Hint.from(solution()).values()).containsExactly(entry("x", 4L), entry("b", 1L));
    }

    @Test
    void fromResultWithoutSolutionThrows() {
        SolveResult unknown = SolveResult.withoutSolution(Status.UNKNOWN, Termination.TIME_LIMIT, new BackendInfo("toy", "1"),
                "f", List.of());

        assertThatThrownBy(() -> Hint.from(unknown)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("result UNKNOWN has no solution to hint from");
    }

    @Test
    void valuesAreACopyThatCannotBeChanged() {
        Map<String, Long> source = new LinkedHashMap<>();
        source.put("y", 2L);
        source.put("x", 1L);
        Hint hint = Hint.of(source);
        source.put("z", 3L);

        assertThat(hint.values()).containsExactly(entry("y", 2L), entry("x", 1L));
        assertThatThrownBy(() -> hint.values().put("w", 0L)).isInstanceOf(UnsupportedOperationException.class);
    }
}
