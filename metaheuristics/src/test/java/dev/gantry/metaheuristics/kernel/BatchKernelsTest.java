package dev.gantry.metaheuristics.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The provider: property, module and JIT checks, and that a JVM without the module never loads the SIMD class. */
class BatchKernelsTest {

    @Test
    void propertyForcesScalar() {
        assertThat(BatchKernels.choose("scalar").name()).isEqualTo("scalar");
        assertThat(BatchKernels.choose(" SCALAR ").name()).isEqualTo("scalar");
    }

    @Test
    void autoChoosesSimdUnderSurefire() {
        assertThat(BatchKernels.missingRequirement()).isEmpty();
        assertThat(BatchKernels.choose(null).name()).startsWith("simd-");
        assertThat(BatchKernels.choose("auto").name()).startsWith("simd-");
        assertThat(BatchKernels.best()).isSameAs(BatchKernels.best());
        assertThat(BatchKernels.scalar().name()).isEqualTo("scalar");
    }

    @Test
    void withoutTheModuleTheScalarTwinRunsAndTheLogNamesTheFlag() throws Exception {
        Run run = probe("-Xlog:class+load=info:stderr");
        assertThat(run.stdout).isEqualTo("scalar 10");
        assertThat(run.stderr).contains("--add-modules jdk.incubator.vector")
                .contains("dev.gantry.metaheuristics.kernel.ScalarBatchKernel")
                .doesNotContain("SimdBatchKernel")
                .doesNotContain("jdk.incubator.vector.")
                .doesNotContain("Exception in thread")
                .doesNotContain("\tat dev.gantry"); // no stack trace
    }

    @Test
    void withTheModuleTheSimdKernelRuns() throws Exception {
        Run run = probe("--add-modules=jdk.incubator.vector");
        assertThat(run.stdout).matches("simd-\\d+ 10");
    }

    @Test
    void withoutC2TheScalarTwinRunsAndTheLogSaysWhy() throws Exception {
        Run run = probe("--add-modules=jdk.incubator.vector", "-XX:TieredStopAtLevel=1");
        assertThat(run.stdout).isEqualTo("scalar 10");
        assertThat(run.stderr).contains("C2");
    }

    @Test
    void thePropertyWorksFromTheCommandLine() throws Exception {
        Run run = probe("--add-modules=jdk.incubator.vector", "-Dgantry.kernel=scalar");
        assertThat(run.stdout).isEqualTo("scalar 10");
        assertThat(run.stderr).contains("gantry.kernel=scalar");
    }

    private record Run(String stdout, String stderr) {
    }

    /** Runs {@link KernelProbe} in a fresh JVM (this JDK) with the given flags. */
    private static Run probe(String... jvmFlags) throws IOException, InterruptedException, URISyntaxException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = location(BatchKernels.class) + File.pathSeparator + location(KernelProbe.class);
        List<String> command = new ArrayList<>(List.of(java, "-Xshare:auto"));
        command.addAll(List.of(jvmFlags));
        command.addAll(List.of("-cp", classpath, KernelProbe.class.getName()));
        // stderr to a file: the class-load log is large, and reading two pipes one after the other could deadlock
        File errFile = File.createTempFile("kernel-probe", ".err");
        errFile.deleteOnExit();
        Process process = new ProcessBuilder(command).redirectError(errFile).start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String stderr = Files.readString(errFile.toPath(), StandardCharsets.UTF_8);
        Files.delete(errFile.toPath());
        assertThat(process.exitValue()).as(stderr).isZero();
        return new Run(new String(out, StandardCharsets.UTF_8).trim(), stderr);
    }

    private static String location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
