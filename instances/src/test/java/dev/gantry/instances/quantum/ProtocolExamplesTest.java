package dev.gantry.instances.quantum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.gantry.instances.TestData;
import dev.gantry.modeling.quantum.OpType;
import dev.gantry.modeling.quantum.Werner;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The six [LS] example protocols: topology found from the path, and the Werner fidelity equal to protocol_F. */
class ProtocolExamplesTest {
    @Test
    void wernerArithmeticReproducesProtocolF() throws IOException {
        List<ProtocolExample> examples = ProtocolExamples.read(TestData.require(QuantumReaderTest.DIR + "protocol_examples.json"),
                TestData.require(QuantumReaderTest.DIR + "topologies_derived.json"));
        assertThat(examples).extracting(ProtocolExample::topology).containsExactly("star", "star", "star", "star", "line", "line");
        assertThat(examples).extracting(e -> e.protocol().makespan()).containsExactly(9, 11, 33, 67, 17, 144);
        for (ProtocolExample e : examples) {
            assertThat(Werner.protocolFidelity(e.protocol(), e.network())).isCloseTo(e.protocolFidelity(), within(1e-12));
            assertThat(e.protocolFidelity()).isGreaterThanOrEqualTo(e.minFidelity());
        }
        // star F=0.85 pumps: 15 operations, distillations among them
        assertThat(examples.get(3).protocol().ops()).hasSize(15).anyMatch(o -> o.type() == OpType.DISTILL);
    }
}
