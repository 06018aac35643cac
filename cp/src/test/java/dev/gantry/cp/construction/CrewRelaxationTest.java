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
import dev.gantry.modeling.construction.Crew;
import dev.gantry.modeling.construction.Dependency;
import dev.gantry.modeling.construction.FinishBound;
import dev.gantry.modeling.construction.LagUnit;
import dev.gantry.modeling.construction.Project;
import dev.gantry.modeling.construction.Zone;
import dev.gantry.modeling.scheduling.RelationType;
import dev.gantry.verify.construction.ConstructionVerifier;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class CrewRelaxationTest {

    private static Activity activity(String id, long duration, Map<String, Long> demands, Optional<String> zone) {
        return new Activity(id, id, duration, "t-" + id, zone, demands, Optional.empty(), Optional.empty(), "P");
    }

    private static Dependency fs(String pred, String succ) {
        return new Dependency(pred, succ, RelationType.FS, 0, LagUnit.WD, OptionalLong.empty());
    }

    /**
     * One machine with heads and tails: J1 (10 days, tail 5) and J2 (1 day, head 1, tail 10) share the one-person crew.
     * J2 first finishes on day 17, J1 first on day 21; the preemptive set argument only sees 0 + 11 + 5 = 16.
     */
    private static Project headsAndTails() {
        Optional<String> nowhere = Optional.empty();
        return new Project("heads-tails", LocalDate.of(2026, 1, 5), Calendar.weekdays(new TreeSet<>()),
                List.of(new Crew("fitter", 1), new Crew("helper", 1)), List.of(),
                List.of(activity("J1", 10, Map.of("fitter", 1L), nowhere), activity("T1", 5, Map.of(), nowhere),
                        activity("R2", 1, Map.of("helper", 1L), nowhere), activity("J2", 1, Map.of("fitter", 1L), nowhere),
                        activity("T2", 10, Map.of(), nowhere)),
                List.of(fs("J1", "T1"), fs("R2", "J2"), fs("J2", "T2")));
    }

    @Test
    void theOneCrewRelaxationClosesTheGapThePreemptiveArgumentLeaves() {
        Project p = headsAndTails();

        CrewRelaxation.Bound bound = CrewRelaxation.of(p, FinishBound.of(p).value(), Duration.ofSeconds(120), Duration.ofSeconds(60), 1,
                Optional.empty());

        assertThat(FinishBound.of(p).value()).isEqualTo(16);
        assertThat(bound.value()).isEqualTo(17);
        assertThat(bound.crews()).containsExactly("fitter");
        assertThat(bound.closed()).isTrue();
        assertThat(bound.argument()).isEqualTo("crew fitter with the zones (relaxation solved to optimality)");
        // and 17 is the optimum of the whole project, whose plan verifies
        ConstructionModel model = ConstructionModel.compile(p);
        SolveResult r = Backends.get("cpsat").solve(model.model(), SolveOptions.builder().workers(1).seed(1).timeLimit(Duration.ofSeconds(10)).build());
        assertThat(r.status()).isEqualTo(Status.OPTIMAL);
        ConstructionSchedule plan = model.decode(r.solution());
        assertThat(plan.finish()).isEqualTo(17);
        assertThat(ConstructionVerifier.verify(p, ScheduleDocument.ofConstruction(plan, null, null)).violations()).isEmpty();
    }

    @Test
    void theRelaxationKeepsItsCrewsAndTheZonesAndDropsTheOtherCrews() {
        Project p = new Project("zoned", LocalDate.of(2026, 1, 5), Calendar.weekdays(new TreeSet<>()),
                List.of(new Crew("a", 1), new Crew("b", 2)), List.of(new Zone("bay")),
                List.of(activity("X", 2, Map.of("a", 1L, "b", 2L), Optional.of("bay")), activity("Y", 3, Map.of("b", 1L), Optional.of("bay"))), List.of(fs("X", "Y")));

        Project relaxed = CrewRelaxation.relax(p, List.of(new Crew("b", 2)));

        assertThat(relaxed.crews()).containsExactly(new Crew("b", 2));
        assertThat(relaxed.zones()).containsExactly(new Zone("bay"));
        assertThat(relaxed.activities()).extracting(Activity::demands).containsExactly(Map.of("b", 2L), Map.of("b", 1L));
        assertThat(relaxed.activities()).allSatisfy(a -> assertThat(a.zone()).contains("bay"));
        assertThat(relaxed.dependencies()).isEqualTo(p.dependencies());
    }
}
