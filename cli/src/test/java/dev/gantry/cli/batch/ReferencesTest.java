package dev.gantry.cli.batch;

import static dev.gantry.cli.batch.BatchCommandTest.cli;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.cli.batch.BatchCommandTest.Run;
import dev.gantry.instances.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gantry batch --reference}: gaps against the reference files given, whichever folder the batch runs from.
 * The references here are made up (not the published values), so a gap can only come from them.
 */
class ReferencesTest {
    @TempDir
    Path dir;

    private static Map<String, RunRecord> byFamily(Path results) throws IOException {
        return ResultsStore.read(results, note -> { }).stream().collect(Collectors.toMap(RunRecord::family, Function.identity()));
    }

    @Test
    void aDataFolderGivesTheGapOfJobShopRcpspAndKnapsackRuns() throws IOException {
        Path refs = dir.resolve("refs");
        Files.createDirectories(refs.resolve("jobshop"));
        Files.writeString(refs.resolve("jobshop/bks.json"), "[{\"instance\": \"ft06\", \"status\": \"open\", \"lower_bound\": 40, \"upper_bound\": 50}]");
        Files.createDirectories(refs.resolve("rcpsp/j30/optimum"));
        Files.writeString(refs.resolve("rcpsp/j30/optimum/optimum.csv"), "problem,optimum\nj3010_1.sm,40\n");
        Files.createDirectories(refs.resolve("knapsack/low-dimensional-optimum"));
        Files.writeString(refs.resolve("knapsack/low-dimensional-optimum/f1_l-d_kp_10_269"), "300\n");
        Path list = dir.resolve("list.txt");
        Files.write(list, List.of("ft06 cpsat", TestData.require("rcpsp/j30/j3010_1.sm") + " cpsat",
                TestData.require("knapsack/low-dimensional/f1_l-d_kp_10_269") + " exact knapsack",
                TestData.require("tsp/eil51.tsp") + " heuristic:nn-2opt"));
        Path results = dir.resolve("results.jsonl");

        Run run = cli("batch", list.toString(), "--out", results.toString(), "--time-limit", "10s", "--workers-total", "2",
                "--reference", refs.toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(0);
        Map<String, RunRecord> records = byFamily(results);
        assertThat(records.get("jobshop").objective().longValue()).isEqualTo(55);
        assertThat(records.get("jobshop").gapPercent()).isEqualTo(10.0); // 55 against 50
        assertThat(records.get("rcpsp").objective().longValue()).isEqualTo(42);
        assertThat(records.get("rcpsp").gapPercent()).isEqualTo(5.0); // 42 against 40
        assertThat(records.get("knapsack").objective().longValue()).isEqualTo(295);
        assertThat(records.get("knapsack").gapPercent()).isEqualTo(1.67); // 295, 5 below 300: a maximisation
        // no TSP table in this folder: the gap the family found beside the instance stays (434 against 426)
        assertThat(records.get("tsp").gapPercent()).isEqualTo(1.88);
        assertThat(records.values()).allSatisfy(r -> assertThat(r.verified()).isTrue());
        assertThat(Files.readString(dir.resolve("results.csv"))).contains(",10.0000,", ",5.0000,", ",1.6700,");
    }

    @Test
    void aSingleTableFileIsAReferenceTooAndAnUnknownFileIsBadInput() throws IOException {
        Path optima = dir.resolve("optima.csv");
        Files.writeString(optima, "instance,n,edge_weight_type,optimal_tour_length\neil51,51,EUC_2D,400\n");
        Path list = dir.resolve("list.txt");
        Files.write(list, List.of(TestData.require("tsp/eil51.tsp") + " heuristic:nn-2opt",
                TestData.require("knapsack/low-dimensional/f1_l-d_kp_10_269") + " heuristic:greedy knapsack"));
        Path results = dir.resolve("results.jsonl");

        Run run = cli("batch", list.toString(), "--out", results.toString(), "--workers-total", "1", "--reference", optima.toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(0);
        Map<String, RunRecord> records = byFamily(results);
        assertThat(records.get("tsp").gapPercent()).isEqualTo(8.5); // 434 against 400
        // the knapsack family measures its own gap against the optimum file beside the instance's folder (295)
        RunRecord knapsack = records.get("knapsack");
        assertThat(knapsack.gapPercent()).isEqualTo(Math.round(10000.0 * (295 - knapsack.objective().doubleValue()) / 295) / 100.0)
                .isGreaterThanOrEqualTo(0.0);

        Path notATable = dir.resolve("bounds.txt");
        Files.writeString(notATable, "ft06 55\n");
        Run bad = cli("batch", list.toString(), "--out", results.toString(), "--reference", notATable.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err().strip().lines()).singleElement().asString().contains("not a reference file");
        Run absent = cli("batch", list.toString(), "--out", results.toString(), "--reference", dir.resolve("absent").toString());
        assertThat(absent.exit()).isEqualTo(2);
        assertThat(absent.err()).contains("absent: no such file");
    }

    @Test
    void aMaximisationGapIsHowFarBelowTheReference() {
        assertThat(new References.Reference(300, References.Sense.MAXIMISE).gapPercent(295)).isEqualTo(1.67);
        assertThat(new References.Reference(50, References.Sense.MINIMISE).gapPercent(55)).isEqualTo(10.0);
        assertThat(new References.Reference(50, References.Sense.MINIMISE).gapPercent(50)).isEqualTo(0.0);
    }
}
