package dev.gantry.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.cli.family.UsageException;
import dev.gantry.instances.TestData;
import dev.gantry.modeling.api.InputFormatException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files a folder batch takes, the list format, and a results file cut inside a line. */
class BatchInputsTest {
    @TempDir
    Path dir;

    @Test
    void aFolderTakesTheFilesExactlyOneFamilyRecognisesAndNotesTheRest() throws Exception {
        Files.copy(TestData.require("jobshop/instances/Lawrence1984/la01.txt"), dir.resolve("la01.txt"));
        Files.createDirectories(dir.resolve("sub"));
        Files.copy(TestData.require("rcpsp/j30/j3010_1.sm"), dir.resolve("sub/j3010_1.sm"));
        Files.copy(TestData.require("tsp/eil51.tsp"), dir.resolve("sub/eil51.tsp"));
        Files.copy(TestData.require("knapsack/low-dimensional/f1_l-d_kp_10_269"), dir.resolve("kp")); // "10 269": no job shop
        Files.writeString(dir.resolve("README.md"), "# notes\n");
        Files.writeString(dir.resolve("old.jsonl"), "{}\n");
        Files.writeString(dir.resolve(".hidden.txt"), "2 1\n0 1\n");
        List<String> notes = new ArrayList<>();
        List<BatchInputs.Entry> entries = BatchInputs.read(dir, notes::add);
        assertThat(entries).extracting(BatchInputs.Entry::instance)
                .containsExactly(dir.resolve("la01.txt").toString(), dir.resolve("sub/eil51.tsp").toString(), dir.resolve("sub/j3010_1.sm").toString());
        assertThat(notes).hasSize(3).anyMatch(n -> n.contains("README.md")).anyMatch(n -> n.contains("old.jsonl") && n.contains("multi-instance"))
                .anyMatch(n -> n.endsWith("kp: not an instance file of a known family"));
        List<RunSpec> specs = BatchInputs.specs(entries, Optional.empty(), Optional.empty(), Optional.of(Duration.ofSeconds(1)), 2, 5);
        assertThat(specs).extracting(RunSpec::family, RunSpec::engine).containsExactly(
                org.assertj.core.groups.Tuple.tuple("jobshop", "cpsat"), org.assertj.core.groups.Tuple.tuple("tsp", "sa"),
                org.assertj.core.groups.Tuple.tuple("rcpsp", "cpsat"));
        assertThat(specs.get(0).key()).isEqualTo(dir.resolve("la01.txt") + "|cpsat|1000|2|5");
    }

    @Test
    void aListResolvesPathsBesideItselfAndKeepsSampleNames() throws Exception {
        Files.writeString(dir.resolve("a.sm"), "");
        Path list = dir.resolve("runs.txt");
        Files.writeString(list, "# comment\n\nft06 sa\na.sm - rcpsp\n  b.txt#3  \n");
        assertThat(BatchInputs.read(list, n -> { })).containsExactly(
                new BatchInputs.Entry("ft06", Optional.of("sa"), Optional.empty()),
                new BatchInputs.Entry(dir.resolve("a.sm").toString(), Optional.empty(), Optional.of("rcpsp")),
                new BatchInputs.Entry("b.txt#3", Optional.empty(), Optional.empty()));
        Files.writeString(list, "ft06 sa jobshop extra\n");
        assertThatThrownBy(() -> BatchInputs.read(list, n -> { })).isInstanceOf(InputFormatException.class).hasMessageContaining("runs.txt:1");
        assertThatThrownBy(() -> BatchInputs.specs(List.of(new BatchInputs.Entry("ft06", Optional.empty(), Optional.empty())), Optional.empty(),
                Optional.of("exact"), Optional.empty(), 1, 1)).isInstanceOf(UsageException.class).hasMessageContaining("'exact' does not solve jobshop");
    }

    @Test
    void aResultsFileCutInsideALineIsReadWithoutItAndAppendedOnANewLine() throws Exception {
        RunSpec spec = new RunSpec("ft06", "jobshop", "sa", Optional.of(Duration.ofSeconds(1)), 1, 1);
        RunRecord failed = RunRecord.failed(spec, 134, 12, "crashed");
        Path file = dir.resolve("r.jsonl");
        Files.writeString(file, failed.toJson() + "\n{\"instance\":\"la0");
        List<String> notes = new ArrayList<>();
        assertThat(ResultsStore.read(file, notes::add)).containsExactly(failed);
        assertThat(notes).singleElement().asString().contains("r.jsonl:2");
        try (ResultsStore store = ResultsStore.open(file, false)) {
            store.append(failed);
        }
        assertThat(Files.readAllLines(file)).hasSize(3).element(2).isEqualTo(failed.toJson());
        assertThat(Batch.pending(List.of(spec, spec, new RunSpec("ft06", "jobshop", "sa", Optional.of(Duration.ofSeconds(2)), 1, 1)),
                ResultsStore.read(file, n -> { }))).extracting(RunSpec::timeLimit).containsExactly(Optional.of(Duration.ofSeconds(2)));
    }
}
