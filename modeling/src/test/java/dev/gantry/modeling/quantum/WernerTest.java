package dev.gantry.modeling.quantum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class WernerTest {
    @Test
    void swapMultipliesWernerParameters() {
        double f = Werner.swap(0.9, 0.8);
        assertThat(f).isCloseTo(0.9 * 0.8 + 0.1 * 0.2 / 3, within(1e-15));
        assertThat(Werner.parameter(f)).isCloseTo(Werner.parameter(0.9) * Werner.parameter(0.8), within(1e-15));
    }

    @Test
    void distillationOfTwoEqualPairsRaisesFidelity() {
        // b = c = 0.1/3: (0.81 + 0.001111) / (0.81 + 2·0.9·0.0333 + 5·0.001111) = 0.92640
        assertThat(Werner.distill(0.9, 0.9)).isCloseTo(0.8111111111111111 / (0.81 + 0.06 + 0.005555555555555556), within(1e-12));
        assertThat(Werner.distill(0.9, 0.9)).isGreaterThan(0.9);
        assertThat(Werner.distill(0.7, 0.9)).isCloseTo(Werner.distill(0.9, 0.7), within(1e-15));
    }

    @Test
    void protocolFidelityEvaluatesTheDagOutOfFileOrder() {
        QuantumNetwork net = new QuantumNetwork(
                List.of(new QuantumNode("a", NodeRole.END, List.of("a-C0"), List.of("a-S0")),
                        new QuantumNode("m", NodeRole.REPEATER, List.of("m-C0"), List.of("m-S0", "m-S1")),
                        new QuantumNode("b", NodeRole.END, List.of("b-C0"), List.of("b-S0"))),
                List.of(new QuantumLink("a-m", "a", "m", 5, List.of(new Capability(0.9, 20))),
                        new QuantumLink("m-b", "m", "b", 5, List.of(new Capability(0.8, 20)))));
        Protocol p = new Protocol("d", List.of(), 11, List.of(
                new ProtocolOp("S", OpType.SWAP, 10, 1, List.of("m-S0", "m-S1"), List.of("L1", "L2"), null, -1),
                new ProtocolOp("L1", OpType.LINK_GEN, 0, 5, List.of("a-C0", "a-S0", "m-C0", "m-S0"), List.of(), "a-m", 0),
                new ProtocolOp("L2", OpType.LINK_GEN, 5, 5, List.of("m-C0", "m-S1", "b-C0", "b-S0"), List.of(), "m-b", 0)),
                List.of());
        assertThat(Werner.protocolFidelity(p, net)).isEqualTo(Werner.swap(0.9, 0.8));
    }
}
