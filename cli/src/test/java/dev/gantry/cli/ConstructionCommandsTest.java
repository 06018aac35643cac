package dev.gantry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fab example of spec scheduling §4.4 and its variants through the CLI: analyze, solve, verify. */
class ConstructionCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path FAB = Path.of("..", "docs", "examples", "fab");

    @TempDir
    Path dir;

    /** The fab example with one more line in dependencies.csv. */
    private Path variant(String extraDependency) throws IOException {
        Path copy = dir.resolve("fab-variant");
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(FAB)) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        Files.writeString(copy.resolve("dependencies.csv"), extraDependency + "\n", java.nio.file.StandardOpenOption.APPEND);
        return copy;
    }

    @Test
    void variantAAsDesignedIsSchedulableWithItsCriticalPath() {
        CliRun run = CliRun.of("analyze", FAB.toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(0);
        assertThat(run.out()).startsWith("analysis of fab\nvalidation: ok\ncircular logic: none\n")
                .contains("temporal feasibility: ok\n")
                .contains("CPM (working days): finish 99\n")
                .contains("critical path: S-MOB -> S-CLR -> S-EXC -> S1-PILE -> S1-POUR -> SH1-STL -> SH2-STL -> SH3-STL -> SH4-STL")
                // 48 days of the single inspector from day 76 at the earliest; exact calendar-day lags give 100, not 99
                .endsWith("finish lower bound (working days): 126 from crew qa (capacity 1); precedence alone 100\n")
                .doesNotContain("S-EXC FS+0wd S1-POUR");
    }

    @Test
    void variantBAnExtraEdgeClosesANamedCycle() throws IOException {
        CliRun run = CliRun.of("analyze", variant("B1-FWD,B1-WAF,FS,0,wd,").toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).contains("circular logic: 1 cycle(s)\n"
                + "  cycle B1-ER -> B1-WD -> B1-FWD -> B1-WAF -> B1-RF -> B1-WP -> B1-ER;"
                + " members B1-ER, B1-FWD, B1-GAS, B1-RF, B1-UPW, B1-WAF, B1-WD, B1-WP\n");
    }

    @Test
    void variantCARedundantZeroLagEdgeIsReportedWithItsImplyingPath() throws IOException {
        CliRun run = CliRun.of("analyze", variant("S-EXC,S1-POUR,FS,0,wd,").toString());

        assertThat(run.exit()).isEqualTo(0);
        assertThat(run.out()).contains("  S-EXC FS+0wd S1-POUR (delta 12) implied by S-EXC -> S1-PILE -> S1-POUR (length 18)\n");
    }

    @Test
    void variantEAMaxLagClosingAPositiveCycleIsNamedAndNoSolverRuns() throws IOException {
        Path e = variant("S-MOB,M-FTR,SS,0,wd,60");
        String cycle = "positive cycle B1-CERT -> T01-MOVE -> T01-HOOK -> T01-QUAL -> M-FTR -> S-MOB -> S-CLR -> S-EXC -> F-SUB"
                + " -> F-SWG -> B1-PWR -> B1-ER -> B1-WD -> B1-FWD -> B1-CERT (excess 11): B1-CERT FS+0wd T01-MOVE; T01-MOVE FS+0wd"
                + " T01-HOOK; T01-HOOK FS+1wd T01-QUAL; T01-QUAL FS+0wd M-FTR; max lag of S-MOB SS+0..60wd M-FTR; S-MOB FS+0wd"
                + " S-CLR; S-CLR FS+0wd S-EXC; S-EXC FS+10wd F-SUB; F-SUB FS-2wd F-SWG; F-SWG FS+0wd B1-PWR; B1-PWR FS+0wd B1-ER;"
                + " B1-ER FS+0wd B1-WD; B1-WD FS+0wd B1-FWD; B1-FWD FS+0..10wd B1-CERT";

        CliRun analyze = CliRun.of("analyze", e.toString());
        assertThat(analyze.exit()).isEqualTo(3);
        assertThat(analyze.out()).contains("temporal feasibility: " + cycle + "\n").doesNotContain("CPM");

        CliRun solve = CliRun.of("solve", e.toString(), "--workers", "1");
        assertThat(solve.exit()).isEqualTo(3);
        assertThat(solve.out()).startsWith("fab: INFEASIBLE");
        assertThat(solve.err()).contains("note: fab is temporally infeasible: " + cycle);
    }

    @Test
    void theFabExampleSolvesVerifiedAndItsPlanVerifiesAsJsonAndAsCsv() throws IOException {
        Path plan = dir.resolve("plan.json");
        Path chart = dir.resolve("fab.svg");
        CliRun run = CliRun.of("solve", FAB.toString(), "--engine", "cpsat", "--time-limit", "20s", "--workers", "2", "--out",
                plan.toString(), "--gantt", chart.toString(), "--json");

        assertThat(run.exit()).as(run.err()).isEqualTo(0);
        JsonNode j = JSON.readTree(run.lastOutLine());
        assertThat(j.get("problem").asText()).isEqualTo("construction");
        assertThat(j.get("status").asText()).isIn("OPTIMAL", "FEASIBLE");
        assertThat(j.get("verified").asBoolean()).isTrue();
        // the bound is at least the resource bound of 126 working days (the CPM finish, 99, is no bound)
        assertThat(j.get("finishLowerBound").asLong()).isEqualTo(126);
        assertThat(j.get("objective").asLong()).isGreaterThanOrEqualTo(j.get("bound").asLong());
        assertThat(j.get("bound").asLong()).isGreaterThanOrEqualTo(126);
        // the serial schedule-generation warm start already meets every hard constraint
        assertThat(j.get("warmStartFeasible").asBoolean()).isTrue();
        assertThat(Files.readString(chart)).startsWith("<svg").contains("cleanroom");

        CliRun verify = CliRun.of("verify", FAB.toString(), plan.toString(), "--json");
        assertThat(verify.exit()).isEqualTo(0);
        assertThat(JSON.readTree(verify.lastOutLine()).get("objective").asLong()).isEqualTo(j.get("objective").asLong());

        // the plan as another tool would export it: dates of the first and last working day
        List<String> csv = new ArrayList<>(List.of("id,start,finish"));
        JSON.readTree(Files.readString(plan)).get("entries").forEach(e -> csv.add(e.get("id").asText() + ","
                + e.get("startDate").asText() + "," + e.get("finishDate").asText()));
        Path csvPlan = dir.resolve("plan.csv");
        Files.write(csvPlan, csv);
        assertThat(CliRun.of("verify", FAB.toString(), csvPlan.toString()).exit()).isEqualTo(0);

        // certification of bay 1 moved to the project start breaks its dependencies and zone
        Files.write(csvPlan, csv.stream().map(l -> l.startsWith("B1-CERT,") ? "B1-CERT,2026-03-02,2026-03-03" : l).toList());
        CliRun broken = CliRun.of("verify", FAB.toString(), csvPlan.toString(), "--json");
        assertThat(broken.exit()).isEqualTo(5);
        assertThat(JSON.readTree(broken.lastOutLine()).get("violations").findValuesAsText("check")).contains("K2");
    }

    @Test
    void theHybridEngineImprovesOnTheWarmStartWithAVerifiedPlan() throws IOException {
        Path plan = dir.resolve("hybrid.json");
        CliRun run = CliRun.of("solve", FAB.toString(), "--engine", "hybrid", "--time-limit", "15s", "--workers", "2", "--out",
                plan.toString(), "--json");

        assertThat(run.exit()).as(run.err()).isEqualTo(0);
        JsonNode j = JSON.readTree(run.lastOutLine());
        assertThat(j.get("verified").asBoolean()).isTrue();
        assertThat(j.get("status").asText()).isEqualTo("FEASIBLE");
        assertThat(j.get("bound").asLong()).isGreaterThanOrEqualTo(126);
        // the warm start is a plan the search may only improve; the neighbourhoods are solved within the limit
        assertThat(j.get("objective").asLong()).isLessThanOrEqualTo(j.get("warmStartFinish").asLong())
                .isGreaterThanOrEqualTo(j.get("bound").asLong());
        assertThat(j.get("neighbourhoods").asInt()).isPositive();
        assertThat(CliRun.of("verify", FAB.toString(), plan.toString()).exit()).isEqualTo(0);
    }

    @Test
    void aProjectWithValidationErrorsIsBadInput() throws IOException {
        Path bad = variant("S-MOB,NOPE,FS,0,wd,");

        CliRun run = CliRun.of("solve", bad.toString(), "--workers", "1");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("fab is invalid: dependency S-MOB FS+0wd NOPE names unknown activity NOPE");
    }
}
