package dev.gantry.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.cli.Main;
import dev.gantry.cli.batch.ResultsStore;
import dev.gantry.cli.batch.RunRecord;
import dev.gantry.instances.TestData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark job on local[2] against {@code gantry batch} on the same list: the same results file, modulo times. */
class SparkBatchTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err, long millis) {
    }

    /** Runs an entry point with stdout and stderr captured (the progress lines go to System.err). */
    private static Run capture(Function<PrintStream[], Integer> entry) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream originalErr = System.err;
        PrintStream capturedErr = new PrintStream(err, true, StandardCharsets.UTF_8);
        System.setErr(capturedErr);
        long t0 = System.nanoTime();
        try {
            int code = entry.apply(new PrintStream[] {new PrintStream(out, true, StandardCharsets.UTF_8), capturedErr});
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), (System.nanoTime() - t0) / 1_000_000);
        } finally {
            System.setErr(originalErr);
        }
    }

    private static Map<String, RunRecord> byKey(Path results) throws IOException {
        List<RunRecord> records = ResultsStore.read(results, note -> { });
        assertThat(records.stream().map(RunRecord::key)).as("no run twice").doesNotHaveDuplicates();
        return records.stream().collect(Collectors.toMap(RunRecord::key, Function.identity()));
    }

    /** The record as it would be had it taken no time. */
    private static RunRecord timeless(RunRecord r) {
        return new RunRecord(r.instance(), r.family(), r.engine(), r.options(), r.status(), r.objective(), r.bound(), r.gapPercent(), 0,
                r.verified(), r.violations(), r.violationReasons(), r.exitCode(), r.error());
    }

    @Test
    void theSparkJobWritesTheLocalBatchsResultsAndResumes() throws IOException {
        Path data = TestData.require("jobshop/bks.json").getParent().getParent();
        Path list = dir.resolve("list.txt");
        // nine easy runs of six families: exact engines that prove optimality fast, deterministic heuristics otherwise
        Files.write(list, List.of("ft06 cpsat", "la01 cpsat",
                TestData.require("jobshop/instances/Lawrence1984/la05.txt") + " cpsat",
                TestData.require("rcpsp/j30/j3010_1.sm") + " cpsat",
                TestData.require("knapsack/low-dimensional/f1_l-d_kp_10_269") + " exact knapsack",
                TestData.require("knapsack/low-dimensional/f2_l-d_kp_20_878") + " exact knapsack",
                TestData.require("tsp/eil51.tsp") + " heuristic:nn-2opt",
                TestData.require("smtt/smtt_n20_800.jsonl") + "#0",
                TestData.require("binpack/binpack1.txt") + "#u120_00 heuristic:ffd"));
        Path localResults = dir.resolve("local/results.jsonl");
        Path sparkResults = dir.resolve("spark/results.jsonl");
        List<String> options = List.of("--time-limit", "10s", "--workers-total", "2", "--workers-per-run", "1", "--reference", data.toString());

        Run local = capture(s -> Main.run(args("batch", list, localResults, options), s[0], s[1]));
        Run spark = capture(s -> SparkBatch.run(args(null, list, sparkResults, options), s[0], s[1]));

        System.out.printf(Locale.ROOT, "9 runs: local batch %.1f s, Spark local[2] %.1f s%n", local.millis() / 1000.0, spark.millis() / 1000.0);
        assertThat(local.exit()).as(local.err()).isEqualTo(0);
        assertThat(spark.exit()).as(spark.err()).isEqualTo(0);
        Map<String, RunRecord> expected = byKey(localResults);
        Map<String, RunRecord> actual = byKey(sparkResults);
        assertThat(actual).hasSize(9).containsOnlyKeys(expected.keySet());
        assertThat(actual.values()).allSatisfy(r -> assertThat(r.verified()).as(r.toString()).isTrue());
        expected.forEach((key, r) -> assertThat(timeless(actual.get(key))).as(key).isEqualTo(timeless(r)));
        assertThat(actual.values().stream().filter(r -> r.status().equals("OPTIMAL"))).hasSize(6);
        assertThat(actual.values()).filteredOn(r -> r.family().equals("jobshop")).allSatisfy(r -> assertThat(r.gapPercent()).isEqualTo(0.0));
        assertThat(spark.out()).containsPattern("total\\s+9\\s+9\\s+9\\s+0");
        assertThat(Files.readAllLines(dir.resolve("spark/results.csv"))).hasSize(10);

        // a driver killed after six runs: --resume runs the other three only
        Files.write(sparkResults, Files.readAllLines(sparkResults).subList(0, 6));
        List<String> resume = new java.util.ArrayList<>(options);
        resume.add("--resume");
        Run resumed = capture(s -> SparkBatch.run(args(null, list, sparkResults, resume), s[0], s[1]));
        assertThat(resumed.exit()).as(resumed.err()).isEqualTo(0);
        assertThat(resumed.err()).contains("resume: 6 of 9 runs already in");
        assertThat(byKey(sparkResults)).containsOnlyKeys(expected.keySet());
    }

    private static String[] args(String command, Path list, Path results, List<String> options) {
        List<String> args = new java.util.ArrayList<>();
        if (command != null) {
            args.add(command);
        }
        args.addAll(List.of(list.toString(), "--out", results.toString()));
        args.addAll(options);
        return args.toArray(String[]::new);
    }

    @Test
    void isolateAndMoreWorkersPerRunThanCoresAreBadUsage() throws IOException {
        Path list = dir.resolve("list.txt");
        Files.write(list, List.of("ft06 cpsat"));
        Path results = dir.resolve("r.jsonl");
        Run run = capture(s -> SparkBatch.run(new String[] {list.toString(), "--out", results.toString(), "--isolate"}, s[0], s[1]));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip().lines()).singleElement().asString().contains("--isolate is for the local batch");
        Run tooMany = capture(s -> SparkBatch.run(new String[] {list.toString(), "--out", results.toString(), "--workers-total", "1",
                "--workers-per-run", "2"}, s[0], s[1]));
        assertThat(tooMany.exit()).isEqualTo(2);
        assertThat(tooMany.err()).contains("need 1 <= --workers-per-run (2) <= --workers-total (1)");
        assertThat(Files.exists(results)).isFalse();
    }
}
