package dev.gantry.instances.quantum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.gantry.instances.TestData;
import dev.gantry.modeling.quantum.Protocol;
import dev.gantry.modeling.quantum.ProtocolOp;
import dev.gantry.modeling.quantum.Werner;
import dev.gantry.modeling.quantum.build.ProtocolBuilder;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link ProtocolBuilder} against the six protocols of the [LS] pipeline in {@code protocol_examples.json}: the same
 * path, Werner fidelity, makespan, operations (id, type, offset, duration, qubits, predecessors) and holds.
 */
class ProtocolBuilderTest {
    static List<ProtocolExample> examples() throws IOException {
        return ProtocolExamples.read(TestData.require(QuantumReaderTest.DIR + "protocol_examples.json"),
                TestData.require(QuantumReaderTest.DIR + "topologies_derived.json"));
    }

    @Test
    void reproducesEveryExampleExactly() throws IOException {
        for (ProtocolExample e : examples()) {
            Protocol expected = e.protocol();
            Protocol built = new ProtocolBuilder(e.network()).build("x", e.src(), e.dst(), e.minFidelity()).orElseThrow();
            String label = e.topology() + " F=" + e.minFidelity();
            assertThat(built.path()).as(label).isEqualTo(e.path());
            assertThat(Werner.protocolFidelity(built, e.network())).as(label).isCloseTo(e.protocolFidelity(), within(1e-12));
            assertThat(built.makespan()).as(label).isEqualTo(expected.makespan());
            assertThat(describe(built.ops())).as(label).isEqualTo(describe(expected.ops()));
            assertThat(Set.copyOf(built.holds())).as(label).isEqualTo(Set.copyOf(expected.holds()));
            assertThat(built.occupancy()).as(label).isEqualTo(expected.occupancy());
        }
    }

    private static Set<String> describe(List<ProtocolOp> ops) {
        return ops.stream().map(o -> o.id() + " " + o.type() + " @" + o.offset() + "+" + o.duration() + " " + o.qubits()
                + " <- " + o.preds().stream().sorted().toList() + " " + o.link() + "#" + o.capabilityIndex()).collect(Collectors.toSet());
    }
}
