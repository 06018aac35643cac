package dev.gantry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.heuristics.plugin.PluginJars;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gantry solve --engine heuristic:plugin} and {@code gantry evaluate} with plug-ins built in the test. */
class PluginCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static Path jar;

    @BeforeAll
    static void buildJar() throws Exception {
        jar = PluginJars.all(dir);
    }

    @Test
    void solveRunsAJobShopPluginAndVerifiesItsPlan() throws Exception {
        Path plan = dir.resolve("plan.json");
        CliRun run = CliRun.of("solve", "ft06", "--plugin-jar", jar.toString(), "--plugin-class", "plug.Serial", "--out", plan.toString(),
                "--json");
        assertThat(run.exit()).as(run.err()).isEqualTo(0);
        JsonNode j = JSON.readTree(run.lastOutLine());
        assertThat(j.get("engine").asText()).isEqualTo("heuristic:plugin");
        assertThat(j.get("heuristic").asText()).isEqualTo("serial");
        assertThat(j.get("objective").asLong()).isEqualTo(197);
        assertThat(j.get("verified").asBoolean()).isTrue();
        assertThat(CliRun.of("verify", "ft06", plan.toString()).exit()).isEqualTo(0);
    }

    @Test
    void solveRunsATardinessPlugin() throws Exception {
        Path instance = Files.writeString(dir.resolve("two.json"), "{\"p\":[4,1],\"d\":[1,2]}");
        CliRun run = CliRun.of("solve", instance.toString(), "--engine", "heuristic:plugin", "--plugin-jar", jar.toString(),
                "--plugin-class", "plug.ByIndex", "--json");
        assertThat(run.exit()).as(run.err()).isEqualTo(0);
        JsonNode j = JSON.readTree(run.lastOutLine());
        assertThat(j.get("objective").asLong()).isEqualTo(6);
        assertThat(j.get("verified").asBoolean()).isTrue();
    }

    @Test
    void aBadPluginIsOneLineAndExitTwo() {
        CliRun wrong = CliRun.of("solve", "ft06", "--plugin-jar", jar.toString(), "--plugin-class", "plug.NotAHeuristic");
        assertThat(wrong.exit()).isEqualTo(2);
        assertThat(wrong.err().strip()).isEqualTo("gantry: plug.NotAHeuristic from " + jar
                + " does not implement dev.gantry.modeling.jobshop.JobShopHeuristic");
        CliRun missing = CliRun.of("evaluate", "--problem", "jobshop", "--set", "ft06", "--plugin-jar", dir.resolve("no.jar").toString(),
                "--plugin-class", "plug.Serial");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("no.jar does not exist").doesNotContain("Exception");
        CliRun half = CliRun.of("solve", "ft06", "--engine", "heuristic:plugin");
        assertThat(half.exit()).isEqualTo(2);
        assertThat(half.err()).contains("--plugin-jar and --plugin-class go with --engine heuristic:plugin");
    }

    @Test
    void evaluatePrintsTheHarnessTableForAPlugin() {
        CliRun run = CliRun.of("evaluate", "--problem", "jobshop", "--set", "ft06,la01", "--plugin-jar", jar.toString(), "--plugin-class",
                "plug.Serial");
        assertThat(run.exit()).as(run.err()).isEqualTo(0);
        // ft06: 197 against 55 (258.18 %); la01: 2849 against 666 (327.78 %)
        assertThat(run.out()).contains("# serial on 2 instances").containsPattern("ft06\\s+6x6\\s+55\\s+197\\s+258\\.18")
                .containsPattern("la01\\s+10x5\\s+666\\s+2849\\s+327\\.78").containsPattern("all\\s+2\\s+2\\s+292\\.98");
    }

    @Test
    void evaluateWritesJsonForGantrysOwnRule() throws Exception {
        CliRun run = CliRun.of("evaluate", "--problem", "smtt", "--heuristic", "mddc", "--set", "wt40", "--json");
        assertThat(run.exit()).as(run.err()).isEqualTo(0);
        JsonNode j = JSON.readTree(run.lastOutLine());
        assertThat(j.get("heuristic").asText()).isEqualTo("mddc");
        assertThat(j.get("cases")).hasSize(125);
        assertThat(j.get("groups").get(0).get("group").asText()).isEqualTo("wt40");
        assertThat(j.get("overall").get("verified").asInt()).isEqualTo(125);
        assertThat(j.get("overall").get("meanGapPercent").asDouble()).isPositive();
    }

    @Test
    void anInvalidPluginPlanExitsWithFive() {
        CliRun run = CliRun.of("evaluate", "--problem", "jobshop", "--set", "ft06", "--plugin-jar", jar.toString(), "--plugin-class",
                "plug.AllAtZero");
        assertThat(run.exit()).isEqualTo(5);
        assertThat(run.out()).contains("INVALID");
    }

    @Test
    void anUnknownRuleIsAUsageError() {
        CliRun run = CliRun.of("evaluate", "--problem", "jobshop", "--heuristic", "nope", "--set", "ft06");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("no dispatching rule 'nope'");
    }
}
