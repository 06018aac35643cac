package dev.gantry.verify.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.modeling.scheduling.RelationType;
import dev.gantry.modeling.scheduling.Schedule;
import dev.gantry.modeling.scheduling.SchedulingProblem;
import dev.gantry.modeling.scheduling.Task;
import dev.gantry.verify.Violation;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class TemporalScheduleVerifierTest {
    /** A(3) FF+1..2 B(2); both on a crew of one; B due by 9. */
    private static final SchedulingProblem P = SchedulingProblem.builder("p")
            .task(Task.of("A", 3)).task(Task.of("B", 2).withDeadline(9))
            .relation("A", "B", RelationType.FF, 1, OptionalLong.of(2))
            .cumulativeResource("resource/crew", 1, List.of("A", "B"), List.of(1L, 1L))
            .build();

    @Test
    void aScheduleWithinTheLagWindowIsValid() {
        assertThat(TemporalScheduleVerifier.verify(P, new Schedule(Map.of("A", 0L, "B", 3L))).violations()).isEmpty();
    }

    @Test
    void maxLagsMinLagsDeadlinesAndCapacityAreEachChecked() {
        // E_B − E_A = 8 − 3 = 5 > 2
        assertThat(TemporalScheduleVerifier.verify(P, new Schedule(Map.of("A", 0L, "B", 6L))).violations()).containsExactly(
                new Violation("G1", List.of("A", "B"), "A FF+1..2 B: the distance is 5, above the maximum lag 2"));
        // E_B = E_A: below the min lag, and both on the crew at once
        assertThat(TemporalScheduleVerifier.verify(P, new Schedule(Map.of("A", 0L, "B", 1L))).violations()).extracting(Violation::check)
                .containsExactly("G1", "R2");
        assertThat(TemporalScheduleVerifier.verify(P, new Schedule(Map.of("A", 5L, "B", 8L))).violations()).extracting(Violation::reason)
                .containsExactly("B ends at 10, after its deadline 9");
    }
}
