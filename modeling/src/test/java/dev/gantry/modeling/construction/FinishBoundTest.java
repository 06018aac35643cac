package dev.gantry.modeling.construction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.modeling.scheduling.RelationType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class FinishBoundTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);

    static Activity activity(String id, long duration, String trade, String zone, Map<String, Long> demands) {
        return new Activity(id, id, duration, trade, Optional.ofNullable(zone), demands, Optional.empty(), Optional.empty(), "P");
    }

    private static Project project(List<Crew> crews, List<Zone> zones, List<Activity> activities, List<Dependency> dependencies) {
        return new Project("p", MONDAY, Calendar.weekdays(new TreeSet<>()), crews, zones, activities, dependencies);
    }

    @Test
    void aCrewOfOneDoesItsActivitiesOneAfterTheOtherBetweenHeadsAndTails() {
        // D (2 days) comes first; A, B, C need the only inspector for 4 days each; E (5 days) follows C.
        // All three: head 2 + 12 days of work + least time after them 0 = 14 (C first, then E beside A and B)
        Map<String, Long> qa = Map.of("qa", 1L);
        Project p = project(List.of(new Crew("qa", 1)), List.of(),
                List.of(activity("D", 2, "civil", null, Map.of()), activity("A", 4, "qa", null, qa), activity("B", 4, "qa", null, qa),
                        activity("C", 4, "qa", null, qa), activity("E", 5, "civil", null, Map.of())),
                List.of(Dependency.fs("D", "A"), Dependency.fs("D", "B"), Dependency.fs("D", "C"), Dependency.fs("C", "E")));

        FinishBound bound = FinishBound.of(p);

        assertThat(bound.value()).isEqualTo(14);
        assertThat(bound.argument()).isEqualTo("crew qa (capacity 1)");
        assertThat(bound.precedence()).isEqualTo(11);
    }

    @Test
    void aCrewBoundDividesTheWorkByTheCapacityRoundingUp() {
        // 3 activities of 3 days needing 2 of a crew of 3: 18 crew-days / 3 = 6 days
        Map<String, Long> two = Map.of("elec", 2L);
        Project p = project(List.of(new Crew("elec", 3)), List.of(),
                List.of(activity("A", 3, "elec", null, two), activity("B", 3, "elec", null, two), activity("C", 3, "elec", null, two)),
                List.of());

        assertThat(FinishBound.of(p).value()).isEqualTo(6);
    }

    @Test
    void crewWorkBeforeAndAfterAnActivityRaisesItsHeadAndTail() {
        // A and B need the electrician for 3 days each; both precede C and D, which need the inspector for 4 days each.
        // Crew by crew on precedence heads and tails: electrician 0 + 6 + 4 = 10, inspector 3 + 8 = 11. With the
        // electrician's 6 days before them, C and D start at 6 at the earliest: 6 + 8 = 14 (the optimum)
        Map<String, Long> elec = Map.of("elec", 1L);
        Map<String, Long> qa = Map.of("qa", 1L);
        Project p = project(List.of(new Crew("elec", 1), new Crew("qa", 1)), List.of(),
                List.of(activity("A", 3, "elec", null, elec), activity("B", 3, "elec", null, elec), activity("C", 4, "qa", null, qa),
                        activity("D", 4, "qa", null, qa)),
                List.of(Dependency.fs("A", "C"), Dependency.fs("B", "C"), Dependency.fs("A", "D"), Dependency.fs("B", "D")));

        FinishBound bound = FinishBound.of(p);

        assertThat(bound.precedence()).isEqualTo(7);
        assertThat(bound.value()).isEqualTo(14);
    }

    @Test
    void aZoneCountsTheLongestActivityOfEachTradeBecauseOneTradeMayOverlapItself() {
        Project p = project(List.of(), List.of(new Zone("Z")),
                List.of(activity("X", 3, "civil", "Z", Map.of()), activity("X2", 4, "civil", "Z", Map.of()),
                        activity("Y", 5, "elec", "Z", Map.of())),
                List.of());

        FinishBound bound = FinishBound.of(p);

        assertThat(bound.value()).isEqualTo(9);
        assertThat(bound.argument()).isEqualTo("zone Z (one trade at a time)");
    }

    @Test
    void aCalendarDayLagIsReadExactlyWhereCpmRoundsItUp() {
        // A works Monday to Friday; curing 3 calendar days from Saturday morning lets B start Tuesday (day 6), end day 7.
        // CPM reads 3 cd as ceil(3 * 5 / 7) = 3 working days and says 9, which is no bound.
        Project p = project(List.of(), List.of(), List.of(activity("A", 5, "civil", null, Map.of()), activity("B", 1, "civil", null, Map.of())),
                List.of(new Dependency("A", "B", RelationType.FS, 3, LagUnit.CD, OptionalLong.empty())));

        assertThat(FinishBound.of(p).precedence()).isEqualTo(7);
        assertThat(DependencyAnalysis.temporal(p).finish()).isEqualTo(9);
    }
}
