package dev.gantry.modeling.construction;

import static dev.gantry.modeling.construction.SmallProjects.activity;
import static dev.gantry.modeling.construction.SmallProjects.dep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.modeling.scheduling.RelationType;
import dev.gantry.modeling.scheduling.TemporalInfeasibilityException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class DependencyAnalysisTest {

    @Test
    void cpmOfTheTenActivityNetworkMatchesTheHandDerivation() {
        DependencyReport report = DependencyAnalysis.analyse(SmallProjects.tenActivities());
        Cpm cpm = report.cpm().orElseThrow();

        assertThat(cpm.finish()).isEqualTo(13);
        // ES by forward pass: D = max(B + 3, A + 3); F = max(D + 1, E + 0); H = max(F + 3, G); J = max(I + 1, H + 2)
        assertThat(cpm.times()).containsExactly(
                new ActivityTimes("A", 0, 3, 0, 3, 0, 0),
                new ActivityTimes("B", 3, 5, 3, 5, 0, 0),
                new ActivityTimes("C", 3, 7, 5, 9, 2, 0),
                new ActivityTimes("D", 6, 7, 6, 7, 0, 0),
                new ActivityTimes("E", 5, 7, 7, 9, 2, 2),
                new ActivityTimes("F", 7, 10, 7, 10, 0, 0),
                new ActivityTimes("G", 7, 7, 10, 10, 3, 3),
                new ActivityTimes("H", 10, 12, 10, 12, 0, 0),
                new ActivityTimes("I", 12, 13, 12, 13, 0, 0),
                new ActivityTimes("J", 13, 13, 13, 13, 0, 0));
        assertThat(cpm.criticalPath()).containsExactly("A", "B", "D", "F", "H", "I", "J");
    }

    @Test
    void redundantRelationsAreReportedWithTheImplyingPath() {
        List<RedundantRelation> redundant = DependencyAnalysis.redundant(SmallProjects.tenActivities());

        // A FS D (δ 3) lies under A→B→D (3 + 3); H FS J (δ 2) under H SF+3 I → I FS J (2 + 1)
        assertThat(redundant).extracting(r -> r.dependency().describe() + " by " + String.join(">", r.path()) + " " + r.pathLength())
                .containsExactly("H FS+0wd J by H>I>J 3", "A FS+0wd D by A>B>D 6");
    }

    @Test
    void aLaggedRelationIsNotRedundantWhenThePathIsShorter() {
        Project p = SmallProjects.tenActivities();
        List<Dependency> deps = new ArrayList<>(p.dependencies());
        deps.set(deps.size() - 1, dep("A", "D", RelationType.FS, 4)); // δ 7 > 6
        Project lagged = new Project(p.id(), p.start(), p.calendar(), p.crews(), p.zones(), p.activities(), deps);

        assertThat(DependencyAnalysis.redundant(lagged)).extracting(r -> r.dependency().describe()).containsExactly("H FS+0wd J");
    }

    @Test
    void circularLogicIsNamedThroughItsSmallestId() {
        List<Activity> acts = List.of(activity("A130", 1), activity("A120", 1), activity("A145", 1), activity("A150", 1));
        List<Dependency> deps = List.of(dep("A120", "A130", RelationType.FS, 0), dep("A130", "A145", RelationType.FS, 0),
                dep("A145", "A120", RelationType.SS, 0), dep("A145", "A150", RelationType.FS, 0));
        Project p = new Project("loop", SmallProjects.START, SmallProjects.CALENDAR, List.of(), List.of(), acts, deps);

        assertThat(DependencyAnalysis.cycles(p)).containsExactly(
                new LogicCycle(List.of("A120", "A130", "A145", "A120"), List.of("A120", "A130", "A145")));
        assertThatThrownBy(() -> ConstructionModel.compile(p)).isInstanceOf(InvalidProjectException.class)
                .hasMessage("loop has circular logic: A120 -> A130 -> A145 -> A120");
    }

    @Test
    void aMaxLagShorterThanTheChainIsAPositiveCycleBeforeAnySolverRuns() {
        Project p = SmallProjects.tenActivities();
        List<Dependency> deps = new ArrayList<>(p.dependencies());
        // J at most 10 working days after A starts, but ES_J = 13
        deps.add(new Dependency("A", "J", RelationType.SS, 0, LagUnit.WD, OptionalLong.of(10)));
        Project tight = new Project(p.id(), p.start(), p.calendar(), p.crews(), p.zones(), p.activities(), deps);

        DependencyReport report = DependencyAnalysis.analyse(tight);

        assertThat(report.positiveCycle().orElseThrow().message()).isEqualTo(
                "positive cycle A -> B -> D -> F -> H -> I -> J -> A (excess 3): A FS+0wd B; B FS+1wd D; D FS+0wd F; F FS+0wd H;"
                        + " H SF+3wd I; I FS+0wd J; max lag of A SS+0..10wd J");
        assertThat(report.cpm()).isEmpty();
        assertThatThrownBy(() -> ConstructionModel.compile(tight)).isInstanceOf(TemporalInfeasibilityException.class)
                .hasMessageStartingWith("ten is temporally infeasible: positive cycle A -> B");
    }

    @Test
    void validationNamesUnknownIdsSelfLoopsOverDemandsAndWarnsAboutDuplicates() {
        Activity a = new Activity("A", "A", 2, "elec", Optional.of("bay1"), Map.of("elec", 3L), Optional.empty(), Optional.empty(), "P");
        Activity b = new Activity("B", "B", -1, "pipe", Optional.of("bay9"), Map.of("pipe", 1L), Optional.empty(), Optional.empty(), "P");
        Project p = new Project("bad", SmallProjects.START, SmallProjects.CALENDAR, List.of(new Crew("elec", 2)), List.of(new Zone("bay1")),
                List.of(a, b), List.of(dep("A", "B", RelationType.FS, 0), dep("A", "B", RelationType.FS, 2), dep("B", "B", RelationType.SS, 0),
                        dep("A", "Z", RelationType.FS, 0)));

        assertThat(ProjectValidation.validate(p)).extracting(Issue::toString).containsExactly(
                "error: activity A needs 3 of crew elec, which has 2",
                "error: activity B has negative duration -1",
                "error: activity B is in unknown zone bay9",
                "error: activity B needs unknown crew pipe",
                "warning: duplicate relation A FS B (only the largest lag binds)",
                "error: dependency B SS+0wd B is a self-loop",
                "error: dependency A FS+0wd Z names unknown activity Z");
    }

    @Test
    void calendarNumbersWorkingDaysAroundWeekendsAndHolidays() {
        Calendar c = SmallProjects.CALENDAR;
        LocalDate start = SmallProjects.START;

        assertThat(c.date(start, 0)).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(c.date(start, 5)).isEqualTo(LocalDate.of(2026, 1, 12));
        // Monday 19 January is a holiday
        assertThat(c.date(start, 10)).isEqualTo(LocalDate.of(2026, 1, 20));
        assertThat(c.indexOnOrBefore(start, LocalDate.of(2026, 1, 19))).isEqualTo(9);
        assertThat(c.indexOnOrAfter(start, LocalDate.of(2026, 1, 17))).isEqualTo(10);
        assertThat(c.indexOnOrBefore(start, LocalDate.of(2026, 1, 4))).isEqualTo(-1);
        assertThat(c.calendarOffsets(start, 6)).containsExactly(0, 1, 2, 3, 4, 7);
        assertThat(DependencyAnalysis.workdays(7, LagUnit.CD, c)).isEqualTo(5);
        assertThat(DependencyAnalysis.workdays(3, LagUnit.CD, c)).isEqualTo(3);
    }
}
