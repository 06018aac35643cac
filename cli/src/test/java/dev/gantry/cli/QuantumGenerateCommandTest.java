package dev.gantry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.cli.family.Families;
import dev.gantry.cli.family.Family;
import dev.gantry.instances.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gantry generate quantum} and {@code gantry bench quantum-surfnet}: generated v1 files solve and verify. */
class QuantumGenerateCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOPOLOGIES = "quantum/linkscheduling_derived/topologies_derived.json";

    @TempDir
    Path dir;

    @Test
    void generatedStarWorkloadIsAQuantumFileThatSolvesAndVerifies() throws Exception {
        String topologies = TestData.require(TOPOLOGIES).toString();
        Path file = dir.resolve("star.json");
        CliRun gen = CliRun.of("generate", "quantum", "--topology", "star", "--fidelity", "0.7", "--load", "10", "--seed", "1",
                "--topologies", topologies, "--out", file.toString());
        assertThat(gen.exit()).as(gen.err()).isEqualTo(0);
        assertThat(Files.readString(file)).contains("\"format\": \"qnet-periodic-sched/v1\"", "\"topology\":\"star\"");
        assertThat(Families.all().stream().filter(f -> f.recognises(file.toString())).map(Family::id)).containsExactly("quantum");

        CliRun again = CliRun.of("generate", "quantum", "--topology", "star", "--fidelity", "0.7", "--load", "10", "--seed", "1",
                "--topologies", topologies);
        assertThat(again.out()).isEqualTo(Files.readString(file));

        for (String engine : new String[] {"pts-np-edf", "rcpsp-np-fpr", "rcpsp-np-edf"}) {
            CliRun run = CliRun.of("solve", file.toString(), "--engine", engine, "--json");
            assertThat(run.exit()).as(engine + ": " + run.err()).isEqualTo(0);
            JsonNode j = JSON.readTree(run.lastOutLine());
            assertThat(j.get("verified").asBoolean()).as(engine).isTrue();
            // every star protocol needs the centre's comm qubit; at least the first demand always fits
            assertThat(j.get("accepted").asInt()).as(engine).isPositive();
        }
    }

    @Test
    void badGeneratorInputExitsTwoWithOneLine() {
        String topologies = TestData.require(TOPOLOGIES).toString();
        CliRun unknown = CliRun.of("generate", "quantum", "--topology", "ring", "--fidelity", "0.7", "--load", "10", "--seed", "1",
                "--topologies", topologies);
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown topology 'ring'").contains("surfnet");
        CliRun missing = CliRun.of("generate", "quantum", "--topology", "star", "--fidelity", "0.7", "--seed", "1", "--topologies", topologies);
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("--load");
        CliRun fidelity = CliRun.of("generate", "quantum", "--topology", "star", "--fidelity", "1.5", "--load", "10", "--seed", "1",
                "--topologies", topologies);
        assertThat(fidelity.exit()).isEqualTo(2);
        assertThat(fidelity.err()).contains("fidelity must be in (0.5, 1]");
    }

    @Test
    void surfnetBenchVerifiesEverySchedule() {
        Path root = TestData.require(TOPOLOGIES).getParent().getParent().getParent();
        CliRun run = CliRun.of("bench", "quantum-surfnet", "--fidelity", "0.98", "--load", "2", "--seed", "3", "--data", root.toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(0);
        assertThat(run.out()).contains("SURFnet: 108 nodes, 118 links, 432 qubits");
        assertThat(run.out().lines().filter(l -> l.startsWith("F0.98 L2.0") && l.endsWith("yes"))).hasSize(3);
        assertThat(run.out()).doesNotContain(" NO");
    }
}
