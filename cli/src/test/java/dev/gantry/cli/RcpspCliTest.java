package dev.gantry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.instances.TestData;
import dev.gantry.instances.rcpsp.PsplibOptima;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The RCPSP on the command line: CP-SAT to the PSPLIB optimum, heuristics, SA, verify round trip, exit codes. */
class RcpspCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void cpSatReachesThePsplibOptimumOnJ30InstancesAndThePlansVerify() throws Exception {
        PsplibOptima optima = PsplibOptima.read(TestData.require("rcpsp/j30/optimum/optimum.csv"));
        for (String name : List.of("j301_1", "j301_2", "j3010_1")) {
            Path instance = TestData.require("rcpsp/j30/" + name + ".sm");
            Path plan = dir.resolve(name + ".json");
            CliRun run = CliRun.of("solve", instance.toString(), "--engine", "cpsat", "--time-limit", "20s", "--workers", "2",
                    "--out", plan.toString(), "--json");
            assertThat(run.exit()).as(run.err()).isEqualTo(0);
            JsonNode j = JSON.readTree(run.lastOutLine());
            long optimum = optima.forInstance(name).orElseThrow().upperBound();
            assertThat(j.get("problem").asText()).isEqualTo("rcpsp");
            assertThat(j.get("objective").asLong()).as(name).isEqualTo(optimum);
            assertThat(j.get("verified").asBoolean()).isTrue();
            assertThat(j.get("gapPercent").asDouble()).isZero();
            assertThat(j.get("hintMakespan").asLong()).isGreaterThanOrEqualTo(optimum);

            CliRun verify = CliRun.of("verify", instance.toString(), plan.toString(), "--json");
            assertThat(verify.exit()).isEqualTo(0);
            JsonNode v = JSON.readTree(verify.lastOutLine());
            assertThat(v.get("valid").asBoolean()).isTrue();
            assertThat(v.get("objective").asLong()).isEqualTo(optimum);
        }
        assertThat(JSON.readTree(Files.readString(dir.resolve("j301_1.json"))).get("family").asText()).isEqualTo("rcpsp");
    }

    @Test
    void chocoSolvesTheSameModelToTheOptimum() throws Exception {
        CliRun run = CliRun.of("solve", TestData.require("rcpsp/j30/j301_2.sm").toString(), "--engine", "choco", "--time-limit", "20s",
                "--workers", "1", "--json");
        assertThat(run.exit()).as(run.err()).isEqualTo(0);
        JsonNode j = JSON.readTree(run.lastOutLine());
        assertThat(j.get("status").asText()).isEqualTo("OPTIMAL");
        assertThat(j.get("objective").asLong()).isEqualTo(47);
        assertThat(j.get("verified").asBoolean()).isTrue();
    }

    @Test
    void heuristicsAndAnnealingGiveVerifiedPlansWithTheirReferenceMakespans() throws Exception {
        String j301 = TestData.require("rcpsp/j30/j301_1.sm").toString();
        Path chart = dir.resolve("chart.svg");
        CliRun serial = CliRun.of("solve", j301, "--engine", "heuristic:serial-lft", "--gantt", chart.toString(), "--json");
        assertThat(serial.exit()).isEqualTo(0);
        JsonNode s = JSON.readTree(serial.lastOutLine());
        assertThat(s.get("objective").asLong()).isEqualTo(49);
        assertThat(s.get("criticalPath").asLong()).isEqualTo(38);
        assertThat(s.get("gapPercent").asDouble()).isEqualTo(13.95);
        assertThat(Files.readString(chart)).startsWith("<svg").contains("job 2: [");

        CliRun parallel = CliRun.of("solve", j301, "--engine", "heuristic:parallel-lft", "--json");
        assertThat(JSON.readTree(parallel.lastOutLine()).get("objective").asLong()).isEqualTo(43);
        assertThat(JSON.readTree(parallel.lastOutLine()).get("status").asText()).isEqualTo("OPTIMAL"); // at the PSPLIB optimum

        CliRun sa = CliRun.of("solve", j301, "--engine", "sa", "--time-limit", "5s", "--workers", "1", "--seed", "1", "--json");
        assertThat(sa.exit()).isEqualTo(0);
        JsonNode a = JSON.readTree(sa.lastOutLine());
        assertThat(a.get("verified").asBoolean()).isTrue();
        assertThat(a.get("objective").asLong()).isEqualTo(43); // stops at the proven bound
    }

    @Test
    void aBrokenPlanExitsWithFiveAndBadInputWithTwo() throws Exception {
        String j301 = TestData.require("rcpsp/j30/j301_1.sm").toString();
        Path plan = dir.resolve("plan.json");
        assertThat(CliRun.of("solve", j301, "--engine", "heuristic:parallel-lft", "--out", plan.toString()).exit()).isEqualTo(0);
        ObjectNode doc = (ObjectNode) JSON.readTree(plan.toFile());
        for (JsonNode e : (ArrayNode) doc.get("entries")) {
            if (e.get("id").asText().equals("32")) {
                ((ObjectNode) e).put("start", 40).put("end", 40); // the sink before its predecessors end
            }
        }
        doc.put("makespan", 40);
        Files.writeString(plan, JSON.writeValueAsString(doc));
        CliRun verify = CliRun.of("verify", j301, plan.toString(), "--json");
        assertThat(verify.exit()).isEqualTo(5);
        JsonNode v = JSON.readTree(verify.lastOutLine());
        assertThat(v.get("violations").findValuesAsText("check")).containsOnly("R1", "C4");
        assertThat(v.get("objective").asLong()).isEqualTo(43);

        Path bad = dir.resolve("bad.sm");
        Files.writeString(bad, Files.readString(Path.of(j301)).replace("  - nonrenewable              :  0", "  - nonrenewable              :  2"));
        CliRun badRun = CliRun.of("solve", bad.toString());
        assertThat(badRun.exit()).isEqualTo(2);
        assertThat(badRun.err()).contains("bad.sm:10: nonrenewable: 2 nonrenewable resources; only renewable resources are supported");

        assertThat(CliRun.of("engines").out()).contains("rcpsp: cpsat, choco, sa, heuristic:serial-lft");
    }
}
