package dev.gantry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gantry bench smtt --generate}: a small run end to end. */
class SmttBenchTest {
    @TempDir
    Path dir;

    @Test
    void aGeneratedRunPrintsEveryClassVerifiesEverySequenceAndWritesTheInstances() throws Exception {
        Path out = dir.resolve("sdt.jsonl");
        CliRun run = CliRun.of("bench", "smtt", "--generate", "SDT", "--n", "30", "--per-class", "1", "--seed", "5", "--time-limit", "20ms",
                "--out", out.toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(0);
        // one row per class: 5 RDD values × 4 TF values
        assertThat(run.out().lines().filter(l -> l.matches("\\s+[0-9.]+\\s+[0-9.]+ \\|.*"))).hasSize(20);
        assertThat(run.out()).contains("sequences verified: 60/60");
        assertThat(Files.readAllLines(out)).hasSize(20);
    }

    @Test
    void anUnknownFlavourIsAUsageError() {
        CliRun run = CliRun.of("bench", "smtt", "--generate", "HARD");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--generate takes PAPER, SDT or ORLIB");
    }
}
