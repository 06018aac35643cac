package dev.gantry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gantry explain} on a small construction project whose milestone deadline cannot be met (spec scheduling §4.4,
 * variant d), and the repair of the deadline: excavation (3 days) and footings (2 days) share one civil crew, so steel (4 days) cannot start before
 * working day 5 and the dry-in milestone comes at day 9 at the earliest, but its deadline (Wed 2026-03-11, working
 * day 7) asks for 8. Without the crew limit it would be day 7.
 */
class ExplainCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path project(String deadline) throws IOException {
        Path p = dir.resolve("dry-in");
        Files.createDirectories(p);
        Files.writeString(p.resolve("project.csv"), "id,start,weekdays\ndry-in,2026-03-02,MON;TUE;WED;THU;FRI\n");
        Files.writeString(p.resolve("activities.csv"), String.join("\n",
                "id,name,duration,trade,zone,demands,earliestStart,deadline,deadlineType,phase",
                "EXC,Excavate,3,civil,,civil:1,,,,1-site",
                "FTG,Pour footings,2,civil,,civil:1,,,,1-site",
                "STL,Erect steel,4,steel,,steel:1,,,,2-shell",
                "DRY,Dry-in,0,milestone,,,," + deadline + ",hard,2-shell", ""));
        Files.writeString(p.resolve("dependencies.csv"), String.join("\n",
                "pred,succ,type,lag,lagUnit,maxLag", "EXC,STL,FS,0,wd,", "FTG,STL,FS,0,wd,", "STL,DRY,FS,0,wd,", ""));
        Files.writeString(p.resolve("crews.csv"), "id,capacity\ncivil,1\nsteel,1\n");
        return p;
    }

    /** The example of the README: the same project in docs/examples/dry-in. Plain logic links stay in the background. */
    @Test
    void anUnmeetableMilestoneIsBlamedOnItsDeadlineAndTheCivilCrew() {
        CliRun run = CliRun.of("explain", Path.of("..", "docs", "examples", "dry-in").toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(3);
        // both weigh 1, so either is a cheapest fix
        assertThat(run.out()).startsWith("dry-in: These requirements cannot all hold: (1) DRY finishes by 2026-03-11; (2) crew civil has capacity 1."
                + " Dropping either one restores feasibility. Cheapest fix: relax (")
                .endsWith("). Smallest change: DRY finishes by 2026-03-12 instead of 2026-03-11.\n");
    }

    @Test
    void withTheRulesIncludedTheChainOfLogicLinksIsBlamedToo() {
        CliRun run = CliRun.of("explain", Path.of("..", "docs", "examples", "dry-in").toString(), "--include-rules");

        assertThat(run.exit()).as(run.err()).isEqualTo(3);
        // the deadline first (the family's preference), then model order; every group weighs 1, so any one is a cheapest fix
        assertThat(run.out()).startsWith("dry-in: These requirements cannot all hold: (1) DRY finishes by 2026-03-11; (2) EXC FS+0wd STL;"
                + " (3) FTG FS+0wd STL; (4) STL FS+0wd DRY; (5) crew civil has capacity 1. Dropping any one restores feasibility."
                + " Cheapest fix: relax (")
                // the milestone can end after working day 8 at the earliest (civil crew: 5 days, then 4 of steel): Thursday
                .endsWith("). Smallest change: DRY finishes by 2026-03-12 instead of 2026-03-11.\n");
    }

    @Test
    void jsonNamesTheGroupsAndIsVerified() throws IOException {
        CliRun run = CliRun.of("explain", project("2026-03-11").toString(), "--json", "--all", "--include-rules");

        assertThat(run.exit()).as(run.err()).isEqualTo(3);
        JsonNode j = JSON.readTree(run.lastOutLine());
        assertThat(j.get("problem").asText()).isEqualTo("construction");
        assertThat(j.get("status").asText()).isEqualTo("INFEASIBLE");
        assertThat(j.get("minimal").asBoolean()).isTrue();
        assertThat(j.get("verified").asBoolean()).isTrue();
        List<String> groups = new ArrayList<>();
        j.get("groups").forEach(g -> groups.add(g.get("name").asText()));
        assertThat(groups).containsExactly("deadline/DRY", "lag/EXC->STL", "lag/FTG->STL", "lag/STL->DRY", "resource/civil");
        assertThat(j.get("correction").get("cost").asLong()).isEqualTo(1);
        JsonNode repair = j.get("repairs").get(0);
        assertThat(repair.get("param").asText()).isEqualTo("DRY.deadline");
        assertThat(repair.get("from").asLong()).isEqualTo(8);
        assertThat(repair.get("to").asLong()).isEqualTo(9);
        assertThat(repair.get("optimal").asBoolean()).isTrue();
        assertThat(repair.get("verified").asBoolean()).isTrue();
        // one conflict only, so every single requirement of it is a minimal correction
        assertThat(j.get("all").get("muses")).hasSize(1);
        assertThat(j.get("all").get("mcses")).hasSize(5);
    }

    @Test
    void theRepairedDeadlineIsMetByAVerifiedPlan() throws IOException {
        CliRun run = CliRun.of("solve", project("2026-03-12").toString(), "--workers", "1", "--time-limit", "10s", "--json");

        assertThat(run.exit()).as(run.err()).isEqualTo(0);
        JsonNode j = JSON.readTree(run.lastOutLine());
        assertThat(j.get("verified").asBoolean()).isTrue();
        assertThat(j.get("finish").asLong()).isEqualTo(9);
    }

    @Test
    void aMeetableDeadlineHasNothingToExplain() throws IOException {
        CliRun run = CliRun.of("explain", project("2026-03-13").toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(0);
        assertThat(run.out()).isEqualTo("dry-in: All requirements can hold together: there is nothing to explain.\n");
    }

    @Test
    void aDeadlineBeforeThePrecedencesAllowIsSettledByTheTemporalAnalysis() throws IOException {
        CliRun run = CliRun.of("explain", project("2026-03-06").toString());

        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.out()).startsWith("dry-in: ").contains("positive cycle");
    }

    @Test
    void aFamilyWithoutExplanationsIsBadUsage() {
        CliRun run = CliRun.of("explain", "ft06");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("gantry: gantry explain does not support jobshop yet; it supports construction, travel\n");
    }
}
