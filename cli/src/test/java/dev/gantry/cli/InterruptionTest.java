package dev.gantry.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
        Path log = dir.resolve("err.txt");
        Process p = new ProcessBuilder(List.of(java, "--add-modules", "jdk.incubator.vector", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "solve", "ft10", "--workers", "1",
                "--time-limit", "120s", "--out", plan.toString()))
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(log.toFile()).start();
        // wait until the search has reported a solution, then terminate the process as a user would
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.readString(log).contains("makespan") && System.nanoTime() < deadline && p.isAlive()) {
            Thread.sleep(100);
        }
        assertThat(Files.readString(log)).as("a progress line").contains("makespan");
        Thread.sleep(500);
        p.destroy(); // SIGTERM
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(log)).contains("interrupted; stopping the search and writing the best plan found");
        assertThat(p.exitValue()).isEqualTo(143);
        assertThat(Files.readString(dir.resolve("out.txt"))).contains("ft10: FEASIBLE").contains("plan verified");
        CliRun verify = CliRun.of("verify", "ft10", plan.toString());
        assertThat(verify.exit()).isEqualTo(0);
        assertThat(verify.out()).contains("valid");
    }

    @Test
    void aTerminatedAnnealingRunWritesItsBestTour() throws Exception {
        Path tsp = dev.gantry.instances.TestData.require("tsp/u1060.tsp");
        Path plan = dir.resolve("tour.json");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = dir.resolve("err.txt");
        Process p = new ProcessBuilder(List.of(java, "--add-modules", "jdk.incubator.vector", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "solve", tsp.toString(), "--workers", "1",
                "--time-limit", "120s", "--out", plan.toString()))
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.readString(log).contains("length") && System.nanoTime() < deadline && p.isAlive()) {
            Thread.sleep(100);
        }
        assertThat(Files.readString(log)).as("a progress line").contains("length");
        p.destroy(); // SIGTERM
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(143);
        assertThat(Files.readString(dir.resolve("out.txt"))).contains("u1060: FEASIBLE").contains("plan verified");
        CliRun verify = CliRun.of("verify", tsp.toString(), plan.toString());
        assertThat(verify.exit()).isEqualTo(0);
    }
}
