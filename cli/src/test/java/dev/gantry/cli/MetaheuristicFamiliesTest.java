package dev.gantry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.instances.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TSP, knapsack and bin packing through the CLI: solve, the independent verifier, plan files, bad input. */
class MetaheuristicFamiliesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void saSolvesBerlin52ToItsOptimumAndTheTourVerifies() throws Exception {
        Path tsp = TestData.require("tsp/berlin52.tsp");
        Path plan = dir.resolve("tour.json");
        CliRun run = CliRun.of("solve", tsp.toString(), "--time-limit", "3s", "--workers", "1", "--out", plan.toString(), "--json");
        assertThat(run.exit()).as(run.err()).isEqualTo(0);
        JsonNode j = JSON.readTree(run.lastOutLine());
        assertThat(j.get("problem").asText()).isEqualTo("tsp");
        assertThat(j.get("engine").asText()).isEqualTo("sa");
        assertThat(j.get("verified").asBoolean()).isTrue();
        assertThat(j.get("optimum").asLong()).isEqualTo(7542);
        // berlin52 is easy for SA at a few million proposals; 1% leaves room for a slow machine
        assertThat(j.get("objective").asLong()).isBetween(7542L, 7617L);
        CliRun verify = CliRun.of("verify", tsp.toString(), plan.toString(), "--json");
        assertThat(verify.exit()).isEqualTo(0);
        assertThat(JSON.readTree(verify.lastOutLine()).get("objective").asLong()).isEqualTo(j.get("objective").asLong());
    }

    @Test
    void aTourWithARepeatedCityFailsVerificationWithExitFive() throws Exception {
        Path tsp = TestData.require("tsp/eil51.tsp");
        Path plan = dir.resolve("tour.json");
        assertThat(CliRun.of("solve", tsp.toString(), "--engine", "heuristic:nn-2opt", "--out", plan.toString()).exit()).isEqualTo(0);
        JsonNode doc = JSON.readTree(Files.readString(plan));
        int first = doc.get("tour").get(0).asInt();
        String broken = Files.readString(plan).replaceFirst("\"tour\"\\s*:\\s*\\[\\s*(\\d+)\\s*,\\s*(\\d+)", "\"tour\":[$1," + first);
        Files.writeString(plan, broken);
        CliRun verify = CliRun.of("verify", tsp.toString(), plan.toString(), "--json");
        assertThat(verify.exit()).isEqualTo(5);
        assertThat(JSON.readTree(verify.lastOutLine()).get("valid").asBoolean()).isFalse();
    }

    @Test
    void theExactKnapsackSolverProvesTheStoredOptimum() throws Exception {
        Path file = TestData.require("knapsack/large_scale/knapPI_2_1000_1000_1");
        Path plan = dir.resolve("selection.json");
        CliRun run = CliRun.of("solve", file.toString(), "--problem", "knapsack", "--out", plan.toString(), "--json");
        assertThat(run.exit()).as(run.err()).isEqualTo(0);
        JsonNode j = JSON.readTree(run.lastOutLine());
        assertThat(j.get("status").asText()).isEqualTo("OPTIMAL");
        assertThat(j.get("objective").asLong()).isEqualTo(9052);
        assertThat(j.get("optimum").asLong()).isEqualTo(9052);
        assertThat(j.get("verified").asBoolean()).isTrue();
        CliRun verify = CliRun.of("verify", file.toString(), plan.toString(), "--problem", "knapsack", "--json");
        assertThat(verify.exit()).isEqualTo(0);
        assertThat(JSON.readTree(verify.lastOutLine()).get("objective").asLong()).isEqualTo(9052);
    }

    @Test
    void knapsackSaGivesAFeasibleVerifiedSelectionNearTheOptimum() throws Exception {
        Path file = TestData.require("knapsack/large_scale/knapPI_1_100_1000_1");
        CliRun run = CliRun.of("solve", file.toString(), "--problem", "knapsack", "--engine", "sa", "--time-limit", "1s", "--workers", "1",
                "--json");
        assertThat(run.exit()).as(run.err()).isEqualTo(0);
        JsonNode j = JSON.readTree(run.lastOutLine());
        assertThat(j.get("verified").asBoolean()).isTrue();
        assertThat(j.get("valueRatio").asDouble()).isBetween(0.99, 1.0);
    }

    @Test
    void binPackingReachesL1OnAnOrLibraryProblemAndStopsThere() throws Exception {
        Path file = TestData.require("binpack/binpack1.txt");
        Path plan = dir.resolve("packing.json");
        CliRun run = CliRun.of("solve", file + "#u120_00", "--time-limit", "20s", "--workers", "1", "--out", plan.toString(), "--json");
        assertThat(run.exit()).as(run.err()).isEqualTo(0);
        JsonNode j = JSON.readTree(run.lastOutLine());
        assertThat(j.get("problem").asText()).isEqualTo("binpack");
        assertThat(j.get("status").asText()).isEqualTo("OPTIMAL");
        assertThat(j.get("objective").asLong()).isEqualTo(48);
        assertThat(j.get("lowerBoundL1").asLong()).isEqualTo(48);
        assertThat(j.get("stopReasons").get(0).asText()).isEqualTo("TARGET_REACHED");
        CliRun verify = CliRun.of("verify", file + "#u120_00", plan.toString(), "--json");
        assertThat(verify.exit()).isEqualTo(0);
        assertThat(JSON.readTree(verify.lastOutLine()).get("objective").asLong()).isEqualTo(48);
    }

    @Test
    void aMultiProblemFileWithoutAnIdIsAUsageErrorNamingTheIds() {
        Path file = TestData.require("binpack/binpack1.txt");
        CliRun run = CliRun.of("solve", file.toString(), "--problem", "binpack");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("holds 20 problems").contains("u120_00").doesNotContain("Exception");
    }

    @Test
    void aTsplibFileWithAnUnsupportedEdgeWeightTypeIsOneReadableLine() throws Exception {
        Path file = dir.resolve("geo.tsp");
        Files.writeString(file, "NAME : geo\nTYPE : TSP\nDIMENSION : 3\nEDGE_WEIGHT_TYPE : GEO\nNODE_COORD_SECTION\n1 0 0\n2 1 1\n3 2 2\nEOF\n");
        CliRun run = CliRun.of("solve", file.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip()).startsWith("gantry: ").contains("geo.tsp:4: EDGE_WEIGHT_TYPE").contains("GEO")
                .doesNotContain("Exception").doesNotContain("\n");
    }

    @Test
    void aJobShopAnnealsThroughOperationSequencesToAVerifiedPlan() throws Exception {
        Path plan = dir.resolve("plan.json");
        CliRun run = CliRun.of("solve", "ft06", "--engine", "sa", "--time-limit", "2s", "--workers", "1", "--out", plan.toString(), "--json");
        assertThat(run.exit()).as(run.err()).isEqualTo(0);
        JsonNode j = JSON.readTree(run.lastOutLine());
        assertThat(j.get("engine").asText()).isEqualTo("sa");
        assertThat(j.get("verified").asBoolean()).isTrue();
        // ft06's optimum is 55; two seconds of SA find it on this machine, 5% leaves room for a slow one
        assertThat(j.get("objective").asLong()).isBetween(55L, 57L);
        assertThat(CliRun.of("verify", "ft06", plan.toString()).exit()).isEqualTo(0);
    }

    @Test
    void thePapersSixJobExampleGives141WithMddcAnd144WithMddThroughTheCli() throws Exception {
        Path file = dir.resolve("six.json");
        Files.writeString(file, "{\"p\": [10, 11, 10, 10, 11, 10], \"d\": [15, 11, 13, 11, 12, 11]}\n");
        Path plan = dir.resolve("sequence.json");
        CliRun mddc = CliRun.of("solve", file.toString(), "--out", plan.toString(), "--json");
        assertThat(mddc.exit()).as(mddc.err()).isEqualTo(0);
        JsonNode j = JSON.readTree(mddc.lastOutLine());
        assertThat(j.get("problem").asText()).isEqualTo("smtt");
        assertThat(j.get("engine").asText()).isEqualTo("heuristic:mddc");
        assertThat(j.get("objective").asLong()).isEqualTo(141);
        assertThat(j.get("verified").asBoolean()).isTrue();
        assertThat(JSON.readTree(Files.readString(plan)).get("sequence").toString()).isEqualTo("[3,5,2,0,1,4]");
        CliRun mdd = CliRun.of("solve", file.toString(), "--engine", "heuristic:mdd", "--json");
        assertThat(JSON.readTree(mdd.lastOutLine()).get("objective").asLong()).isEqualTo(144);
        for (String engine : new String[] {"exact", "local", "cpsat"}) {
            CliRun run = CliRun.of("solve", file.toString(), "--engine", engine, "--time-limit", "5s", "--workers", "1", "--json");
            assertThat(run.exit()).as(engine + ": " + run.err()).isEqualTo(0);
            JsonNode r = JSON.readTree(run.lastOutLine());
            assertThat(r.get("objective").asLong()).as(engine).isEqualTo(141);
            assertThat(r.get("verified").asBoolean()).as(engine).isTrue();
        }
        // a hand-edited plan that claims less than it achieves fails verification
        Files.writeString(plan, Files.readString(plan).replace("141", "140"));
        CliRun verify = CliRun.of("verify", file.toString(), plan.toString(), "--json");
        assertThat(verify.exit()).isEqualTo(5);
        assertThat(JSON.readTree(verify.lastOutLine()).get("violations").findValuesAsText("check")).containsExactly("S5");
    }

    @Test
    void anOrLibraryTardinessInstanceIsAddressedByItsNumber() throws Exception {
        Path wt40 = TestData.require("smtt/orlib_wt/wt40.txt");
        CliRun run = CliRun.of("solve", wt40 + "#1", "--engine", "sa", "--time-limit", "2s", "--workers", "1", "--json");
        assertThat(run.exit()).as(run.err()).isEqualTo(0);
        JsonNode j = JSON.readTree(run.lastOutLine());
        assertThat(j.get("instance").asText()).isEqualTo("wt40#1");
        assertThat(j.get("optimum").asLong()).isEqualTo(913);
        assertThat(j.get("objective").asLong()).isGreaterThanOrEqualTo(913);
        assertThat(j.get("verified").asBoolean()).isTrue();
    }

    @Test
    void everyDispatchingRuleGivesTheSpecsMakespanOnFt06AndAVerifiedPlan() throws Exception {
        String[][] expected = {{"spt", "88"}, {"fifo", "65"}, {"mopnr", "59"}, {"mwkr", "61"}, {"fdd-mwkr", "67"}};
        for (String[] rule : expected) {
            Path plan = dir.resolve(rule[0] + ".json");
            CliRun run = CliRun.of("solve", "ft06", "--engine", "heuristic:" + rule[0], "--out", plan.toString(), "--json");
            assertThat(run.exit()).as(run.err()).isEqualTo(0);
            JsonNode j = JSON.readTree(run.lastOutLine());
            assertThat(j.get("objective").asLong()).as(rule[0]).isEqualTo(Long.parseLong(rule[1]));
            assertThat(j.get("verified").asBoolean()).isTrue();
            assertThat(CliRun.of("verify", "ft06", plan.toString()).exit()).isEqualTo(0);
        }
    }

    @Test
    void theLearnedRuleDispatchesFt10ToAVerifiedPlanBelowFddMwkr() throws Exception {
        CliRun learned = CliRun.of("solve", "ft10", "--engine", "heuristic:learned", "--json");
        assertThat(learned.exit()).as(learned.err()).isEqualTo(0);
        JsonNode j = JSON.readTree(learned.lastOutLine());
        assertThat(j.get("verified").asBoolean()).isTrue();
        // FDD/MWKR gives 1097 on ft10 (spec §1.4); the optimum is 930
        assertThat(j.get("objective").asLong()).isBetween(930L, 1097L);
    }

    @Test
    void aRuleFileIsLoadedWithRuleAndABadOneIsOneReadableLine() throws Exception {
        Path good = dir.resolve("mwkr.rule");
        // a rule that weighs only remaining work dispatches as MWKR: 61 on ft06 (spec §1.4)
        Files.writeString(good, "gantry-learned-rule 1\nremaining-work 1\n");
        CliRun run = CliRun.of("solve", "ft06", "--engine", "heuristic:learned", "--rule", good.toString(), "--json");
        assertThat(run.exit()).as(run.err()).isEqualTo(0);
        assertThat(JSON.readTree(run.lastOutLine()).get("objective").asLong()).isLessThanOrEqualTo(61L);
        Path bad = dir.resolve("bad.rule");
        Files.writeString(bad, "gantry-learned-rule 1\nspeed 2\n");
        CliRun broken = CliRun.of("solve", "ft06", "--engine", "heuristic:learned", "--rule", bad.toString());
        assertThat(broken.exit()).isEqualTo(2);
        assertThat(broken.err().strip()).contains("bad.rule").contains("line 2").doesNotContain("Exception").doesNotContain("\n");
    }

    @Test
    void theHybridEngineProvesFt06OptimalFromTheLearnedDispatchAndAForeignRuleIsRefused() throws Exception {
        Path plan = dir.resolve("hybrid.json");
        CliRun run = CliRun.of("solve", "ft06", "--engine", "hybrid", "--time-limit", "30s", "--workers", "1", "--out", plan.toString(), "--json");
        assertThat(run.exit()).as(run.err()).isEqualTo(0);
        JsonNode j = JSON.readTree(run.lastOutLine());
        assertThat(j.get("status").asText()).isEqualTo("OPTIMAL");
        assertThat(j.get("objective").asLong()).isEqualTo(55);
        assertThat(j.get("bound").asLong()).isEqualTo(55);
        assertThat(j.get("verified").asBoolean()).isTrue();
        assertThat(j.get("startMakespan").asLong()).isGreaterThanOrEqualTo(55);
        assertThat(CliRun.of("verify", "ft06", plan.toString()).exit()).isEqualTo(0);

        Path rule = dir.resolve("mwkr.rule");
        Files.writeString(rule, "gantry-learned-rule 1\nremaining-work 1\n");
        CliRun misplaced = CliRun.of("solve", "ft06", "--engine", "cpsat", "--rule", rule.toString());
        assertThat(misplaced.exit()).isEqualTo(2);
        assertThat(misplaced.err().strip()).startsWith("gantry: --rule goes with --engine heuristic:learned or hybrid").doesNotContain("\n");
    }
}
