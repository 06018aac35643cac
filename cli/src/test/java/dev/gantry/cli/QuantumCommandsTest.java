package dev.gantry.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.cli.family.Families;
import dev.gantry.cli.family.Family;
import dev.gantry.instances.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quantum scheduling end to end: detection, the three engines, solution files, Gantt, verify, bad input. */
class QuantumCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String H = "quantum/linkscheduling_derived/instance_H_F0.7_L20_s2.json";
    private static final String LINE = "quantum/linkscheduling_derived/instance_line_F0.8_L10_s4.json";
    private static final String STAR = "quantum/linkscheduling_derived/instance_star_F0.7_L10_s1.json";

    @TempDir
    Path dir;

    @Test
    void onlyTheQuantumFamilyClaimsAQuantumFile() {
        String file = TestData.require(H).toString();
        assertThat(Families.all().stream().filter(f -> f.recognises(file)).map(Family::id)).containsExactly("quantum");
    }

    @Test
    void rcpspNpEdfOnHAcceptsSixDemandsAndItsPlanVerifies() throws Exception {
        String file = TestData.require(H).toString();
        Path plan = dir.resolve("sol.json");
        Path chart = dir.resolve("g.svg");
        CliRun run = CliRun.of("solve", file, "--engine", "rcpsp-np-edf", "--out", plan.toString(), "--gantt", chart.toString(), "--json");
        assertThat(run.exit()).as(run.err()).isEqualTo(0);
        JsonNode j = JSON.readTree(run.lastOutLine());
        assertThat(j.get("problem").asText()).isEqualTo("quantum");
        assertThat(j.get("objective").asDouble()).isEqualTo(6.0546875);
        assertThat(j.get("accepted").asInt()).isEqualTo(6);
        assertThat(j.get("maxResponseTime").asDouble()).isCloseTo(2.58, within(1e-9));
        assertThat(j.get("maxJitter").asDouble()).isCloseTo(4.9e-5, within(1e-6));
        assertThat(j.get("verified").asBoolean()).isTrue();
        assertThat(Files.readString(plan)).contains("\"format\": \"qnet-periodic-sched-solution/v1\"", "\"solver\": \"rcpsp-np-edf\"");
        assertThat(Files.readString(chart)).startsWith("<svg").contains(">0-C0<").contains("d00#0 on ");

        CliRun verify = CliRun.of("verify", file, plan.toString(), "--json");
        assertThat(verify.exit()).as(verify.err()).isEqualTo(0);
        assertThat(JSON.readTree(verify.lastOutLine()).get("objective").asDouble()).isEqualTo(6.0546875);
    }

    @Test
    void ptsOnTheLineIsTheDefaultDetectionAndVerifyCatchesAMovedInstance() throws Exception {
        String file = TestData.require(LINE).toString();
        Path plan = dir.resolve("pts.json");
        CliRun run = CliRun.of("solve", file, "--engine", "pts-np-edf", "--out", plan.toString(), "--json");
        assertThat(run.exit()).as(run.err()).isEqualTo(0);
        assertThat(JSON.readTree(run.lastOutLine()).get("objective").asDouble()).isEqualTo(7.6171875);
        // [LS] precedence gaps between operations on different qubits are warnings under shared-qubit V8
        CliRun ok = CliRun.of("verify", file, plan.toString());
        assertThat(ok.exit()).isEqualTo(0);
        assertThat(ok.err()).contains("warning: V8");

        String moved = Files.readString(plan).replaceFirst("\"start_slot\": (\\d+), \"end_slot\": (\\d+)", "\"start_slot\": 600, \"end_slot\": 605");
        Files.writeString(plan, moved);
        CliRun bad = CliRun.of("verify", file, plan.toString(), "--json");
        assertThat(bad.exit()).isEqualTo(5);
        assertThat(JSON.readTree(bad.lastOutLine()).get("violations").findValuesAsText("check")).contains("V5");
    }

    @Test
    void exactEnginesProveTheStarOptimumAndTheirPlansVerify() throws Exception {
        String file = TestData.require(STAR).toString();
        for (String engine : new String[] {"cpsat-rigid", "cpsat-flexible"}) {
            Path plan = dir.resolve(engine + ".json");
            Path chart = dir.resolve(engine + ".svg");
            CliRun run = CliRun.of("solve", file, "--engine", engine, "--workers", "2", "--time-limit", "60s", "--out", plan.toString(),
                    "--gantt", chart.toString(), "--json");
            assertThat(run.exit()).as(run.err()).isEqualTo(0);
            JsonNode j = JSON.readTree(run.lastOutLine());
            // §3.1: maximising the rate accepts only d01 (6.25 ebit/s) over RCPSP-NP-EDF's 7 demands (3.90625)
            assertThat(j.get("status").asText()).isEqualTo("OPTIMAL");
            assertThat(j.get("objective").asDouble()).isEqualTo(6.25);
            assertThat(j.get("bound").asDouble()).isEqualTo(6.25);
            assertThat(j.get("accepted").asInt()).isEqualTo(1);
            assertThat(j.get("hintThroughput").asDouble()).isEqualTo(3.90625);
            assertThat(j.get("maxResponseTime").asDouble()).isCloseTo(0.11, within(1e-9));
            assertThat(j.get("maxJitter").asDouble()).isEqualTo(0.0);
            assertThat(j.get("verified").asBoolean()).isTrue();
            assertThat(Files.readString(plan)).contains("\"solver\": \"" + engine + "\"", "\"status\": \"OPTIMAL\"");
            assertThat(Files.readString(chart)).startsWith("<svg").contains("d01#0 on ");
            CliRun verify = CliRun.of("verify", file, plan.toString(), "--json");
            assertThat(verify.exit()).as(verify.err()).isEqualTo(0);
        }
    }

    @Test
    void badInputIsOneLineAndExitTwo() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"qnet-periodic-sched/v1\",\n \"time\": {\"slot_s\": \"ten ms\"}}\n");
        CliRun run = CliRun.of("solve", bad.toString(), "--engine", "rcpsp-np-edf");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip()).contains("bad.json:2: time.slot_s: expected a number").doesNotContain("\n").doesNotContain("\tat ");

        String file = TestData.require(H).toString();
        Path plan = dir.resolve("plan.json");
        Files.writeString(plan, "{\"format\": \"qnet-periodic-sched-solution/v1\", \"hyperperiod_slots\": 64,\n \"accepted\": [\"d99\"]}");
        CliRun unknown = CliRun.of("verify", file, plan.toString());
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("plan.json:2: accepted: unknown demand \"d99\"");

        CliRun engine = CliRun.of("solve", file, "--problem", "quantum", "--engine", "cpsat");
        assertThat(engine.exit()).isEqualTo(2);
        assertThat(engine.err()).contains("rcpsp-np-edf");
    }
}
