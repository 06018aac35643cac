package dev.gantry.modeling.quantum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProtocolTest {
    private static final List<ProtocolOp> OPS = List.of(
            new ProtocolOp("L1", OpType.LINK_GEN, 0, 5, List.of("a-C0", "a-S0", "m-C0", "m-S0"), List.of(), "a-m", 0),
            new ProtocolOp("L2", OpType.LINK_GEN, 5, 5, List.of("m-C0", "m-S1", "b-C0", "b-S0"), List.of(), "m-b", 0),
            new ProtocolOp("S", OpType.SWAP, 10, 1, List.of("m-S0", "m-S1"), List.of("L1", "L2"), null, -1));

    @Test
    void holdsRunToTheFirstDescendantUsingTheQubitOrToTheEnd() {
        List<Hold> holds = HoldRule.derive(OPS, Map.of("L1", List.of("a-S0", "m-S0"), "L2", List.of("m-S1", "b-S0")));
        assertThat(holds).containsExactly(new Hold("a-S0", "L1", Hold.END), new Hold("m-S0", "L1", "S"),
                new Hold("m-S1", "L2", "S"), new Hold("b-S0", "L2", Hold.END));
    }

    @Test
    void occupancyJoinsOperationsAndNonEmptyHolds() {
        List<Hold> holds = HoldRule.derive(OPS, Map.of("L1", List.of("a-S0", "m-S0"), "L2", List.of("m-S1", "b-S0")));
        Protocol p = new Protocol("d", List.of(), 11, OPS, holds);
        Map<String, List<Segment>> occ = p.occupancy();
        assertThat(occ.get("m-S0")).containsExactly(new Segment("m-S0", 0, 5), new Segment("m-S0", 5, 10), new Segment("m-S0", 10, 11));
        // L2 ends at 10 and S starts at 10: the empty hold adds no segment
        assertThat(occ.get("m-S1")).containsExactly(new Segment("m-S1", 5, 10), new Segment("m-S1", 10, 11));
        assertThat(occ.get("a-S0")).containsExactly(new Segment("a-S0", 0, 5), new Segment("a-S0", 5, 11));
        assertThat(p.busy("m-C0")).isEqualTo(10);
        assertThat(p.qubits()).containsExactly("a-C0", "a-S0", "m-C0", "m-S0", "m-S1", "b-C0", "b-S0");
    }

    @Test
    void hyperperiodIsTheLcm() {
        assertThat(Hyperperiod.of(List.of(64, 256, 128))).isEqualTo(256);
        assertThat(Hyperperiod.of(List.of(6, 4))).isEqualTo(12);
        assertThat(Hyperperiod.of(List.of())).isEqualTo(1);
    }

    @Test
    void linkSlotsRoundTheMeanGenerationTimeUp() {
        assertThat(new Capability(0.834, 20.837302311286685).slots(0.01)).isEqualTo(5);
        assertThat(new Capability(0.877, 14.15833266978285).slots(0.01)).isEqualTo(8);
        assertThat(new Capability(0.999, 100).slots(0.01)).isEqualTo(1);
    }
}
