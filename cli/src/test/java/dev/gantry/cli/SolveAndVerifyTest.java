package dev.gantry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI contract end to end on bundled samples: JSON shape, files written, verifier round trip, exit codes. */
class SolveAndVerifyTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void solveWritesAVerifiedPlanAndAChartAndPrintsOneJsonObject() throws Exception {
        Path plan = dir.resolve("plan.json");
        Path chart = dir.resolve("chart.svg");
        CliRun run = CliRun.of("solve", "ft06", "--engine", "choco", "--time-limit", "60s", "--workers", "1",
                "--out", plan.toString(), "--gantt", chart.toString(), "--json");
        assertThat(run.exit()).as(run.err()).isEqualTo(0);
        JsonNode j = JSON.readTree(run.lastOutLine());
        assertThat(j.get("problem").asText()).isEqualTo("jobshop");
        assertThat(j.get("engine").asText()).isEqualTo("choco");
        assertThat(j.get("status").asText()).isEqualTo("OPTIMAL");
        assertThat(j.get("objective").asLong()).isEqualTo(55);
        assertThat(j.get("bound").asLong()).isEqualTo(55);
        assertThat(j.get("verified").asBoolean()).isTrue();
        assertThat(j.get("violations")).isEmpty();
        assertThat(j.has("timeMillis")).isTrue();
        assertThat(run.err()).contains("makespan 55");

        assertThat(Files.readString(chart)).startsWith("<svg").contains("M5").contains("J0.O0 on M2");
        CliRun verify = CliRun.of("verify", "ft06", plan.toString(), "--json");
        assertThat(verify.exit()).isEqualTo(0);
        JsonNode v = JSON.readTree(verify.lastOutLine());
        assertThat(v.get("valid").asBoolean()).isTrue();
        assertThat(v.get("objective").asLong()).isEqualTo(55);
    }

    @Test
    void aBrokenPlanExitsWithFiveAndListsItsViolations() throws Exception {
        Path plan = dir.resolve("plan.json");
        assertThat(CliRun.of("solve", "ft06", "--out", plan.toString(), "--time-limit", "60s").exit()).isEqualTo(0);
        // J0.O1 moved onto the start of J0.O0: the job order breaks and the stated makespan still holds
        String text = Files.readString(plan).replaceFirst("(\"id\":\"J0\\.O1\",\"job\":0,\"index\":1,\"machine\":0,)\"start\":\\d+,\"end\":\\d+",
                "$1\"start\":5,\"end\":8");
        Files.writeString(plan, text);
        CliRun verify = CliRun.of("verify", "ft06", plan.toString(), "--json");
        assertThat(verify.exit()).isEqualTo(5);
        JsonNode v = JSON.readTree(verify.lastOutLine());
        assertThat(v.get("valid").asBoolean()).isFalse();
        assertThat(v.get("violations").findValuesAsText("check")).contains("J2");
    }

    @Test
    void aLimitThatEndsBeforeAnySolutionExitsWithFour() throws Exception {
        CliRun run = CliRun.of("solve", "ft10", "--time-limit", "1ms", "--json");
        assertThat(run.exit()).isEqualTo(4);
        assertThat(JSON.readTree(run.lastOutLine()).get("status").asText()).isEqualTo("UNKNOWN");
    }

    @Test
    void generateReproducesTaillardsFirstInstance() {
        CliRun run = CliRun.of("generate", "jobshop", "--taillard", "ta01");
        assertThat(run.exit()).isEqualTo(0);
        assertThat(run.out()).startsWith("15 15\n");
        assertThat(run.out().lines().skip(1).findFirst().orElseThrow().trim()).startsWith("6 94 12 66 4 10");
    }

    @Test
    void enginesListsTheJobShopEnginesAndBackends() {
        CliRun run = CliRun.of("engines");
        assertThat(run.exit()).isEqualTo(0);
        assertThat(run.out()).contains("jobshop: cpsat, choco").contains("backends installed: cpsat, choco");
    }
}
