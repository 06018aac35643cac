package dev.gantry.modeling.construction;

import static dev.gantry.modeling.construction.FinishBoundTest.activity;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SerialScheduleTest {

    @Test
    void activitiesWaitForTheirCrewAndForOtherTradesToLeaveTheZone() {
        // A and B share a crew of one; C is another trade in A's zone.
        Map<String, Long> one = Map.of("qa", 1L);
        Project p = new Project("p", LocalDate.of(2026, 1, 5), Calendar.weekdays(new TreeSet<>()), List.of(new Crew("qa", 1)),
                List.of(new Zone("Z")),
                List.of(activity("A", 3, "qa", "Z", one), activity("B", 2, "qa", null, one), activity("C", 4, "elec", "Z", Map.of())),
                List.of(Dependency.fs("A", "B")));

        ConstructionSchedule s = SerialSchedule.of(p).schedule();

        // latest starts for the finish 5: A 0, B 3, C 1; A first at 0, C after A in the zone at 3, B after A at 3
        assertThat(s.starts()).isEqualTo(Map.of("A", 0L, "B", 3L, "C", 3L));
        assertThat(SerialSchedule.of(p).feasible()).isTrue();
    }

    @Test
    void aHardDeadlineThePassMissesMovesItsPredecessorsUpTheList() {
        // X and Y both need the crew of one for 3 days; Y must end by day 3 (a hard deadline on Wednesday 2026-01-07, day 2)
        Map<String, Long> one = Map.of("qa", 1L);
        Activity y = new Activity("Y", "Y", 3, "qa", Optional.empty(), one, Optional.empty(),
                Optional.of(new Deadline(LocalDate.of(2026, 1, 7), DeadlineType.HARD, 1)), "P");
        Project p = new Project("p", LocalDate.of(2026, 1, 5), Calendar.weekdays(new TreeSet<>()), List.of(new Crew("qa", 1)), List.of(),
                List.of(activity("X", 3, "qa", null, one), y), List.of());

        SerialSchedule s = SerialSchedule.of(p);

        assertThat(s.feasible()).isTrue();
        assertThat(s.schedule().start("Y")).isZero();
        assertThat(s.schedule().start("X")).isEqualTo(3);
    }
}
