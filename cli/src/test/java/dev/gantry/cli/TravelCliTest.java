package dev.gantry.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.instances.TestData;
import dev.gantry.instances.travel.TravelPlanWriter;
import dev.gantry.modeling.travel.PlanDay;
import dev.gantry.modeling.travel.TravelPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class TravelCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path example(String nn) {
        return TestData.require("travel/examples/train_" + nn);
    }

    @Test
    void verifiesAnExampleFolderWithItsReference() throws IOException {
        Path ex = example("31");
        CliRun run = CliRun.of("verify", ex.toString(), ex.resolve("annotated_plan.json").toString(), "--json");
        assertThat(run.exit()).as(run.err()).isEqualTo(0);
        JsonNode j = JSON.readTree(run.lastOutLine());
        assertThat(j.get("problem").asText()).isEqualTo("travel");
        assertThat(j.get("valid").asBoolean()).isTrue();
        assertThat(j.get("objective").asLong()).isEqualTo(1472);
        assertThat(j.get("mode").asText()).isEqualTo("strict");
        assertThat(j.get("checks")).hasSize(13);
        assertThat(j.get("checks").get(10).get("verdict").asText()).isEqualTo("NA");
        assertThat(j.get("costByDay")).hasSize(3);
        long sum = 0;
        for (JsonNode day : j.get("costByDay")) {
            sum += day.get("total").asLong();
        }
        assertThat(sum).isEqualTo(1472);

        CliRun same = CliRun.of("verify", ex.resolve("query.json").toString(), ex.resolve("annotated_plan.json").toString(),
                "--reference", ex.resolve("reference.json").toString(), "--json");
        assertThat(JSON.readTree(same.lastOutLine()).get("objective").asLong()).isEqualTo(1472);
    }

    @Test
    void queriesAndExampleFoldersAreTravelAndNoOtherFamilyClaimsThem() {
        assertThat(dev.gantry.cli.family.Families.resolve(null, example("01").toString()).id()).isEqualTo("travel");
        assertThat(dev.gantry.cli.family.Families.resolve(null, example("01").resolve("query.json").toString()).id()).isEqualTo("travel");
        assertThat(dev.gantry.cli.family.Families.resolve(null, "variants/tight.query.json").id()).isEqualTo("travel");
        assertThat(dev.gantry.cli.family.Families.resolve(null, "wt40.json").id()).isEqualTo("smtt");
    }

    @Test
    void violationsExitFiveAndCompatModeCountsAsUpstream() throws IOException {
        Path ex = example("11");
        CliRun strict = CliRun.of("verify", ex.toString(), ex.resolve("annotated_plan.json").toString(), "--json");
        assertThat(strict.exit()).isEqualTo(5);
        JsonNode j = JSON.readTree(strict.lastOutLine());
        assertThat(j.get("violations")).hasSize(1);
        assertThat(j.get("violations").get(0).get("check").asText()).isEqualTo("within-current-city");
        assertThat(j.get("violations").get(0).get("reason").asText()).isEqualTo("day 3 dinner: back in Salt Lake City after an earlier meal in Moab");
        assertThat(j.get("warnings")).hasSize(3);
        CliRun compat = CliRun.of("verify", ex.toString(), ex.resolve("annotated_plan.json").toString(), "--mode", "compat", "--json");
        assertThat(compat.exit()).isEqualTo(0);
        assertThat(JSON.readTree(compat.lastOutLine()).get("objective").asLong()).isEqualTo(5425);
        CliRun text = CliRun.of("verify", ex.toString(), ex.resolve("annotated_plan.json").toString());
        assertThat(text.out()).contains("FAIL Within Current City").contains("day 1: 118 + 87 + 1186 = 1391")
                .contains("warning: day 1 transportation: stated cost 2377 differs from the sandbox's 118");
    }

    @Test
    void theDatabaseServesDrivesAndAFlightWithoutFlightDataIsBadInput() {
        Path db = TestData.require("travel/database");
        Path drive = example("16");
        CliRun ok = CliRun.of("verify", drive.resolve("query.json").toString(), drive.resolve("annotated_plan.json").toString(),
                "--database", db.toString());
        assertThat(ok.exit()).as(ok.err()).isEqualTo(0);
        Path fly = example("31");
        CliRun bad = CliRun.of("verify", fly.resolve("query.json").toString(), fly.resolve("annotated_plan.json").toString(),
                "--database", db.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err().strip()).startsWith("gantry: " + fly.resolve("annotated_plan.json") + ": day 1 transportation: flight F3923211 cannot be checked").doesNotContain("\n");
    }

    @Test
    void badInputIsOneLineAndExitTwo(@TempDir Path dir) throws IOException {
        Path ex = example("31");
        Path plan = ex.resolve("annotated_plan.json");
        String query = Files.readString(ex.resolve("query.json"));
        Path reference = ex.resolve("reference.json");

        Path malformed = dir.resolve("malformed.query.json");
        Files.writeString(malformed, query.replace("\"days\": 3,", "\"days\": 3"));
        assertBad(CliRun.of("verify", malformed.toString(), plan.toString(), "--reference", reference.toString()),
                malformed + ":5: json: malformed JSON: Unexpected character ('\"' (code 34)): was expecting comma to separate Object entries");

        Path unknown = dir.resolve("unknown.query.json");
        Files.writeString(unknown, query.replace("\"org\": \"Houston\"", "\"org\": \"Atlantis\""));
        assertBad(CliRun.of("verify", unknown.toString(), plan.toString(), "--reference", reference.toString()),
                unknown + ": org: unknown city 'Atlantis' (not in the city list)");

        Path disorder = dir.resolve("disorder.query.json");
        Files.writeString(disorder, query.replace("\"2022-03-21\",\n    \"2022-03-22\"", "\"2022-03-22\",\n    \"2022-03-21\""));
        assertBad(CliRun.of("verify", disorder.toString(), plan.toString(), "--reference", reference.toString()),
                disorder + ":6: date: date[1]: 2022-03-22 does not follow 2022-03-20 (the dates must be consecutive days in order)");

        Path otherRef = example("01").resolve("reference.json");
        assertBad(CliRun.of("verify", ex.resolve("query.json").toString(), plan.toString(), "--reference", otherRef.toString()),
                otherRef + ": Accommodations in Fayetteville: missing: the query visits Fayetteville but the reference has no block for it");

        assertBad(CliRun.of("verify", ex.toString(), plan.toString(), "--mode", "lenient"), "--mode is strict or compat, not 'lenient'");
        assertBad(CliRun.of("verify", "ft06", plan.toString(), "--reference", reference.toString()),
                "--reference, --database and --flights go with --problem travel, not jobshop");
    }

    private static void assertBad(CliRun run, String message) {
        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("gantry: " + message);
    }

    @Test
    void aSubmissionAgainstTheCsvRowsGivesTheMetricsOfBothModes(@TempDir Path dir) throws IOException {
        Path rows = TestData.require("travel/examples/validation_3rows.csv");
        String stay = "Stylish, convenient, renovated- 2 min to subway -, Appleton";
        TravelPlan appleton = new TravelPlan(List.of(
                PlanDay.of(1, "from St. Petersburg to Appleton",
                        "Flight Number: F3574992, from St. Petersburg to Appleton, Departure Time: 22:51, Arrival Time: 00:42",
                        "-", "-", "-", "-", stay),
                PlanDay.of(2, "Appleton", "-", "Mathew's Cafe, Appleton", "The History Museum at the Castle, Appleton;",
                        "New Bakers Shoppee, Appleton", "Side Wok, Appleton", stay),
                PlanDay.of(3, "from Appleton to St. Petersburg",
                        "Flight Number: F3578689, from Appleton to St. Petersburg, Departure Time: 07:19, Arrival Time: 11:01",
                        "-", "-", "-", "-", "-")));
        Path submission = dir.resolve("submission.jsonl");
        // idx 3 first: strict matches by idx (query 1 gets its plan), compat by line order (query 1 gets the empty one)
        Files.writeString(submission, TravelPlanWriter.submissionLine(3, "q3", new TravelPlan(List.of())) + "\n"
                + TravelPlanWriter.submissionLine(1, "q1", appleton) + "\n");
        CliRun run = CliRun.of("verify", rows.toString(), submission.toString(), "--problem", "travel", "--json");
        assertThat(run.exit()).as(run.err()).isEqualTo(5);
        JsonNode j = JSON.readTree(run.lastOutLine());
        JsonNode strict = j.get("metrics").get("strict");
        assertThat(strict.get("deliveryRate").get("passed").asLong()).isEqualTo(1);
        assertThat(strict.get("commonsenseMicro").get("passed").asLong()).isEqualTo(8);
        assertThat(strict.get("commonsenseMicro").get("total").asLong()).isEqualTo(24);
        assertThat(strict.get("hardMicro").get("total").asLong()).isEqualTo(3);
        assertThat(strict.get("finalPass").get("passed").asLong()).isEqualTo(1);
        JsonNode compat = j.get("metrics").get("compat");
        assertThat(compat.get("deliveryRate").get("passed").asLong()).isEqualTo(1);
        assertThat(compat.get("finalPass").get("passed").asLong()).isEqualTo(0);
        assertThat(j.get("violations")).extracting(v -> v.get("reason").asText()).contains("no plan with idx 2");
    }

    @Test
    void solvesAnExampleToTheP3OptimumAndWritesAPlanThatVerifies(@TempDir Path dir) throws IOException {
        Path ex = example("31");
        Path out = dir.resolve("plan.json");
        CliRun run = CliRun.of("solve", ex.toString(), "--problem", "travel", "--workers", "2", "--time-limit", "20s",
                "--out", out.toString(), "--json");
        assertThat(run.exit()).as(run.err()).isEqualTo(0);
        JsonNode j = JSON.readTree(run.lastOutLine());
        assertThat(j.get("status").asText()).isEqualTo("OPTIMAL");
        assertThat(j.get("objective").asLong()).isEqualTo(1294);
        assertThat(j.get("verified").asBoolean()).isTrue();
        assertThat(j.get("strictValid").asBoolean()).isTrue();
        assertThat(j.get("compatValid").asBoolean()).isTrue();
        assertThat(j.get("route")).extracting(JsonNode::asText).containsExactly("Fayetteville");

        CliRun verify = CliRun.of("verify", ex.toString(), out.toString(), "--mode", "compat", "--json");
        assertThat(verify.exit()).as(verify.err()).isEqualTo(0);
        assertThat(JSON.readTree(verify.lastOutLine()).get("objective").asLong()).isEqualTo(1294);
    }

    @Test
    void setOverridesTheQueryAndInfeasibleVariantsExitThreeWithAHint() throws IOException {
        CliRun tight = CliRun.of("solve", example("01").toString(), "--problem", "travel", "--workers", "2", "--set", "budget=1304",
                "--json");
        assertThat(tight.exit()).as(tight.err()).isEqualTo(3);
        JsonNode j = JSON.readTree(tight.lastOutLine());
        assertThat(j.get("status").asText()).isEqualTo("INFEASIBLE");
        assertThat(j.get("overrides")).extracting(JsonNode::asText).containsExactly("budget=1304");
        assertThat(j.get("diagnostics").toString()).contains("gantry explain");

        CliRun loose = CliRun.of("solve", example("16").toString(), "--problem", "travel", "--workers", "2", "--json",
                "--set", "cuisine=null", "--objective", "cheapest");
        assertThat(loose.exit()).as(loose.err()).isEqualTo(0);
        assertThat(JSON.readTree(loose.lastOutLine()).get("objective").asLong()).isEqualTo(1032);
    }

    @Test
    void chocoAndTheOtherObjectivesReturnVerifiedPlans() throws IOException {
        CliRun choco = CliRun.of("solve", example("01").toString(), "--problem", "travel", "--engine", "choco", "--json");
        assertThat(choco.exit()).as(choco.err()).isEqualTo(0);
        assertThat(JSON.readTree(choco.lastOutLine()).get("objective").asLong()).isEqualTo(1305);
        for (String objective : List.of("none", "best-rated")) {
            CliRun run = CliRun.of("solve", example("01").toString(), "--problem", "travel", "--workers", "2", "--time-limit", "3s",
                    "--objective", objective, "--json");
            assertThat(run.exit()).as(objective + ": " + run.err()).isEqualTo(0);
            JsonNode j = JSON.readTree(run.lastOutLine());
            assertThat(j.get("verified").asBoolean()).isTrue();
            assertThat(j.get("cost").asLong()).isBetween(1305L, 1700L);
        }
    }

    @Test
    void badSolveInputExitsTwoWithOneLine() {
        Path ex = example("16");
        Path data = TestData.require("travel/database");
        CliRun noFlights = CliRun.of("solve", ex.resolve("query.json").toString(), "--problem", "travel", "--database", data.toString());
        assertThat(noFlights.exit()).isEqualTo(2);
        assertThat(noFlights.err()).contains("no flight data: pass --flights FILE");
        CliRun badSet = CliRun.of("solve", ex.toString(), "--problem", "travel", "--set", "room type=castle");
        assertThat(badSet.exit()).isEqualTo(2);
        assertThat(badSet.err()).contains("--set: room type: 'castle' is not one of null, shared room");
        CliRun badObjective = CliRun.of("solve", ex.toString(), "--problem", "travel", "--objective", "fastest");
        assertThat(badObjective.exit()).isEqualTo(2);
        CliRun notTravel = CliRun.of("solve", "ft06", "--set", "budget=3");
        assertThat(notTravel.exit()).isEqualTo(2);
        assertThat(notTravel.err()).contains("go with --problem travel");
    }

    @Test
    void explainNamesTheConflictAndAppliesEveryCorrectionWithTheLeastBudget() throws IOException {
        // spec P4 U5: a party house in Pennsylvania for six, as an entire home, within $15100
        CliRun run = CliRun.of("explain", example("21").toString(), "--problem", "travel", "--set", "house rule=parties", "--all", "--json");

        assertThat(run.exit()).as(run.err()).isEqualTo(3);
        JsonNode j = JSON.readTree(run.lastOutLine());
        assertThat(j.get("status").asText()).isEqualTo("INFEASIBLE");
        assertThat(j.get("minimal").asBoolean()).isTrue();
        assertThat(j.get("verified").asBoolean()).isTrue();
        assertThat(j.get("all").get("muses")).extracting(JsonNode::toString)
                .containsExactlyInAnyOrder("[\"budget\",\"house-rule\"]", "[\"house-rule\",\"room-type\"]");
        Map<String, JsonNode> corrections = new HashMap<>();
        j.get("corrections").forEach(c -> corrections.put(c.get("groups").toString(), c));
        assertThat(corrections).containsOnlyKeys("[\"house-rule\"]", "[\"budget\",\"room-type\"]");
        JsonNode noParties = corrections.get("[\"house-rule\"]");
        assertThat(noParties.get("cost").asLong()).isEqualTo(7926);
        assertThat(noParties.get("verified").asBoolean()).isTrue();
        JsonNode anyRoom = corrections.get("[\"budget\",\"room-type\"]");
        assertThat(anyRoom.get("budget").asLong()).isEqualTo(24659);
        assertThat(anyRoom.get("budgetExact").asBoolean()).isTrue();
        assertThat(anyRoom.get("verified").asBoolean()).isTrue();
        assertThat(j.get("feasibleCityCounts")).isEmpty();

        CliRun text = CliRun.of("explain", example("01").toString(), "--problem", "travel", "--set", "budget=1304");
        assertThat(text.exit()).isEqualTo(3);
        assertThat(text.out()).contains("This requirement cannot hold: (1) The trip costs at most $1304.")
                .contains("Smallest change: a budget of $1305 instead of 1304.")
                .contains("With a budget of $1305 ($1304 has no plan): the plan passes strict verification.");
    }

    @Test
    void explainGivesTheSandboxFactsBehindEachBlamedRequirement() throws IOException {
        // spec X5's examples: U6 (an entire home in Texas for a family with children) and U2 (no flight to Rockford)
        CliRun u6 = CliRun.of("explain", example("26").toString(), "--problem", "travel", "--set", "room type=entire room", "--json");
        JsonNode evidence = JSON.readTree(u6.lastOutLine()).get("evidence");
        assertThat(evidence.get("room-type").get(2).asText())
                .isEqualTo("in Lubbock the only entire room that allows children under 10 asks at least 9 nights (a stop has at most 4 nights)");
        assertThat(evidence.get("house-rule").get(2).asText()).isEqualTo("6 of the 12 stays in Lubbock allow children under 10");

        CliRun u2 = CliRun.of("explain", example("01").toString(), "--problem", "travel", "--set", "transportation=no flight");
        assertThat(u2.out()).contains("Why transportation: St. Petersburg to Rockford: only flights, no other way; "
                + "Rockford to St. Petersburg: only flights, no other way.");
    }

    @Test
    void explainWorksOnTheDatabaseWhenTheQueryForbidsFlights() throws IOException {
        Path q = example("16").resolve("query.json");
        CliRun run = CliRun.of("explain", q.toString(), "--problem", "travel", "--database", TestData.require("travel/database").toString(),
                "--set", "transportation=no flight", "--set", "budget=900", "--json");

        assertThat(run.exit()).as(run.err()).isEqualTo(3);
        JsonNode j = JSON.readTree(run.lastOutLine());
        assertThat(j.get("groups").get(0).get("name").asText()).isEqualTo("budget");
        // the same least budget as with the reference: the database serves Norfolk's drive and stays alike
        assertThat(j.get("repairs").get(0).get("to").asLong()).isEqualTo(1160);
        assertThat(j.get("corrections").get(0).get("budget").asLong()).isEqualTo(1160);
        assertThat(j.get("corrections").get(0).get("verified").asBoolean()).isTrue();
        // without flight data "no flight" cannot be dropped meaningfully: it stays as given, and the answer says so
        CliRun text = CliRun.of("explain", q.toString(), "--problem", "travel", "--database", TestData.require("travel/database").toString(),
                "--set", "transportation=no flight", "--set", "budget=900");
        assertThat(text.out()).contains("Without flight data, \"No flights\" is kept as given");
    }

    @Test
    void explainOfAFeasibleQueryExitsZeroAndBadExplainInputExitsTwo() {
        CliRun feasible = CliRun.of("explain", example("31").toString(), "--problem", "travel");
        assertThat(feasible.exit()).as(feasible.err()).isEqualTo(0);
        assertThat(feasible.out()).contains("there is nothing to explain");

        Path ex = example("16");
        Path data = TestData.require("travel/database");
        CliRun noFlights = CliRun.of("explain", ex.resolve("query.json").toString(), "--problem", "travel", "--database", data.toString());
        assertThat(noFlights.exit()).isEqualTo(2);
        assertThat(noFlights.err()).contains("no flight data: pass --flights FILE");
        CliRun groundOnly = CliRun.of("explain", ex.toString(), "--problem", "travel", "--ground-only");
        assertBad(groundOnly, "explain cannot use --ground-only: without flights it could not prove a query infeasible");
        CliRun badSet = CliRun.of("explain", ex.toString(), "--problem", "travel", "--set", "house rule=dragons");
        assertThat(badSet.exit()).isEqualTo(2);
        assertThat(badSet.err()).startsWith("gantry: --set: house rule:");
        assertBad(CliRun.of("explain", Path.of("..", "docs", "examples", "dry-in").toString(), "--problem", "construction", "--set", "budget=3"),
                "--set and --ground-only go with --problem travel, not construction");
    }

    @Test
    void benchSolvesEveryExampleToItsOptimumAndVerifiesBothWays() {
        Path data = TestData.require("travel/examples").getParent().getParent();
        CliRun run = CliRun.of("bench", "travel", "--data", data.toString(), "--repeats", "1", "--workers", "2", "--time-limit", "10s");

        assertThat(run.exit()).as(run.err()).isEqualTo(0);
        // spec travel P3, row "all": the least cost of each example with all its requirements
        assertThat(run.out()).containsPattern("train_01 .* 1305 OPTIMAL +pass +pass").containsPattern("train_41 .* 8211 OPTIMAL +pass +pass")
                .containsPattern("val-3 .* 1210 OPTIMAL +pass +pass").contains("strict final pass 12/12");
        // spec P4: the variants' conflicts, cheapest fixes with the budget repair, every correction verified
        assertThat(run.out()).containsPattern("U1 +train_01 +budget=1304 +budget +budget +\\$1305 .* yes")
                .containsPattern("U6 +train_26 +room type=entire room +house-rule\\+room-type .* yes")
                .containsPattern("U7 +train_31 +budget=1200 .* budget +\\$1294 .* yes").contains("explanation time over the variants' medians");
    }
}
