package dev.gantry.verify.construction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.instances.construction.PlanCsv;
import dev.gantry.instances.schedule.ScheduleDocument;
import dev.gantry.instances.schedule.ScheduleEntry;
import dev.gantry.modeling.construction.Activity;
import dev.gantry.modeling.construction.Calendar;
import dev.gantry.modeling.construction.Crew;
import dev.gantry.modeling.construction.Deadline;
import dev.gantry.modeling.construction.DeadlineType;
import dev.gantry.modeling.construction.Dependency;
import dev.gantry.modeling.construction.LagUnit;
import dev.gantry.modeling.construction.Project;
import dev.gantry.modeling.construction.Zone;
import dev.gantry.modeling.scheduling.RelationType;
import dev.gantry.verify.VerificationReport;
import dev.gantry.verify.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ConstructionVerifierTest {
    /**
     * From Monday 2026-01-05 (holiday Monday 19th): A (3 d, civil, zone Z, 2 of crew c) FS+7cd B (2 d, elec, Z);
     * A SS+1..3wd C (1 d, civil, 1 of c, not before Wednesday 7th); C FS M (milestone, hard deadline Friday 9th);
     * D (1 d, elec, Z) free. Crew c has 2.
     */
    private static Project project() {
        return new Project("small", LocalDate.of(2026, 1, 5), Calendar.weekdays(new TreeSet<>(List.of(LocalDate.of(2026, 1, 19)))),
                List.of(new Crew("c", 2)), List.of(new Zone("Z")),
                List.of(new Activity("A", "A", 3, "civil", Optional.of("Z"), Map.of("c", 2L), Optional.empty(), Optional.empty(), "P"),
                        new Activity("B", "B", 2, "elec", Optional.of("Z"), Map.of(), Optional.empty(), Optional.empty(), "P"),
                        new Activity("C", "C", 1, "civil", Optional.empty(), Map.of("c", 1L), Optional.of(LocalDate.of(2026, 1, 7)),
                                Optional.empty(), "P"),
                        new Activity("M", "M", 0, "milestone", Optional.empty(), Map.of(),  Optional.empty(),
                                Optional.of(new Deadline(LocalDate.of(2026, 1, 9), DeadlineType.HARD, 1)), "P"),
                        new Activity("D", "D", 1, "elec", Optional.of("Z"), Map.of(), Optional.empty(), Optional.empty(), "P")),
                List.of(new Dependency("A", "B", RelationType.FS, 7, LagUnit.CD, OptionalLong.empty()),
                        new Dependency("A", "C", RelationType.SS, 1, LagUnit.WD, OptionalLong.of(3)),
                        Dependency.fs("C", "M")));
    }

    private static ScheduleDocument plan(long a, long b, long c, long m, long d) {
        Project p = project();
        long[] starts = {a, b, c, m, d};
        List<ScheduleEntry> entries = new ArrayList<>();
        for (int i = 0; i < starts.length; i++) {
            Activity act = p.activities().get(i);
            entries.add(new ScheduleEntry(act.id(), null, null, null, null, starts[i], starts[i] + act.duration(), 0));
        }
        return new ScheduleDocument(ScheduleDocument.FORMAT, 1, "construction", "small", null, "workday", null, entries, null, "test");
    }

    private static List<String> checks(VerificationReport r) {
        return r.violations().stream().map(Violation::check).toList();
    }

    @Test
    void aPlanKeepingEveryRuleIsValidWithItsFinish() {
        // A ends Wednesday evening; 7 calendar days from Thursday morning is Thursday 15th, working day 8
        VerificationReport r = ConstructionVerifier.verify(project(), plan(0, 8, 3, 4, 5));

        assertThat(r.violations()).isEmpty();
        assertThat(r.objective()).isEqualTo(10L);
    }

    @Test
    void eachBrokenRuleIsReportedUnderItsCheck() {
        // B one working day early: 6 calendar days of curing
        VerificationReport k2 = ConstructionVerifier.verify(project(), plan(0, 7, 3, 4, 5));
        assertThat(k2.violations()).containsExactly(new Violation("K2", List.of("A", "B"),
                "A FS+7cd B: the distance is 6 cd, below the lag 7"));
        // C beyond the max lag of 3 working days after A's start, and M past its deadline
        assertThat(checks(ConstructionVerifier.verify(project(), plan(0, 8, 4, 6, 5)))).containsExactly("K2", "K5");
        // C while A still holds both units of crew c
        assertThat(checks(ConstructionVerifier.verify(project(), plan(0, 8, 2, 4, 5)))).containsExactly("K3");
        // D (elec) inside A (civil) in zone Z
        assertThat(ConstructionVerifier.verify(project(), plan(0, 8, 3, 4, 1)).violations()).containsExactly(
                new Violation("K4", List.of("A", "D"), "zone Z: A (civil) and D (elec) overlap"));
        // C before its earliest start, Tuesday
        assertThat(checks(ConstructionVerifier.verify(project(), plan(0, 8, 1, 4, 5)))).contains("K6");
    }

    @Test
    void aCsvPlanWithDatesIsReadThroughTheCalendar() {
        String good = "id,start,finish\nA,2026-01-05,2026-01-07\nB,2026-01-15,2026-01-16\nC,3,4\nM,4,4\nD,2026-01-12,2026-01-12\n";
        assertThat(ConstructionVerifier.verify(project(), PlanCsv.parse("plan.csv", good)).violations()).isEmpty();

        // Saturday is no working day
        String weekend = good.replace("D,2026-01-12,2026-01-12", "D,2026-01-10,2026-01-10");
        assertThat(ConstructionVerifier.verify(project(), PlanCsv.parse("plan.csv", weekend)).violations()).containsExactly(
                new Violation("K1", List.of("D"), "D has start date 2026-01-10, which is no working day of the project calendar"),
                new Violation("K1", List.of("D"), "D has finish date 2026-01-10, which is no working day of the project calendar"));
    }

    @Test
    void datesThatDisagreeWithTheIndicesAndMissingActivitiesAreReported() {
        ScheduleDocument good = plan(0, 8, 3, 4, 5);
        List<ScheduleEntry> entries = new ArrayList<>(good.entries());
        ScheduleEntry a = entries.get(0);
        entries.set(0, new ScheduleEntry("A", null, null, null, null, a.start(), a.end(), "2026-01-06", "2026-01-07", 0));
        entries.remove(4);
        ScheduleDocument bad = new ScheduleDocument(good.format(), 1, "construction", "small", null, "workday", 9L, entries, null, "t");

        VerificationReport r = ConstructionVerifier.verify(project(), bad);

        assertThat(r.violations()).containsExactly(
                new Violation("K1", List.of("A"), "A starts on working day 0, which is 2026-01-05, not 2026-01-06"),
                new Violation("C2", List.of("D"), "D is missing from the plan"));
    }
}
