package dev.gantry.modeling.rcpsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.modeling.scheduling.CumulativeResource;
import dev.gantry.modeling.scheduling.Precedence;
import dev.gantry.modeling.scheduling.SchedulingProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

class RcpspModelTest {
    /** Source 1 → {2, 3} → sink 4; jobs 2 and 3 cannot overlap on R1 (2 + 1 > 2). */
    static final Rcpsp TINY = new Rcpsp("tiny", List.of(
            new Job(0, List.of(0L, 0L), List.of(1, 2)),
            new Job(3, List.of(2L, 1L), List.of(3)),
            new Job(2, List.of(1L, 1L), List.of(3)),
            new Job(0, List.of(0L, 0L), List.of())), List.of(2L, 4L));

    @Test
    void criticalPathPasses() {
        CriticalPath cpm = TINY.criticalPath();
        assertThat(cpm.length()).isEqualTo(3);
        assertThat(new long[] {cpm.earliestStart(0), cpm.earliestStart(1), cpm.earliestStart(2), cpm.earliestStart(3)})
                .containsExactly(0, 0, 0, 3);
        assertThat(new long[] {cpm.latestFinish(0), cpm.latestFinish(1), cpm.latestFinish(2), cpm.latestFinish(3)})
                .containsExactly(0, 3, 3, 3);
    }

    @Test
    void serialSgsStartsEachJobAtItsEarliestResourceFeasibleTime() {
        SerialSgs sgs = new SerialSgs(TINY);
        assertThat(sgs.starts(new int[] {0, 2, 1, 3})).containsExactly(0, 2, 0, 5);
        assertThat(sgs.starts(new int[] {0, 1, 2, 3})).containsExactly(0, 0, 3, 5);
        assertThat(sgs.makespan(new int[] {0, 1, 2, 3})).isEqualTo(5); // the profile is cleared between decodes
        assertThatThrownBy(() -> sgs.makespan(new int[] {1, 0, 2, 3}))
                .hasMessage("the activity list puts job 2 before its predecessor 1");
        assertThat(SerialSgs.activityList(TINY, new long[] {0, 5, 4, 0})).containsExactly(0, 2, 1, 3);
    }

    @Test
    void compilesToTheSchedulingLayer() {
        SchedulingProblem sp = RcpspModel.toSchedulingProblem(TINY, 5);
        assertThat(sp.tasks()).extracting(t -> t.id() + ":" + t.duration()).containsExactly("1:0", "2:3", "3:2", "4:0");
        assertThat(sp.precedences()).containsExactly(new Precedence("1", "2", 0, "lag/1->2"), new Precedence("1", "3", 0, "lag/1->3"),
                new Precedence("2", "4", 0, "lag/2->4"), new Precedence("3", "4", 0, "lag/3->4"));
        assertThat(sp.cumulativeResources()).extracting(CumulativeResource::group, CumulativeResource::capacity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("resource/R1", 2L), org.assertj.core.groups.Tuple.tuple("resource/R2", 4L));
        assertThat(sp.sinks()).extracting(t -> t.id()).containsExactly("4");
        assertThat(sp.effectiveHorizon()).isEqualTo(5);
        RcpspModel model = RcpspModel.compile(TINY);
        assertThat(model.model().groups()).isNotEmpty();
        assertThat(model.hint(RcpspSchedule.of(TINY, new long[] {0, 0, 3, 5})).values()).containsEntry("4.start", 5L).containsEntry("makespan", 5L);
    }

    @Test
    void rejectsInfeasibleOrCyclicProjects() {
        assertThatThrownBy(() -> new Rcpsp("x", List.of(new Job(1, List.of(3L), List.of())), List.of(2L)))
                .hasMessage("x: job 1 demands 3 of resource R1, whose capacity is 2");
        assertThatThrownBy(() -> new Rcpsp("x", List.of(new Job(1, List.of(), List.of(1)), new Job(1, List.of(), List.of(0))), List.of()))
                .hasMessage("x: the precedence arcs contain a cycle");
    }
}
