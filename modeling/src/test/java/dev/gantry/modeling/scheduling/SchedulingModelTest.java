package dev.gantry.modeling.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.gantry.modeling.api.Constraints;
import dev.gantry.modeling.api.Cumulative;
import dev.gantry.modeling.api.Domain;
import dev.gantry.modeling.api.Group;
import dev.gantry.modeling.api.Hint;
import dev.gantry.modeling.api.IntVar;
import dev.gantry.modeling.api.IntervalVar;
import dev.gantry.modeling.api.LinExpr;
import dev.gantry.modeling.api.Model;
import dev.gantry.modeling.api.Objective;
import dev.gantry.modeling.api.PostedConstraint;
import dev.gantry.modeling.api.ReferenceSemantics;
import dev.gantry.modeling.api.Sense;
import dev.gantry.modeling.api.Solution;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchedulingModelTest {

    /** A (2) before B (0) with lag 1; C (3) has deadline 10; machine M0 runs A, B, C; crew of 2: A needs 1, B 3, C 0. */
    private static SchedulingProblem plant() {
        return SchedulingProblem.builder("plant")
                .task(Task.of("A", 2))
                .task(Task.of("B", 0))
                .task(Task.of("C", 3).withDeadline(10))
                .precedence("order/J0", "A", "B", 1)
                .unaryResource("machine/M0", List.of("A", "B", "C"))
                .cumulativeResource("crew", 2, List.of("A", "B", "C"), List.of(1L, 3L, 0L))
                .label("order/J0", "Job J0 keeps its operation order")
                .label("machine/M0", "Machine M0 does one job at a time")
                .label("deadline/C", "C ends by day 10")
                .build();
    }

    private static Solution solution(Model model, Map<String, Long> byName) {
        long[] values = model.variables().stream().mapToLong(v -> {
            Long value = byName.get(v.name());
            assertThat(value).as("value of %s", v.name()).isNotNull();
            return value;
        }).toArray();
        return new Solution(model, values);
    }

    @Test
    void compileCreatesOneStartVariablePerTaskWithinTheHorizonAndAMakespan() {
        SchedulingModel sm = SchedulingModel.compile(plant());
        Model model = sm.model();

        // horizon = 0 + (2 + 0 + 3) + 1 = 6; a task starts at most horizon - duration
        assertThat(model.variables()).extracting(IntVar::name).containsExactly("A.start", "B.start", "C.start", "makespan");
        assertThat(model.variables()).extracting(IntVar::domain).containsExactly(Domain.range(0, 4), Domain.range(0, 6),
                Domain.range(0, 3), Domain.range(0, 6));
        assertThat(sm.objective().name()).isEqualTo("makespan");
        assertThat(model.objective().orElseThrow().stages())
                .containsExactly(new Objective.Stage(Sense.MINIMIZE, sm.objective().expr()));
        assertThat(sm.interval("C").size()).isEqualTo(LinExpr.constant(3));
        assertThatThrownBy(() -> sm.interval("X")).isInstanceOf(IllegalArgumentException.class).hasMessage("no task X in plant");
    }

    @Test
    void compilePutsEveryRequirementInItsLabelledGroup() {
        SchedulingModel sm = SchedulingModel.compile(plant());
        Model model = sm.model();
        IntervalVar a = sm.interval("A");
        IntervalVar b = sm.interval("B");
        IntervalVar c = sm.interval("C");
        Group deadline = new Group("deadline/C", "C ends by day 10", 1);
        Group order = new Group("order/J0", "Job J0 keeps its operation order", 1);
        Group machine = new Group("machine/M0", "Machine M0 does one job at a time", 1);
        Group crew = new Group("crew", "crew", 1);

        assertThat(model.groups()).containsExactly(deadline, order, machine, crew);
        assertThat(model.constraints()).containsExactly(
                new PostedConstraint(c.end().le(10), deadline),
                new PostedConstraint(b.start().ge(a.end().plus(1)), order),
                // B has duration 0 and is left out of the machine
                new PostedConstraint(Constraints.noOverlap(List.of(a, c)), machine),
                // C demands 0 and is left out of the crew; B demands 3 although it is zero-length
                new PostedConstraint(new Cumulative(List.of(a, b), List.of(LinExpr.constant(1), LinExpr.constant(3)),
                        LinExpr.constant(2)), crew),
                // the makespan is the latest end among the sinks B and C
                new PostedConstraint(Constraints.maxOf(sm.objective(), b.end(), c.end()), null));
    }

    @Test
    void decodeReadsStartsAndHintGivesThemBackWithTheMakespan() {
        SchedulingModel sm = SchedulingModel.compile(plant());
        Solution s = solution(sm.model(), Map.of("A.start", 0L, "B.start", 3L, "C.start", 2L, "makespan", 5L));
        assertThat(ReferenceSemantics.check(s)).isEmpty();

        Schedule schedule = sm.decode(s);
        Hint hint = sm.hint(schedule);

        assertThat(schedule.starts()).containsExactly(entry("A", 0L), entry("B", 3L), entry("C", 2L));
        assertThat(hint.values()).containsExactly(entry("A.start", 0L), entry("B.start", 3L), entry("C.start", 2L),
                entry("makespan", 5L));
        assertThat(sm.decode(solution(sm.model(), hint.values()))).isEqualTo(schedule);
    }

    @Test
    void weightedTardinessModelTracksTardinessOfWeightedTasksWithADueDate() {
        SchedulingProblem p = SchedulingProblem.builder("twt")
                .task(Task.of("A", 3).withDue(4, 2))
                .task(Task.of("B", 2).withDue(10, 5))
                .task(Task.of("C", 4).withDue(3, 0))
                .task(Task.of("D", 1))
                .unaryResource("machine", List.of("A", "B", "C", "D"))
                .objective(SchedulingObjective.TOTAL_WEIGHTED_TARDINESS)
                .build();
        SchedulingModel sm = SchedulingModel.compile(p);
        Model model = sm.model();

        // horizon 10: tardiness of A is at most 10 - 4, of B 10 - 10; C has weight 0 and D no due date
        assertThat(model.variables()).extracting(IntVar::name).containsExactly("A.start", "B.start", "C.start", "D.start",
                "tardiness/A", "tardiness/B", "totalWeightedTardiness");
        assertThat(model.variable("tardiness/A").orElseThrow().domain()).isEqualTo(Domain.range(0, 6));
        assertThat(model.variable("tardiness/B").orElseThrow().domain()).isEqualTo(Domain.range(0, 0));
        assertThat(model.variable("totalWeightedTardiness").orElseThrow().domain()).isEqualTo(Domain.range(0, 12));
        assertThat(sm.objective().name()).isEqualTo("totalWeightedTardiness");

        // D [0,1), C [1,5), A [5,8) is 4 late, B [8,10) on time: 2·4 = 8
        Solution s = solution(model, Map.of("A.start", 5L, "B.start", 8L, "C.start", 1L, "D.start", 0L,
                "tardiness/A", 4L, "tardiness/B", 0L, "totalWeightedTardiness", 8L));
        assertThat(ReferenceSemantics.check(s)).isEmpty();
        assertThat(p.evaluate(sm.decode(s))).isEqualTo(8);
        assertThat(ReferenceSemantics.satisfies(model, new long[] {5, 8, 1, 0, 4, 0, 7})).isFalse();
        assertThat(sm.hint(sm.decode(s)).values()).containsOnlyKeys("A.start", "B.start", "C.start", "D.start");
    }
}
