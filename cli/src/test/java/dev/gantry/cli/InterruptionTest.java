package dev.gantry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long run interrupted by a signal (Ctrl-C sends SIGINT, kill sends SIGTERM) stops the search and still writes
 * the best plan found, which then verifies. Regression: CP-SAT's own SIGINT handler used to abort the JVM.
 */
class InterruptionTest {
    @TempDir
    Path dir;

    @Test
    void aTerminatedSolveWritesItsBestPlan() throws Exception {
        Path plan = dir.resolve("plan.json");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "--add-modules", "jdk.incubator.vector", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "solve", "ft10", "--workers", "1",
                "--time-limit", "120s", "--out", plan.toString()))
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(ProcessBuilder.Redirect.PIPE).start();
        // wait until the search has reported a solution, then terminate the process as a user would
        try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = err.readLine()) != null && !line.contains("makespan")) {
                // skip JVM warnings
            }
            assertThat(line).as("a progress line").isNotNull();
            Thread.sleep(500);
            p.destroy(); // SIGTERM
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            err.transferTo(Writer.nullWriter());
        }
        assertThat(p.exitValue()).isEqualTo(143);
        assertThat(Files.readString(dir.resolve("out.txt"))).contains("ft10: FEASIBLE").contains("plan verified");
        CliRun verify = CliRun.of("verify", "ft10", plan.toString());
        assertThat(verify.exit()).isEqualTo(0);
        assertThat(verify.out()).contains("valid");
    }

}
