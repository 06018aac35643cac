package dev.gantry.cp.construction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.instances.schedule.ScheduleDocument;
import dev.gantry.modeling.api.Backends;
import dev.gantry.modeling.api.SolveOptions;
import dev.gantry.modeling.api.SolveResult;
import dev.gantry.modeling.api.Status;
import dev.gantry.modeling.construction.Activity;
import dev.gantry.modeling.construction.Calendar;
import dev.gantry.modeling.construction.ConstructionModel;
import dev.gantry.modeling.construction.ConstructionSchedule;
import dev.gantry.modeling.construction.Dependency;
import dev.gantry.modeling.construction.FinishBound;
import dev.gantry.modeling.construction.SerialSchedule;
import dev.gantry.instances.construction.ConstructionInstances;
import dev.gantry.modeling.construction.LagUnit;
import dev.gantry.modeling.construction.Project;
import dev.gantry.modeling.scheduling.RelationType;
import dev.gantry.verify.VerificationReport;
import dev.gantry.verify.construction.ConstructionVerifier;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ConstructionCpTest {

    private static Activity activity(String id, long duration) {
        return new Activity(id, id, duration, "civil", Optional.empty(), Map.of(), Optional.empty(), Optional.empty(), "P");
    }

    private static ConstructionSchedule solve(Project p) {
        ConstructionModel model = ConstructionModel.compile(p);
        SolveResult r = Backends.get("cpsat").solve(model.model(), SolveOptions.builder().workers(1).seed(1).timeLimit(Duration.ofSeconds(10)).build());
        assertThat(r.status()).isEqualTo(Status.OPTIMAL);
        ConstructionSchedule s = model.decode(r.solution());
        VerificationReport report = ConstructionVerifier.verify(p, ScheduleDocument.ofConstruction(s, null, null));
        assertThat(report.violations()).isEmpty();
        return s;
    }

    @Test
    void aCalendarDayLagCountsWeekendsAndHolidays() {
        // Monday 2026-01-05; A takes Mon-Wed; curing 7 calendar days from Thursday morning: B may start Thursday 15th,
        // which is working day 8
        Project p = new Project("cure", LocalDate.of(2026, 1, 5), Calendar.weekdays(new TreeSet<>()), List.of(), List.of(),
                List.of(activity("A", 3), activity("B", 2)),
                List.of(new Dependency("A", "B", RelationType.FS, 7, LagUnit.CD, OptionalLong.empty())));

        ConstructionSchedule s = solve(p);

        assertThat(s.start("B")).isEqualTo(8);
        assertThat(s.startDate("B")).isEqualTo(LocalDate.of(2026, 1, 15));
    }

    @Test
    void theResourceBoundIsReachedWhereCpmWouldClaimMore() {
        // A works Monday to Friday; curing 3 calendar days from Saturday morning: B starts Tuesday (day 6), ends day 7.
        // CPM's ceil(3 * 5 / 7) says 9; the bound and the optimum are 7
        Project p = new Project("cure3", LocalDate.of(2026, 1, 5), Calendar.weekdays(new TreeSet<>()), List.of(), List.of(),
                List.of(activity("A", 5), activity("B", 1)),
                List.of(new Dependency("A", "B", RelationType.FS, 3, LagUnit.CD, OptionalLong.empty())));

        assertThat(solve(p).finish()).isEqualTo(7).isEqualTo(FinishBound.of(p).value());
    }

    @Test
    void theFabWarmStartIsAVerifiedPlanAboveTheBound() throws IOException {
        Project fab = ConstructionInstances.load(Path.of("..", "docs", "examples", "fab"));

        SerialSchedule start = SerialSchedule.of(fab);

        assertThat(start.feasible()).isTrue();
        VerificationReport report = ConstructionVerifier.verify(fab, ScheduleDocument.ofConstruction(start.schedule(), null, null));
        assertThat(report.violations()).isEmpty();
        assertThat(start.schedule().finish()).isGreaterThanOrEqualTo(FinishBound.of(fab).value());
        assertThat(FinishBound.of(fab).value()).isEqualTo(126);
    }
}
