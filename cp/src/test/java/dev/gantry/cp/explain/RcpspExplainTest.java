package dev.gantry.cp.explain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.modeling.api.Backends;
import dev.gantry.modeling.api.Constraints;
import dev.gantry.modeling.api.Cumulative;
import dev.gantry.modeling.api.IntervalVar;
import dev.gantry.modeling.api.Model;
import dev.gantry.modeling.api.ModelBuilder;
import dev.gantry.modeling.api.Param;
import dev.gantry.modeling.api.SolveOptions;
import dev.gantry.modeling.api.SolveResult;
import dev.gantry.modeling.api.Status;
import dev.gantry.modeling.scheduling.Schedule;
import dev.gantry.modeling.scheduling.SchedulingProblem;
import dev.gantry.modeling.scheduling.Task;
import dev.gantry.verify.scheduling.TemporalScheduleVerifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The RCPSP of modeling.md §5 and E11: a deadline of 8 days and a crew of 4 that cannot both hold. */
class RcpspExplainTest {
    private static final int[] DURATION = {0, 3, 2, 4, 0};
    private static final int[] CREW = {0, 2, 3, 2, 0};
    private static final int[][] SUCCESSORS = {{1, 2}, {3}, {3}, {4}, {}};

    static Model rcpsp(long deadlineDays) {
        ModelBuilder m = Model.builder("rcpsp-mini");
        Param deadline = m.param("deadline", deadlineDays);
        IntervalVar[] a = new IntervalVar[5];
        for (int i = 0; i < 5; i++) {
            a[i] = m.interval("A" + i).start(0, 20).size(DURATION[i]).build();
        }
        for (int i = 0; i < 5; i++) {
            for (int s : SUCCESSORS[i]) {
                m.add(a[s].start().ge(a[i].end()));
            }
        }
        Cumulative.Builder crew = Constraints.cumulative(4);
        for (int i = 0; i < 5; i++) {
            if (CREW[i] > 0) {
                crew.demand(a[i], CREW[i]);
            }
        }
        m.group("resource/crew").label("At most 4 workers at any time").add(crew.build());
        m.group("deadline").label("The project ends by day {deadline}").weight(3).add(a[4].end().le(deadline));
        m.minimize(a[4].end());
        return m.build();
    }

    /** The same project on the scheduling layer, for the independent verifier. */
    private static SchedulingProblem problem(long deadline) {
        SchedulingProblem.Builder b = SchedulingProblem.builder("rcpsp-mini");
        List<String> ids = new ArrayList<>();
        List<Long> demands = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            b.task(i == 4 ? Task.of("A4", 0).withDeadline(deadline) : Task.of("A" + i, DURATION[i]));
            ids.add("A" + i);
            demands.add((long) CREW[i]);
            for (int s : SUCCESSORS[i]) {
                b.precedence("precedence", "A" + i, "A" + s, 0);
            }
        }
        b.cumulativeResource("resource/crew", 4, ids, demands);
        return b.build();
    }

    private static Schedule schedule(Model model, SolveResult r) {
        Map<String, Long> starts = new LinkedHashMap<>();
        for (IntervalVar iv : model.intervals()) {
            starts.put(iv.name(), r.solution().start(iv));
        }
        return new Schedule(starts);
    }

    private static final ExplainOptions OPTIONS = ExplainOptions.defaults().withPreference("deadline", "resource/crew")
            .withCheckTimeLimit(Duration.ofSeconds(2)).withTotalTimeLimit(Duration.ofSeconds(30));

    @Test
    void deadlineAndCrewFormTheConflictTheCrewIsTheCheapestFixAndTheDeadlineMovesToNine() {
        Model model = rcpsp(8);
        assertThat(Backends.get("choco").solve(model, SolveOptions.builder().timeLimit(Duration.ofSeconds(5)).build()).status())
                .isEqualTo(Status.INFEASIBLE);
        Explainer ex = Explainer.of(Backends.get("cpsat"), OPTIONS);

        Explanation e = ex.explain(model);
        Repair fix = ex.repair(model, RepairRequest.of("deadline", Direction.INCREASE).phrased("end by day {value}"));
        Explanation full = e.withRepairs(fix);

        assertThat(e.status()).isEqualTo(ExplanationStatus.INFEASIBLE);
        assertThat(e.minimal()).isTrue();
        assertThat(e.verified()).as(e.notes().toString()).isTrue();
        assertThat(e.notes()).as("native assumptions, no fallback").isEmpty();
        assertThat(full.toText()).isEqualTo("These requirements cannot all hold: (1) The project ends by day 8; (2) At most 4 workers "
                + "at any time. Dropping either one restores feasibility. Cheapest fix: relax (2). Smallest change: end by day 9 instead of 8.");
        assertThat(full.toJson()).startsWith("{\"status\":\"INFEASIBLE\",\"kind\":\"MUS\",\"minimal\":true,\"verified\":true,"
                + "\"groups\":[{\"name\":\"deadline\",\"label\":\"The project ends by day 8\",\"weight\":3},"
                + "{\"name\":\"resource/crew\",\"label\":\"At most 4 workers at any time\",\"weight\":1}],"
                + "\"correction\":{\"groups\":[\"resource/crew\"],\"cost\":1},"
                + "\"repairs\":[{\"param\":\"deadline\",\"from\":8,\"to\":9,\"optimal\":true,\"verified\":true}],"
                + "\"effort\":{\"checks\":")
                .matches(".*\"backend\":\"cpsat [0-9.]+\"}");
    }

    @Test
    void theRepairIsExactDayNineIsFeasibleAndVerifiedDayEightIsNot() {
        Repair fix = Explainer.of(Backends.get("cpsat"), OPTIONS).repair(rcpsp(8), RepairRequest.of("deadline", Direction.ANY));

        assertThat(fix.to()).hasValue(9);
        assertThat(fix.optimal()).isTrue();
        assertThat(fix.verified()).isTrue();
        Model nine = rcpsp(8).withParam("deadline", 9);
        SolveResult r = Backends.get("cpsat").solve(nine, SolveOptions.builder().workers(1).timeLimit(Duration.ofSeconds(5)).build());
        assertThat(r.status()).isEqualTo(Status.OPTIMAL);
        assertThat(TemporalScheduleVerifier.verify(problem(9), schedule(nine, r)).violations()).isEmpty();
        assertThat(Backends.get("choco").solve(rcpsp(8), SolveOptions.builder().timeLimit(Duration.ofSeconds(5)).build()).status())
                .isEqualTo(Status.INFEASIBLE);
    }

    @Test
    void theRepairTakesTheParamItselfToo() {
        Model model = rcpsp(8);
        Repair fix = Explainer.of(Backends.get("choco"), OPTIONS).repair(model, model.param("deadline").orElseThrow(), Direction.INCREASE);

        assertThat(fix.to()).hasValue(9);
        assertThat(fix.verified()).isTrue();
        assertThat(fix.sentence()).isEqualTo("deadline 9 instead of 8");
    }

    @Test
    void aRepairThatCannotHelpSaysSo() {
        Repair none = Explainer.of(Backends.get("cpsat"), OPTIONS)
                .repair(rcpsp(8), RepairRequest.of("deadline", Direction.DECREASE).within(0, 8));

        assertThat(none.to()).isEmpty();
        assertThat(none.note()).isEqualTo("no value in [0, 8] restores feasibility");
    }

    @Test
    void chocoEmulatesAssumptionsAndFindsTheSameConflictAndCorrection() {
        Explanation e = Explainer.of(Backends.get("choco"), OPTIONS).explain(rcpsp(8));

        assertThat(e.groups()).extracting(ExplainedGroup::name).containsExactly("deadline", "resource/crew");
        assertThat(e.minimal()).isTrue();
        assertThat(e.verified()).as(e.notes().toString()).isTrue();
        assertThat(e.correction()).hasValueSatisfying(c -> {
            assertThat(c.groups()).extracting(ExplainedGroup::name).containsExactly("resource/crew");
            assertThat(c.cost()).isEqualTo(1);
            assertThat(c.optimal()).isTrue();
        });
    }

    @Test
    void deletionWithoutPreferenceTriesTheCrewFirstAndListsItFirst() {
        Explanation e = Explainer.of(Backends.get("cpsat"), OPTIONS.withPreference()).explain(rcpsp(8));

        assertThat(e.groups()).extracting(ExplainedGroup::name).containsExactly("resource/crew", "deadline");
        assertThat(e.verified()).isTrue();
    }

    @Test
    void aFeasibleModelHasNothingToExplain() {
        Explanation e = Explainer.of(Backends.get("cpsat"), OPTIONS).explain(rcpsp(9));

        assertThat(e.status()).isEqualTo(ExplanationStatus.FEASIBLE);
        assertThat(e.groups()).isEmpty();
        assertThat(e.toText()).isEqualTo("All requirements can hold together: there is nothing to explain.");
    }

    @Test
    void anInfeasibleBackgroundIsBlamedOnItsOwnConstraintSites() {
        ModelBuilder m = Model.builder("broken");
        var x = m.intVar("x", 0, 10);
        var y = m.intVar("y", 0, 10);
        m.add(x.ge(3));
        m.add(y.le(4));
        m.add(x.le(1));
        m.group("y-small").label("y stays small").add(y.le(2));
        Explanation e = Explainer.of(Backends.get("cpsat"), OPTIONS).explain(m.build());

        assertThat(e.status()).isEqualTo(ExplanationStatus.BACKGROUND_INFEASIBLE);
        assertThat(e.groups()).extracting(ExplainedGroup::name).containsExactlyInAnyOrder("site/1", "site/3");
        assertThat(e.groups()).extracting(ExplainedGroup::label).allMatch(l -> l.startsWith("background constraint "));
        assertThat(e.minimal()).isTrue();
        assertThat(e.verified()).isTrue();
        assertThat(e.toText()).startsWith("The fixed part of the model cannot hold on its own. These requirements cannot all hold: (1) ");
    }
}
