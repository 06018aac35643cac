package dev.gantry.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.cli.Main;
import dev.gantry.instances.TestData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gantry batch} end to end: a mixed batch, resume, a SIGKILLed batch resumed, a crashing isolated run, bad input. */
class BatchCommandTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    static Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream originalErr = System.err;
        PrintStream capturedErr = new PrintStream(err, true, StandardCharsets.UTF_8);
        System.setErr(capturedErr); // the batch logs its progress lines to System.err
        try {
            int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), capturedErr);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(originalErr);
        }
    }

    /** Seven instances of six families with fast engines, so every run finds a plan well inside 1 s. */
    private Path mixedList() throws IOException {
        Path dag = dir.resolve("g.dag.json");
        assertThat(cli("generate", "dag", "--tasks", "20", "--processors", "3", "--seed", "7", "--out", dag.toString()).exit()).isEqualTo(0);
        Path list = dir.resolve("list.txt");
        Files.writeString(list, String.join("\n",
                "# bundled job shops, then shared data",
                "ft06 heuristic:mwkr",
                "la01 sa",
                TestData.require("tsp/eil51.tsp") + " heuristic:nn-2opt",
                TestData.require("knapsack/low-dimensional/f1_l-d_kp_10_269") + " - knapsack",
                TestData.require("smtt/smtt_n20_800.jsonl") + "#0",
                TestData.require("rcpsp/j30/j3010_1.sm") + " sa",
                "g.dag.json", ""));
        return list;
    }

    private static List<RunRecord> records(Path results) throws IOException {
        List<RunRecord> rs = new ArrayList<>();
        for (String line : Files.readAllLines(results)) {
            rs.add(RunRecord.parse(line)); // throws on a truncated line
        }
        return rs;
    }

    @Test
    void aMixedBatchWritesOneVerifiedLinePerInstanceAndResumeRunsOnlyTheMissingOnes() throws IOException {
        Path list = mixedList();
        Path results = dir.resolve("out/results.jsonl");
        Run run = cli("batch", list.toString(), "--out", results.toString(), "--time-limit", "1s", "--workers-total", "2");
        assertThat(run.exit()).as(run.err()).isEqualTo(0);
        List<RunRecord> rs = records(results);
        assertThat(rs).hasSize(7).allSatisfy(r -> {
            assertThat(r.verified()).as(r.toString()).isTrue();
            assertThat(r.exitCode()).isEqualTo(0);
            assertThat(r.options()).containsEntry("timeLimitMillis", 1000L).containsEntry("workers", 1L);
        });
        assertThat(rs.stream().map(RunRecord::family).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("jobshop", "tsp", "knapsack", "smtt", "rcpsp", "dag");
        assertThat(rs).filteredOn(r -> r.family().equals("rcpsp")).singleElement().satisfies(r -> {
            assertThat(r.objective().longValue()).isGreaterThanOrEqualTo(42); // j3010_1's optimum
            assertThat(r.gapPercent()).isCloseTo((r.objective().longValue() - 42) * 100.0 / 42, org.assertj.core.data.Offset.offset(0.01));
        });
        assertThat(Files.readAllLines(dir.resolve("out/results.csv"))).hasSize(8).first().isEqualTo(BatchSummary.CSV_HEADER);
        assertThat(run.out()).containsPattern("total\\s+7\\s+7\\s+7\\s+0");

        List<String> kept = Files.readAllLines(results).subList(0, 3);
        Files.write(results, kept);
        Run resumed = cli("batch", list.toString(), "--out", results.toString(), "--time-limit", "1s", "--workers-total", "2", "--resume");
        assertThat(resumed.exit()).as(resumed.err()).isEqualTo(0);
        assertThat(resumed.err()).contains("resume: 3 of 7 runs already in");
        assertThat(resumed.err().lines().filter(l -> l.startsWith("["))).hasSize(4);
        List<String> after = Files.readAllLines(results);
        assertThat(after.subList(0, 3)).isEqualTo(kept);
        assertThat(records(results).stream().map(RunRecord::instance)).hasSize(7).doesNotHaveDuplicates();
    }

    @Test
    void aKilledBatchResumesWithoutLosingOrRepeatingARun() throws Exception {
        Path list = dir.resolve("list.txt");
        List<String> lines = new ArrayList<>();
        for (String name : List.of("la01", "la02", "la03", "la04", "la05", "la06")) {
            lines.add(TestData.require("jobshop/instances/Lawrence1984/" + name + ".txt") + " sa"); // SA uses its whole second
        }
        Files.write(list, lines);
        Path results = dir.resolve("results.jsonl");
        List<String> cmd = new ArrayList<>(ChildJvmRun.javaCommand());
        cmd.addAll(List.of("dev.gantry.cli.Main", "batch", list.toString(), "--out", results.toString(), "--time-limit", "1s", "--workers-total", "1"));
        Process batch = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("batch.log").toFile()).start();
        long deadline = System.currentTimeMillis() + 30_000;
        while (lineCount(results) < 2 && batch.isAlive() && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertThat(batch.isAlive()).as("killed part-way, not after the end").isTrue();
        batch.destroyForcibly().waitFor();
        int before = lineCount(results);
        assertThat(before).isBetween(2, 5);
        records(results); // every line whole

        Run resumed = cli("batch", list.toString(), "--out", results.toString(), "--time-limit", "1s", "--workers-total", "2", "--resume");
        assertThat(resumed.exit()).as(resumed.err()).isEqualTo(0);
        assertThat(resumed.err()).contains("resume: " + before + " of 6 runs already in");
        Map<String, Long> perInstance = records(results).stream().collect(Collectors.groupingBy(RunRecord::instance, Collectors.counting()));
        assertThat(perInstance).hasSize(6).allSatisfy((instance, count) -> assertThat(count).as(instance).isEqualTo(1));
        assertThat(records(results)).allSatisfy(r -> assertThat(r.verified()).isTrue());
    }

    @Test
    void anIsolatedRunThatCrashesItsJvmIsRecordedAsFailedAndTheBatchGoesOn() throws IOException {
        Path knapsack = TestData.require("knapsack/low-dimensional/f1_l-d_kp_10_269");
        Path list = dir.resolve("list.txt");
        Files.write(list, List.of("ft06 heuristic:mwkr", knapsack + " - knapsack", TestData.require("rcpsp/j30/j3010_1.sm") + " sa"));
        Path results = dir.resolve("results.jsonl");
        System.setProperty(CrashHook.PROPERTY, knapsack.getFileName().toString());
        Run run;
        try {
            run = cli("batch", list.toString(), "--out", results.toString(), "--time-limit", "1s", "--workers-total", "2", "--isolate");
        } finally {
            System.clearProperty(CrashHook.PROPERTY);
        }
        assertThat(run.exit()).as(run.err()).isEqualTo(0);
        Map<String, RunRecord> byFamily = records(results).stream().collect(Collectors.toMap(RunRecord::family, Function.identity()));
        assertThat(byFamily).containsOnlyKeys("jobshop", "knapsack", "rcpsp");
        RunRecord crashed = byFamily.get("knapsack");
        assertThat(crashed.failed()).isTrue();
        assertThat(crashed.status()).isEqualTo("FAILED");
        assertThat(crashed.exitCode()).isEqualTo(CrashHook.EXIT_CODE);
        assertThat(crashed.error()).contains("exited with code 134 without a result");
        assertThat(byFamily.get("jobshop").verified()).isTrue();
        assertThat(byFamily.get("rcpsp").verified()).isTrue();
        assertThat(byFamily.get("rcpsp").objective().longValue()).isGreaterThanOrEqualTo(42);
        assertThat(run.out()).containsPattern("total\\s+3\\s+2\\s+2\\s+1");
    }

    @Test
    void badInputIsOneLineAndExitTwo() throws IOException {
        Path results = dir.resolve("r.jsonl");
        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, "# nothing\n\n");
        Path list = dir.resolve("list.txt");
        Files.writeString(list, "ft06 warp-drive\n");
        for (String[] args : List.of(new String[] {"batch", dir.resolve("absent").toString(), "--out", results.toString()},
                new String[] {"batch", empty.toString(), "--out", results.toString()},
                new String[] {"batch", list.toString(), "--out", results.toString()},
                new String[] {"batch", empty.toString(), "--out", results.toString(), "--workers-total", "1", "--workers-per-run", "2"})) {
            Run run = cli(args);
            assertThat(run.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err().strip().lines()).as(run.err()).hasSize(1);
        }
        assertThat(cli("batch", list.toString(), "--out", results.toString()).err()).contains("engine 'warp-drive' does not solve jobshop");
        assertThat(cli("batch", empty.toString(), "--out", results.toString()).err()).contains("lists no instance");
        assertThat(Files.exists(results)).isFalse();
    }

    private static int lineCount(Path file) throws IOException {
        return Files.exists(file) ? (int) Files.readAllLines(file).stream().filter(l -> !l.isBlank()).count() : 0;
    }
}
