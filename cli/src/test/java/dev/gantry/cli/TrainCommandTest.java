package dev.gantry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTest {
    @TempDir
    Path dir;

    @Test
    void aTinyTrainingIsReproducibleFromItsSeedAndTheRuleDispatches() throws Exception {
        Path a = dir.resolve("a.rule");
        Path b = dir.resolve("b.rule");
        for (Path out : new Path[] {a, b}) {
            CliRun run = CliRun.of("train", "jobshop-dispatch", "--out", out.toString(), "--seed", "3", "--generations", "2",
                    "--shops-per-size", "1", "--lambda", "2");
            assertThat(run.exit()).as(run.err()).isEqualTo(0);
            assertThat(run.out()).contains("wrote " + out);
        }
        assertThat(Files.readString(a)).startsWith("gantry-learned-rule 1\n").isEqualTo(Files.readString(b));
        CliRun solve = CliRun.of("solve", "ft06", "--engine", "heuristic:learned", "--rule", a.toString());
        assertThat(solve.exit()).as(solve.err()).isEqualTo(0);
    }

    @Test
    void anUnknownRuleIsAUsageError() {
        CliRun run = CliRun.of("train", "tsp-tour", "--out", dir.resolve("x").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("available: jobshop-dispatch");
    }
}
