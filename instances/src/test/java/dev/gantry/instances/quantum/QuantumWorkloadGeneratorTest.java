package dev.gantry.instances.quantum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.gantry.instances.TestData;
import dev.gantry.modeling.quantum.Capability;
import dev.gantry.modeling.quantum.Demand;
import dev.gantry.modeling.quantum.NodeRole;
import dev.gantry.modeling.quantum.Protocol;
import dev.gantry.modeling.quantum.QuantumInstance;
import dev.gantry.modeling.quantum.QuantumNetwork;
import dev.gantry.modeling.quantum.Werner;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuantumWorkloadGeneratorTest {
    static Map<String, QuantumNetwork> topologies() throws IOException {
        return QuantumTopologies.read(TestData.require(QuantumReaderTest.DIR + "topologies_derived.json"));
    }

    @Test
    void surfnetHas54RepeatersAnd54EndNodesWithOneSlotLinks() throws IOException {
        QuantumNetwork surfnet = topologies().get("surfnet");
        assertThat(surfnet.nodes()).hasSize(108);
        assertThat(surfnet.nodes().stream().filter(n -> n.role() == NodeRole.END)).hasSize(54);
        assertThat(surfnet.links()).hasSize(118);
        assertThat(surfnet.qubits()).hasSize(432);
        assertThat(surfnet.links()).allSatisfy(l -> {
            assertThat(l.capabilities()).containsExactly(new Capability(0.999, 1400));
            assertThat(l.capabilities().get(0).slots(0.01)).isEqualTo(1);
        });
    }

    @Test
    void fillsTheLoadWithPowerOfTwoPeriodsBelowEachProtocolsRate() throws IOException {
        QuantumNetwork h = topologies().get("H");
        var params = new QuantumWorkloadGenerator.Parameters("H", 0.7, 20, 3);
        QuantumInstance instance = QuantumWorkloadGenerator.generate(h, params);
        double total = instance.demands().stream().mapToDouble(Demand::rateHz).sum();
        // filled up to less than the smallest rate (100/512 ebit/s) below the target
        assertThat(total).isLessThanOrEqualTo(20).isGreaterThan(20 - 100.0 / 512);
        for (Demand d : instance.demands()) {
            Protocol p = instance.protocol(d.id());
            assertThat(Integer.bitCount(d.period())).isEqualTo(1);
            assertThat(d.period()).isBetween(1, 512).isGreaterThan(p.makespan());
            assertThat(d.minFidelity()).isEqualTo(0.7);
            assertThat(Werner.protocolFidelity(p, h)).isGreaterThanOrEqualTo(0.7);
        }
        assertThat(QuantumWorkloadGenerator.generate(h, params)).isEqualTo(instance);
        assertThat(QuantumWorkloadGenerator.generate(h, new QuantumWorkloadGenerator.Parameters("H", 0.7, 20, 4)).demands())
                .isNotEqualTo(instance.demands());
    }

    @Test
    void v1WriterRoundTripsThroughTheReader() throws IOException {
        var params = new QuantumWorkloadGenerator.Parameters("line", 0.8, 10, 1);
        QuantumInstance instance = QuantumWorkloadGenerator.generate(topologies().get("line"), params);
        String json = QuantumWriter.write(instance, QuantumWorkloadGenerator.provenance(params));
        QuantumInstance back = QuantumReader.parse("generated.json", json, instance.name());
        assertThat(back.demands()).isEqualTo(instance.demands());
        assertThat(back.protocols()).isEqualTo(instance.protocols());
        assertThat(back.network()).isEqualTo(instance.network());
        assertThat(back.hardware()).isEqualTo(instance.hardware());
        assertThat(back.slotSeconds()).isCloseTo(0.01, within(0.0));
    }
}
