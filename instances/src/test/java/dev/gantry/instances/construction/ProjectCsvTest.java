package dev.gantry.instances.construction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.modeling.api.InputFormatException;
import dev.gantry.modeling.construction.Activity;
import dev.gantry.modeling.construction.DeadlineType;
import dev.gantry.modeling.construction.Dependency;
import dev.gantry.modeling.construction.LagUnit;
import dev.gantry.modeling.construction.Project;
import dev.gantry.modeling.construction.ProjectValidation;
import dev.gantry.modeling.scheduling.RelationType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectCsvTest {
    /** The fab example of spec scheduling §4.4, from the module directory. */
    static final Path FAB = Path.of("..", "docs", "examples", "fab");

    @TempDir
    Path dir;

    @Test
    void theFabExampleHasEverythingSection44AsksFor() throws IOException {
        Project fab = ProjectCsv.read(FAB);

        assertThat(ProjectValidation.validate(fab)).isEmpty();
        assertThat(fab.activities()).hasSizeGreaterThanOrEqualTo(150);
        assertThat(fab.activities().stream().map(Activity::phase).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("1-site", "2-shell", "3-cleanroom", "4-facility", "5-tools");
        assertThat(fab.dependencies().stream().map(Dependency::type).collect(Collectors.toSet())).containsExactlyInAnyOrder(RelationType.values());
        assertThat(fab.dependencies()).anyMatch(d -> d.lag() < 0).anyMatch(d -> d.unit() == LagUnit.CD).anyMatch(d -> d.maxLag().isPresent());
        assertThat(fab.crews()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(fab.zones()).hasSize(6);
        // bays are shared by several trades
        assertThat(fab.activities().stream().filter(a -> a.zone().equals(java.util.Optional.of("BAY1"))).map(Activity::trade)
                .collect(Collectors.toSet())).hasSizeGreaterThanOrEqualTo(4);
        assertThat(fab.calendar().holidays()).contains(LocalDate.of(2026, 5, 25), LocalDate.of(2026, 7, 3));
        assertThat(fab.activities().stream().filter(a -> a.deadline().isPresent()).map(a -> a.name() + " " + a.deadline().get().type()))
                .containsExactlyInAnyOrder("Shell dry-in HARD", "Cleanroom certified SOFT", "First tool ready HARD");
        assertThat(fab.activities()).anyMatch(a -> a.earliestStart().isPresent());
    }

    @Test
    void csvToModelToJsonToModelIsTheIdentity() throws IOException {
        Project fromCsv = ProjectCsv.read(FAB);

        String json = ProjectJson.write(fromCsv);
        Project back = ProjectJson.parse("fab.construction.json", json);

        assertThat(back).isEqualTo(fromCsv);
        assertThat(ProjectJson.write(back)).isEqualTo(json);
    }

    private Path project(String activities, String dependencies) throws IOException {
        Files.writeString(dir.resolve("project.csv"), "id,start\np,2026-01-05\n");
        Files.writeString(dir.resolve("crews.csv"), "id,capacity\nelec,2\n");
        Files.writeString(dir.resolve("activities.csv"), activities);
        if (dependencies != null) {
            Files.writeString(dir.resolve("dependencies.csv"), dependencies);
        }
        return dir;
    }

    private static final String HEADER = "id,name,duration,trade,zone,demands,earliestStart,deadline,deadlineType,phase";

    @Test
    void errorsNameFileLineAndColumn() throws IOException {
        project(HEADER + "\nA,Dig,3,civil,,,,,,P1\nB,Pour,x,civil,,,,,,P1\n", "pred,succ,type,lag,lagUnit,maxLag\n");
        assertThatThrownBy(() -> ProjectCsv.read(dir)).isInstanceOf(InputFormatException.class)
                .hasMessageContaining("activities.csv").hasMessageContaining(":3").hasMessageContaining("duration")
                .hasMessageContaining("expected an integer, found 'x'");

        project(HEADER + "\nA,Dig,3,civil,,elec=2,,,,P1\n", "pred,succ,type,lag,lagUnit,maxLag\n");
        assertThatThrownBy(() -> ProjectCsv.read(dir)).hasMessageContaining("activities.csv:2").hasMessageContaining("demands");

        project(HEADER + "\nA,Dig,3,civil,,,,,,P1\nB,Pour,2,civil,,,,,,P1\n", "pred,succ,type,lag,lagUnit,maxLag\nA,B,XS,0,wd,\n");
        assertThatThrownBy(() -> ProjectCsv.read(dir)).hasMessageContaining("dependencies.csv:2").hasMessageContaining("type")
                .hasMessageContaining("found 'XS'");
    }

    @Test
    void theCompactPredecessorsColumnReplacesDependenciesCsv() throws IOException {
        project(HEADER + ",predecessors,deadlineWeight\nA,Dig,3,civil,,elec:1,,,,P1,,\nB,Pour,2,civil,,,,2026-02-02,soft,P1,A;AFF-1d,5\n"
                + "C,Cure,0,civil,,,,,,P1,BSS+2ed,\n", null);

        Project p = ProjectCsv.read(dir);

        assertThat(p.dependencies()).containsExactly(
                Dependency.fs("A", "B"),
                new Dependency("A", "B", RelationType.FF, -1, LagUnit.WD, OptionalLong.empty()),
                new Dependency("B", "C", RelationType.SS, 2, LagUnit.CD, OptionalLong.empty()));
        assertThat(p.activity("B").orElseThrow().deadline().orElseThrow().type()).isEqualTo(DeadlineType.SOFT);
        assertThat(p.activity("B").orElseThrow().deadline().orElseThrow().weight()).isEqualTo(5);
        assertThat(p.activity("A").orElseThrow().demands()).containsEntry("elec", 1L);

        project(HEADER + ",predecessors\nA,Dig,3,civil,,,,,,P1,\nB,Pour,2,civil,,,,,,P1,A++\n", null);
        assertThatThrownBy(() -> ProjectCsv.read(dir)).hasMessageContaining("activities.csv:3").hasMessageContaining("predecessors");
    }

    @Test
    void aPlanCsvTakesIndicesOrDates() {
        var doc = PlanCsv.parse("plan.csv", "id,start,finish\nA,0,3\nB,2026-01-08,2026-01-09\n");

        assertThat(doc.family()).isEqualTo("construction");
        assertThat(doc.entries().get(0).start()).isEqualTo(0);
        assertThat(doc.entries().get(0).end()).isEqualTo(3);
        assertThat(doc.entries().get(1).startDate()).isEqualTo("2026-01-08");
        assertThat(doc.entries().get(1).finishDate()).isEqualTo("2026-01-09");
        assertThatThrownBy(() -> PlanCsv.parse("plan.csv", "id,start,finish\nA,soon,3\n")).hasMessageContaining("plan.csv:2")
                .hasMessageContaining("start");
    }

    @Test
    void jsonErrorsNameTheFieldPath() {
        assertThatThrownBy(() -> ProjectJson.parse("p.construction.json",
                "{\"project\":{\"id\":\"p\",\"start\":\"2026-01-05\"},\n\"activities\":[{\"id\":\"A\"}]}"))
                .isInstanceOf(InputFormatException.class).hasMessageContaining("p.construction.json:2")
                .hasMessageContaining("activities[0].duration");
    }
}
