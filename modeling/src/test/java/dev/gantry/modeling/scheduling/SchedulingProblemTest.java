package dev.gantry.modeling.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchedulingProblemTest {

    @Test
    void duplicateTaskIdIsRejected() {
        SchedulingProblem.Builder b = SchedulingProblem.builder("p").task(Task.of("A", 1)).task(Task.of("A", 2));

        assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class).hasMessage("problem p: task id A is used twice");
    }

    @Test
    void precedenceOnAnUnknownTaskIsRejected() {
        SchedulingProblem.Builder after = SchedulingProblem.builder("p").task(Task.of("A", 1)).precedence("order", "A", "X", 0);
        SchedulingProblem.Builder before = SchedulingProblem.builder("p").task(Task.of("A", 1)).precedence("order", "W", "A", 0);

        assertThatThrownBy(after::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("precedence in order names unknown task X");
        assertThatThrownBy(before::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("precedence in order names unknown task W");
    }

    @Test
    void resourceOnAnUnknownTaskIsRejected() {
        SchedulingProblem.Builder unary = SchedulingProblem.builder("p").task(Task.of("A", 1))
                .unaryResource("machine/M0", List.of("A", "Y"));
        SchedulingProblem.Builder cumulative = SchedulingProblem.builder("p").task(Task.of("A", 1))
                .cumulativeResource("crew", 2, List.of("Z"), List.of(1L));

        assertThatThrownBy(unary::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("resource machine/M0 names unknown task Y");
        assertThatThrownBy(cumulative::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("resource crew names unknown task Z");
    }

    @Test
    void tasksAndResourcesRejectNegativeNumbers() {
        assertThatThrownBy(() -> Task.of("A", -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("task A has negative duration -1");
        assertThatThrownBy(() -> Task.of("A", 1).withRelease(-2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("task A has negative release -2");
        assertThatThrownBy(() -> Task.of("A", 1).withDue(3, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("task A has negative weight -1");
        assertThatThrownBy(() -> Task.of("", 1)).isInstanceOf(IllegalArgumentException.class).hasMessage("a task needs an id");
        assertThatThrownBy(() -> new CumulativeResource("crew", -1, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("resource crew has negative capacity -1");
        assertThatThrownBy(() -> new CumulativeResource("crew", 2, List.of("A"), List.of(-2L)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("resource crew: task A has negative demand -2");
        assertThatThrownBy(() -> new CumulativeResource("crew", 2, List.of("A", "B"), List.of(1L)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("resource crew: 2 tasks but 1 demands");
    }

    @Test
    void effectiveHorizonIsMaxReleasePlusAllDurationsPlusPositiveLags() {
        SchedulingProblem p = SchedulingProblem.builder("p")
                .task(Task.of("A", 3).withRelease(2))
                .task(Task.of("B", 4).withRelease(5))
                .task(Task.of("C", 0))
                .precedence("order", "A", "B", 2)
                .precedence("order", "B", "C", -1)
                .build();

        assertThat(p.effectiveHorizon()).isEqualTo(5 + (3 + 4 + 0) + 2);
    }

    @Test
    void givenHorizonWins() {
        SchedulingProblem p = SchedulingProblem.builder("p").task(Task.of("A", 3).withRelease(2)).horizon(20).build();

        assertThat(p.effectiveHorizon()).isEqualTo(20);
        assertThat(SchedulingProblem.builder("empty").build().effectiveHorizon()).isZero();
    }

    @Test
    void sinksAreTasksNoNonNegativeLagPrecedenceStartsFrom() {
        SchedulingProblem p = SchedulingProblem.builder("p")
                .task(Task.of("A", 2)).task(Task.of("B", 3)).task(Task.of("C", 1)).task(Task.of("D", 4))
                .precedence("order", "A", "B", 0)
                .precedence("order", "B", "C", -1) // C may end before B: B stays a sink
                .build();

        assertThat(p.sinks()).extracting(Task::id).containsExactly("B", "C", "D");
    }

    @Test
    void makespanIsTheLatestEnd() {
        SchedulingProblem p = SchedulingProblem.builder("p")
                .task(Task.of("A", 3)).task(Task.of("B", 4)).task(Task.of("C", 0)).task(Task.of("D", 5))
                .build();

        long makespan = p.evaluate(new Schedule(Map.of("A", 2L, "B", 7L, "C", 12L, "D", 0L)));

        assertThat(makespan).isEqualTo(12); // ends 5, 11, 12, 5
    }

    @Test
    void weightedTardinessSumsWeightTimesLatenessOverTasksWithADueDate() {
        SchedulingProblem p = SchedulingProblem.builder("p")
                .task(Task.of("A", 3).withDue(4, 2))
                .task(Task.of("B", 2).withDue(10, 5))
                .task(Task.of("C", 4).withDue(3, 0))
                .task(Task.of("D", 1))
                .objective(SchedulingObjective.TOTAL_WEIGHTED_TARDINESS)
                .build();

        // A ends 6 (2 late, weight 2), B ends 11 (1 late, weight 5), C ends 4 (weight 0), D has no due date
        long twt = p.evaluate(new Schedule(Map.of("A", 3L, "B", 9L, "C", 0L, "D", 20L)));
        long onTime = p.evaluate(new Schedule(Map.of("A", 1L, "B", 8L, "C", 0L, "D", 20L)));

        assertThat(twt).isEqualTo(2 * 2 + 5 * 1);
        assertThat(onTime).isZero();
    }

    @Test
    void scheduleWithoutATaskCannotBeEvaluated() {
        SchedulingProblem p = SchedulingProblem.builder("p").task(Task.of("A", 3)).task(Task.of("B", 1)).build();

        assertThatThrownBy(() -> p.evaluate(new Schedule(Map.of("A", 0L)))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the schedule has no task B");
    }
}
