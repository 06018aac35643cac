package dev.gantry.instances.quantum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.gantry.instances.TestData;
import dev.gantry.modeling.quantum.Demand;
import dev.gantry.modeling.quantum.Protocol;
import dev.gantry.modeling.quantum.QuantumInstance;
import dev.gantry.modeling.quantum.ProtocolOp;
import dev.gantry.modeling.quantum.Werner;
import dev.gantry.modeling.quantum.build.ProtocolBuilder;
import dev.gantry.modeling.quantum.build.QubitBalancer;
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

    /**
     * The 41 protocols of the staged instances came out of the same pipeline, after [LS] re-balanced them over each
     * node's qubits: the same makespan, fidelity and operations up to that renaming of qubits.
     */
    @Test
    void reproducesTheStagedProtocolsUpToQubitBalancing() throws IOException {
        int checked = 0;
        for (String name : List.of("instance_star_F0.7_L10_s1.json", "instance_H_F0.7_L20_s2.json", "instance_line_F0.8_L10_s4.json")) {
            QuantumInstance instance = QuantumReader.read(TestData.require(QuantumReaderTest.DIR + name));
            ProtocolBuilder builder = new ProtocolBuilder(instance.network());
            for (Demand d : instance.demands()) {
                Protocol expected = instance.protocol(d.id());
                Protocol built = builder.build(d.id(), d.src(), d.dst(), d.minFidelity()).orElseThrow();
                String label = name + " " + d.id();
                assertThat(built.makespan()).as(label).isEqualTo(expected.makespan());
                assertThat(Werner.protocolFidelity(built, instance.network())).as(label)
                        .isCloseTo(Werner.protocolFidelity(expected, instance.network()), within(1e-12));
                assertThat(shape(built.ops())).as(label).isEqualTo(shape(expected.ops()));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(41);
    }

    /**
     * Operations without their ids and qubits (the staged ids name nodes inconsistently, e.g. {@code L;0;0;3} for a
     * link between nodes 1 and 3): type, offset, duration, link, capability, and the predecessors by type and offset.
     */
    private static List<String> shape(List<ProtocolOp> ops) {
        java.util.Map<String, ProtocolOp> byId = ops.stream().collect(Collectors.toMap(ProtocolOp::id, o -> o));
        return ops.stream().map(o -> o.type() + " @" + o.offset() + "+" + o.duration() + " " + o.link() + "#" + o.capabilityIndex()
                + " <- " + o.preds().stream().map(byId::get).map(p -> p.type() + "@" + p.offset()).sorted().toList()).sorted().toList();
    }

    /** With [LS]'s re-balancing over each node's qubits, in file order, the staged qubits come out exactly. */
    @Test
    void balancingInFileOrderGivesTheStagedQubits() throws IOException {
        for (String name : List.of("instance_star_F0.7_L10_s1.json", "instance_H_F0.7_L20_s2.json", "instance_line_F0.8_L10_s4.json")) {
            QuantumInstance instance = QuantumReader.read(TestData.require(QuantumReaderTest.DIR + name));
            ProtocolBuilder builder = new ProtocolBuilder(instance.network());
            List<Protocol> built = instance.demands().stream()
                    .map(d -> builder.build(d.id(), d.src(), d.dst(), d.minFidelity()).orElseThrow()).toList();
            List<Protocol> balanced = QubitBalancer.balance(instance.network(), instance.demands(), built);
            for (int i = 0; i < balanced.size(); i++) {
                Protocol expected = instance.protocols().get(i);
                assertThat(balanced.get(i).occupancy()).as(name + " " + expected.demand()).isEqualTo(expected.occupancy());
            }
        }
    }
}
