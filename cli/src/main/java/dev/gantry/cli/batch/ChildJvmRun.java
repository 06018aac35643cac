package dev.gantry.cli.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One run in a child JVM: {@code gantry solve --json} started with this JVM's java binary, class path and flags;
 * the result is the last line of the child's stdout. A child that outlives the time limit plus a margin is killed;
 * a child that exits without a JSON line (crash, out of memory, halt) is a failed run with its exit code.
 */
final class ChildJvmRun {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ChildJvmRun() {
    }

    static RunRecord run(RunSpec spec, Duration margin) {
        long t0 = System.nanoTime();
        Path out = null;
        Path err = null;
        try {
            out = Files.createTempFile("gantry-run", ".out");
            err = Files.createTempFile("gantry-run", ".err");
            Process p = new ProcessBuilder(command(spec)).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            boolean exited = spec.timeLimit().isEmpty() ? waitFor(p) : p.waitFor(spec.timeLimit().get().plus(margin).toMillis(), TimeUnit.MILLISECONDS);
            long elapsed = (System.nanoTime() - t0) / 1_000_000;
            if (!exited) {
                p.destroyForcibly().waitFor();
                return RunRecord.failed(spec, p.exitValue(), elapsed, "killed: still running " + margin.toSeconds() + " s after the time limit");
            }
            JsonNode result = lastJsonLine(Files.readAllLines(out));
            if (result == null) {
                return RunRecord.failed(spec, p.exitValue(), elapsed, "the child JVM exited with code " + p.exitValue() + " without a result"
                        + lastLine(Files.readAllLines(err)));
            }
            return fromSolveJson(spec, result, p.exitValue());
        } catch (IOException e) {
            return RunRecord.failed(spec, null, (System.nanoTime() - t0) / 1_000_000, "cannot run a child JVM: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return RunRecord.failed(spec, null, (System.nanoTime() - t0) / 1_000_000, "interrupted");
        } finally {
            deleteQuietly(out);
            deleteQuietly(err);
        }
    }

    /** The java command of this JVM running {@code gantry solve --json} for the spec. */
    static List<String> command(RunSpec spec) {
        List<String> cmd = new ArrayList<>(javaCommand());
        cmd.add("dev.gantry.cli.Main");
        cmd.addAll(List.of("solve", spec.instance(), "--problem", spec.family(), "--engine", spec.engine(),
                "--workers", Integer.toString(spec.workers()), "--seed", Long.toString(spec.seed()), "--json"));
        spec.timeLimit().ifPresent(t -> cmd.addAll(List.of("--time-limit", t.toMillis() + "ms")));
        return cmd;
    }

    /**
     * {@code java [flags] -cp CLASSPATH} as this JVM was started: the same binary, the Vector API module when it is
     * loaded, the stack and heap sizes, and the test crash hook when it is set.
     */
    static List<String> javaCommand() {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()) {
            cmd.addAll(List.of("--add-modules", "jdk.incubator.vector"));
        }
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("-Xss") || arg.startsWith("-Xmx") || arg.startsWith("-Xms")) {
                cmd.add(arg);
            }
        }
        String crashOn = System.getProperty(CrashHook.PROPERTY);
        if (crashOn != null) {
            cmd.add("-D" + CrashHook.PROPERTY + "=" + crashOn);
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path")));
        return cmd;
    }

    private static RunRecord fromSolveJson(RunSpec spec, JsonNode j, int exitCode) {
        List<String> reasons = new ArrayList<>();
        JsonNode violations = j.path("violations");
        violations.forEach(v -> {
            if (reasons.size() < RunRecord.REASONS_KEPT) {
                reasons.add(v.path("reason").asText());
            }
        });
        return new RunRecord(spec.instance(), spec.family(), spec.engine(), spec.options(), j.path("status").asText(),
                number(j.get("objective")), number(j.get("bound")), j.hasNonNull("gapPercent") ? j.get("gapPercent").doubleValue() : null,
                j.path("timeMillis").asLong(), j.path("verified").asBoolean(), violations.size(), reasons, exitCode, null);
    }

    private static Number number(JsonNode n) {
        return n == null || n.isNull() ? null : n.numberValue();
    }

    private static JsonNode lastJsonLine(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (!line.startsWith("{")) {
                return null;
            }
            try {
                return JSON.readTree(line);
            } catch (IOException e) {
                return null;
            }
        }
        return null;
    }

    private static String lastLine(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                return ": " + lines.get(i).strip();
            }
        }
        return "";
    }

    private static boolean waitFor(Process p) throws InterruptedException {
        p.waitFor();
        return true;
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a leftover temp file is harmless
            }
        }
    }
}
