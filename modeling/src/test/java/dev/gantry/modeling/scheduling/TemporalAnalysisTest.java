package dev.gantry.modeling.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.gantry.modeling.api.Linear;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class TemporalAnalysisTest {

    @Test
    void deltasFollowTheTableOfSpecSection3() {
        // d_i = 4, d_j = 3, L = 2
        assertThat(RelationType.FS.delta(4, 3, 2)).isEqualTo(6);
        assertThat(RelationType.SS.delta(4, 3, 2)).isEqualTo(2);
        assertThat(RelationType.FF.delta(4, 3, 2)).isEqualTo(3);
        assertThat(RelationType.SF.delta(4, 3, 2)).isEqualTo(-1);
    }

    /** A(2) FS+1 B(3); A SS+0..4 C(1); C released at 6, which the max lag pulls A up to 2. */
    private static SchedulingProblem windows() {
        return SchedulingProblem.builder("windows")
                .task(Task.of("A", 2)).task(Task.of("B", 3)).task(Task.of("C", 1).withRelease(6))
                .relation("A", "B", RelationType.FS, 1, OptionalLong.empty())
                .relation("A", "C", RelationType.SS, 0, OptionalLong.of(4))
                .build();
    }

    @Test
    void earliestAndLatestStartsAreTheLongestPathsIncludingMaxLags() {
        TemporalAnalysis a = TemporalAnalysis.of(windows());

        assertThat(a.feasible()).isTrue();
        assertThat(a.earliestStarts()).containsExactly(entry("A", 2L), entry("B", 5L), entry("C", 6L));
        assertThat(a.finish()).isEqualTo(8);
        // LS_B = 8 − 3; LS_A = LS_B − 3; LS_C = LS_A + 4 (the max lag) below 8 − 1
        assertThat(a.latestStarts()).containsExactly(entry("A", 2L), entry("B", 5L), entry("C", 6L));
    }

    @Test
    void aMaxLagBelowTheMinimumDistanceIsAPositiveCycleNamedWithItsRelationsAndExcess() {
        SchedulingProblem p = SchedulingProblem.builder("clash")
                .task(Task.of("B", 1)).task(Task.of("A", 2))
                .relation("A", "B", RelationType.SS, 5, OptionalLong.empty())
                .relation(new TemporalRelation("A", "B", RelationType.FS, 0, OptionalLong.of(1), "lag/A->B"))
                .build();

        PositiveCycle cycle = TemporalAnalysis.of(p).positiveCycle().orElseThrow();

        // S_B ≥ S_A + 5 and S_B ≤ E_A + 1 = S_A + 3: the cycle is 2 too long
        assertThat(cycle.excess()).isEqualTo(2);
        assertThat(cycle.message()).isEqualTo("positive cycle A -> B -> A (excess 2): A SS+5 B; max lag of A FS+0..1 B");
        assertThatThrownBy(() -> SchedulingModel.compile(p)).isInstanceOf(TemporalInfeasibilityException.class)
                .hasMessage("clash is temporally infeasible: positive cycle A -> B -> A (excess 2): A SS+5 B; max lag of A FS+0..1 B");
    }

    @Test
    void aHardDeadlineBeforeTheEarliestFinishClosesACycleThroughTheSource() {
        SchedulingProblem p = SchedulingProblem.builder("late")
                .task(Task.of("A", 4)).task(Task.of("B", 2).withDeadline(5))
                .relation("A", "B", RelationType.FF, 2, OptionalLong.empty())
                .build();

        PositiveCycle cycle = TemporalAnalysis.of(p).positiveCycle().orElseThrow();

        // E_B ≥ E_A + 2 ≥ 6, one more than the deadline allows
        assertThat(cycle.excess()).isEqualTo(1);
        assertThat(cycle.message()).isEqualTo(
                "positive cycle <source> -> A -> B -> <source> (excess 1): project start before A; A FF+2 B; deadline 5 of B");
    }

    @Test
    void compileTurnsEachRelationIntoLinearConstraintsInItsLagGroup() {
        SchedulingModel sm = SchedulingModel.compile(windows());

        assertThat(sm.model().groups()).extracting(g -> g.name()).containsExactly("lag/A->B", "lag/A->C");
        assertThat(sm.model().constraints()).extracting(c -> c.constraint()).contains(
                (Linear) sm.interval("B").start().ge(sm.interval("A").end().plus(1)),
                (Linear) sm.interval("C").start().ge(sm.interval("A").start().plus(0)),
                (Linear) sm.interval("C").start().le(sm.interval("A").start().plus(4)));
    }
}
