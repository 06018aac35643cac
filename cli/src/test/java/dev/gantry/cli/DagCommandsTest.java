package dev.gantry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.cli.family.Families;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DAG scheduling end to end: generate, solve with HEFT and CP-SAT, verify, bad input, the bench. */
class DagCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void heftOnTheCanonicalExampleWritesTheSpecSchedule() throws Exception {
        Path instance = dir.resolve("canonical.dag.json");
        assertThat(CliRun.of("generate", "dag", "--canonical", "--out", instance.toString()).exit()).isEqualTo(0);
        Path plan = dir.resolve("heft.json");
        Path chart = dir.resolve("heft.svg");
        CliRun run = CliRun.of("solve", instance.toString(), "--engine", "heuristic:heft", "--out", plan.toString(),
                "--gantt", chart.toString(), "--json");
        assertThat(run.exit()).as(run.err()).isEqualTo(0);
        JsonNode j = JSON.readTree(run.lastOutLine());
        assertThat(j.get("problem").asText()).isEqualTo("dag");
        assertThat(j.get("objective").asLong()).isEqualTo(80);
        assertThat(j.get("verified").asBoolean()).isTrue();
        assertThat(Files.readString(plan)).contains("\"family\": \"dag\"").contains("{\"id\":\"n10\",\"resource\":1,\"start\":73,\"end\":80}");
        assertThat(Files.readString(chart)).startsWith("<svg").contains("P2").contains("n7 on P2: [38, 49)");
    }

    @Test
    void cpSatFindsTheOptimumAndVerifyRejectsABrokenPlan() throws Exception {
        Path plan = dir.resolve("cp.json");
        CliRun run = CliRun.of("solve", "topcuoglu2002", "--engine", "cpsat", "--workers", "2", "--time-limit", "30s",
                "--out", plan.toString(), "--json");
        assertThat(run.exit()).as(run.err()).isEqualTo(0);
        JsonNode j = JSON.readTree(run.lastOutLine());
        assertThat(j.get("status").asText()).isEqualTo("OPTIMAL");
        assertThat(j.get("objective").asLong()).isEqualTo(73);
        assertThat(j.get("bound").asLong()).isEqualTo(73);
        assertThat(j.get("heftMakespan").asLong()).isEqualTo(80);
        assertThat(CliRun.of("verify", "topcuoglu2002", plan.toString()).exit()).isEqualTo(0);

        // n1 stretched to end at 1000: its duration no longer matches W on its processor
        String broken = Files.readString(plan).replaceFirst("(\\{\"id\":\"n1\",\"resource\":\\d,\"start\":\\d+,\"end\":)\\d+", "$11000");
        Files.writeString(plan, broken);
        CliRun verify = CliRun.of("verify", "topcuoglu2002", plan.toString(), "--json");
        assertThat(verify.exit()).isEqualTo(5);
        assertThat(JSON.readTree(verify.lastOutLine()).get("violations").findValuesAsText("check")).contains("H2");
    }

    @Test
    void generateIsReproducibleFromTheSeed() {
        CliRun a = CliRun.of("generate", "dag", "--tasks", "20", "--processors", "3", "--seed", "7");
        CliRun b = CliRun.of("generate", "dag", "--tasks", "20", "--processors", "3", "--seed", "7");
        assertThat(a.exit()).isEqualTo(0);
        assertThat(a.out()).isEqualTo(b.out()).contains("\"name\": \"dag-v20-q3-s7\"").contains("{\"id\": \"n20\", \"cost\": [");
        assertThat(CliRun.of("generate", "dag", "--tasks", "20").exit()).isEqualTo(2);
    }

    @Test
    void aBadInstanceIsOneLineWithFileLineAndField() throws Exception {
        Path bad = dir.resolve("bad.dag.json");
        Files.writeString(bad, """
                {"format": "gantry-dag", "processors": 2,
                 "tasks": [{"cost": [1, 2]}, {"cost": [3, 4]}],
                 "edges": [{"from": "n1", "to": "n7", "cost": 1}]}
                """);
        CliRun run = CliRun.of("solve", bad.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("bad.dag.json:3").contains("edges[0].to").doesNotContain("\tat ");
    }

    @Test
    void theFamilyIsDetectedFromTheExtensionOrTheBundledName() {
        assertThat(Families.resolve(null, "x/plan.dag.json").id()).isEqualTo("dag");
        assertThat(Families.resolve(null, "topcuoglu2002").id()).isEqualTo("dag");
        assertThat(Families.resolve(null, "ft06").id()).isEqualTo("jobshop");
        assertThat(Families.resolve(null, "wt.json").id()).isEqualTo("smtt");
    }

    @Test
    void benchPrintsRatiosAndASummary() {
        CliRun run = CliRun.of("bench", "dag", "--count", "2", "--tasks", "10", "--processors", "2", "--seed", "3",
                "--time-limit", "5s", "--workers", "1");
        assertThat(run.exit()).as(run.err()).isEqualTo(0);
        assertThat(run.out()).contains("dag-v10-q2-s3").contains("dag-v10-q2-s4").contains("proven optimal 2/2")
                .contains("all plans verified: yes");
    }
}
