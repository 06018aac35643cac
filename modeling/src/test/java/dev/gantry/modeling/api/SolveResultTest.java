package dev.gantry.modeling.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class SolveResultTest {
    private static final BackendInfo TOY = new BackendInfo("toy", "1.0");

    @Test
    void statusWithASolutionNeedsOne() {
        assertThatThrownBy(() -> new SolveResult(Status.FEASIBLE, Termination.COMPLETED, List.of(), OptionalLong.empty(), null,
                Duration.ZERO, Duration.ZERO, Duration.ZERO, Map.of(), TOY, false, "f", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("FEASIBLE without a solution");
    }

    @Test
    void objectiveIsTheFirstStageAndThrowsWhenThereIsNone() {
        ModelBuilder m = Model.builder("r");
        m.intVar("x", 0, 9);
        Solution s = new Solution(m.build(), new long[] {3});
        SolveResult lex = new SolveResult(Status.OPTIMAL, Termination.COMPLETED, List.of(3L, 8L), OptionalLong.of(3), s,
                Duration.ZERO, Duration.ZERO, Duration.ZERO, Map.of(), TOY, true, "f", List.of());
        SolveResult csp = new SolveResult(Status.FEASIBLE, Termination.COMPLETED, List.of(), OptionalLong.empty(), s,
                Duration.ZERO, Duration.ZERO, Duration.ZERO, Map.of(), TOY, false, "f", List.of());
        SolveResult none = SolveResult.withoutSolution(Status.INFEASIBLE, Termination.COMPLETED, TOY, "f", List.of());

        assertThat(lex.objective()).isEqualTo(3);
        assertThat(lex.objectives()).containsExactly(3L, 8L);
        assertThatThrownBy(csp::objective).isInstanceOf(IllegalStateException.class)
                .hasMessage("no objective value: status FEASIBLE, model without objective");
        assertThatThrownBy(none::objective).isInstanceOf(IllegalStateException.class)
                .hasMessage("no objective value: status INFEASIBLE");
        assertThat(none.hasSolution()).isFalse();
    }

    @Test
    void withTimesAndWithDiagnosticsKeepEverythingElse() {
        SolveResult r = SolveResult.withoutSolution(Status.UNKNOWN, Termination.TIME_LIMIT, TOY, "f", List.of("first"));

        SolveResult timed = r.withTimes(Duration.ofMillis(30), Duration.ofMillis(10), Duration.ofMillis(20))
                .withDiagnostics(List.of("second"));

        assertThat(timed.wallTime()).isEqualTo(Duration.ofMillis(30));
        assertThat(timed.buildTime()).isEqualTo(Duration.ofMillis(10));
        assertThat(timed.solveTime()).isEqualTo(Duration.ofMillis(20));
        assertThat(timed.diagnostics()).containsExactly("first", "second");
        assertThat(timed.status()).isEqualTo(Status.UNKNOWN);
        assertThat(timed.termination()).isEqualTo(Termination.TIME_LIMIT);
        assertThat(timed.modelFingerprint()).isEqualTo("f");
        assertThat(r.withDiagnostics(List.of())).isSameAs(r);
    }

    @Test
    void onlyOptimalAndFeasibleCarryASolution() {
        assertThat(Status.values()).filteredOn(Status::hasSolution).containsExactly(Status.OPTIMAL, Status.FEASIBLE);
    }
}
