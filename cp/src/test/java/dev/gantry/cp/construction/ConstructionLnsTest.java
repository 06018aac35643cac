package dev.gantry.cp.construction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.cp.jobshop.HybridOptions;
import dev.gantry.instances.schedule.ScheduleDocument;
import dev.gantry.modeling.api.Backends;
import dev.gantry.modeling.api.Model;
import dev.gantry.modeling.api.SolveOptions;
import dev.gantry.modeling.api.SolveResult;
import dev.gantry.modeling.api.Status;
import dev.gantry.modeling.construction.Activity;
import dev.gantry.modeling.construction.Calendar;
import dev.gantry.modeling.construction.ConstructionModel;
import dev.gantry.modeling.construction.ConstructionSchedule;
import dev.gantry.modeling.construction.Crew;
import dev.gantry.modeling.construction.Dependency;
import dev.gantry.modeling.construction.LagUnit;
import dev.gantry.modeling.construction.Project;
import dev.gantry.modeling.scheduling.RelationType;
import dev.gantry.verify.construction.ConstructionVerifier;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ConstructionLnsTest {

    private static Activity crewWork(String id, long duration, Map<String, Long> demands) {
        return new Activity(id, id, duration, "civil", Optional.empty(), demands, Optional.empty(), Optional.empty(), "P");
    }

    /** A (1 day) and B (5 days) share the single crew c; D (5 days, no crew) follows A. The optimum: A, then B beside D: 6. */
    private static Project smallProject() {
        return new Project("small", LocalDate.of(2026, 1, 5), Calendar.weekdays(new TreeSet<>()), List.of(new Crew("c", 1)), List.of(),
                List.of(crewWork("A", 1, Map.of("c", 1L)), crewWork("B", 5, Map.of("c", 1L)), crewWork("D", 5, Map.of())),
                List.of(new Dependency("A", "D", RelationType.FS, 0, LagUnit.WD, OptionalLong.empty())));
    }

    /** B first, then A, then D: finish 11. */
    private static ConstructionSchedule badPlan(Project p) {
        return new ConstructionSchedule(p, Map.of("A", 5L, "B", 0L, "D", 6L));
    }

    private static ConstructionSchedule solve(ConstructionModel model, Model restricted, ConstructionSchedule hint) {
        SolveResult r = Backends.get("cpsat").solve(restricted, SolveOptions.builder().workers(1).seed(1).timeLimit(Duration.ofSeconds(10))
                .hint(model.hint(hint)).build());
        assertThat(r.status()).isEqualTo(Status.OPTIMAL);
        ConstructionSchedule plan = model.decode(r.solution());
        assertThat(ConstructionVerifier.verify(model.project(), ScheduleDocument.ofConstruction(plan, null, null)).violations()).isEmpty();
        return plan;
    }

    @Test
    void aNeighbourhoodKeepsTheCrewOrdersOfTheActivitiesItDoesNotFree() {
        Project p = smallProject();
        ConstructionModel model = ConstructionModel.compile(p);
        List<Neighbourhood.Conflict> conflicts = Neighbourhood.conflicts(p);
        assertThat(conflicts).containsExactly(new Neighbourhood.Conflict("A", "B"));

        ConstructionSchedule kept = solve(model, Neighbourhood.restrict(model, badPlan(p), Set.of(), conflicts, true), badPlan(p));
        // B still before A: everything only moves up, and the finish stays 11
        assertThat(kept.starts()).isEqualTo(Map.of("A", 5L, "B", 0L, "D", 6L));

        ConstructionSchedule freed = solve(model, Neighbourhood.restrict(model, badPlan(p), Set.of("A"), conflicts, true), badPlan(p));
        assertThat(freed.starts()).isEqualTo(Map.of("A", 0L, "B", 1L, "D", 1L));
        assertThat(freed.finish()).isEqualTo(6);
    }

    @Test
    void theSearchReachesTheProvenOptimumOfASmallProject() {
        // six activities of one crew of capacity 2 before an end milestone: the crew bound is the optimum
        List<Activity> activities = new ArrayList<>();
        List<Dependency> dependencies = new ArrayList<>();
        long[] durations = {4, 3, 3, 2, 2, 2};
        for (int i = 0; i < durations.length; i++) {
            activities.add(crewWork("W" + i, durations[i], Map.of("c", 1L)));
        }
        activities.add(crewWork("END", 0, Map.of()));
        for (int i = 0; i < durations.length; i++) {
            dependencies.add(new Dependency("W" + i, "END", RelationType.FS, 0, LagUnit.WD, OptionalLong.empty()));
        }
        Project p = new Project("pairs", LocalDate.of(2026, 1, 5), Calendar.weekdays(new TreeSet<>()), List.of(new Crew("c", 2)), List.of(),
                activities, dependencies);
        ConstructionModel model = ConstructionModel.compile(p);
        List<ConstructionLns.Progress> progress = new ArrayList<>();

        // all six in a row (finish 16); neighbourhoods of two activities at first
        Map<String, Long> row = new java.util.LinkedHashMap<>();
        long t = 0;
        for (int i = 0; i < durations.length; i++) {
            row.put("W" + i, t);
            t += durations[i];
        }
        row.put("END", t);
        ConstructionSchedule start = new ConstructionSchedule(p, row);
        HybridOptions options = new HybridOptions(Duration.ofSeconds(20), 1, 7, Duration.ofSeconds(2), 2, Optional.empty());

        LnsResult r = ConstructionLns.improve(model, start, options, progress::add);

        // 16 crew-days on 2 crews: 8 days, which {4,2,2} and {3,3,2} reach
        assertThat(r.warmStartFinish()).isEqualTo(16);
        assertThat(r.fullSolveFinish()).isEqualTo(-1);
        assertThat(r.status()).isEqualTo(Status.OPTIMAL);
        assertThat(r.finishLowerBound()).isEqualTo(8);
        assertThat(r.improvements()).isPositive();
        assertThat(r.best()).isPresent();
        ConstructionSchedule plan = r.best().get();
        assertThat(plan.finish()).isEqualTo(8);
        assertThat(r.tardinessProven()).isTrue();
        assertThat(r.wallTime()).isLessThan(Duration.ofSeconds(20));
        assertThat(progress.get(progress.size() - 1).finish()).isEqualTo(8);
        assertThat(r.neighbourhoods()).isGreaterThan(1);
        assertThat(ConstructionVerifier.verify(p, ScheduleDocument.ofConstruction(plan, null, null)).violations()).isEmpty();
    }
}
