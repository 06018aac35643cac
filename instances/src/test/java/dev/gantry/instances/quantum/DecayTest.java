package dev.gantry.instances.quantum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.gantry.instances.TestData;
import dev.gantry.modeling.quantum.Decay;
import dev.gantry.modeling.quantum.MemoryModel;
import dev.gantry.modeling.quantum.Protocol;
import dev.gantry.modeling.quantum.QuantumInstance;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The §3.2 table: decay-aware fidelity of the staged protocols at their rigid offsets, T = 1 s for every qubit. */
class DecayTest {
    private static final MemoryModel ONE_SECOND = new MemoryModel(1.0, 1.0, null);

    @Test
    void stagedProtocolsMatchTheSpecTable() throws IOException {
        Map<Integer, Set<Double>> byMakespan = new HashMap<>();
        for (String f : new String[] {QuantumReaderTest.STAR, QuantumReaderTest.H, QuantumReaderTest.LINE}) {
            QuantumInstance q = QuantumReader.read(TestData.require(f));
            for (Protocol p : q.protocols()) {
                double fidelity = Decay.rigidFidelity(p, q.network(), ONE_SECOND, q.slotSeconds());
                byMakespan.computeIfAbsent(p.makespan(), k -> new TreeSet<>()).add(Math.round(fidelity * 1000) / 1000.0);
            }
        }
        assertThat(byMakespan.get(11)).containsExactly(0.661);   // star and H, 2 hops
        assertThat(byMakespan.get(55)).containsExactly(0.473);   // H, 3 hops
        assertThat(byMakespan.get(33)).containsExactly(0.663);   // line, 2 hops
        assertThat(byMakespan.get(144)).containsExactly(0.307);  // line, 3 hops
        assertThat(byMakespan.get(5)).containsExactly(0.834);    // one link, no wait
    }

    @Test
    void hMaxIsZeroForMultiHopAndLargeForOneLink() throws IOException {
        QuantumInstance q = QuantumReader.read(TestData.require(QuantumReaderTest.H));
        Protocol twoHop = q.protocols().stream().filter(p -> p.makespan() == 11).findFirst().orElseThrow();
        double minF = q.demand(twoHop.demand()).minFidelity();
        assertThat(Decay.maxHoldSlots(twoHop, q.network(), ONE_SECOND, q.slotSeconds(), minF, 1000)).isZero();
        assertThat(Decay.uniformWaitFidelity(twoHop, q.network(), ONE_SECOND, q.slotSeconds(), 0))
                .isCloseTo(0.7045, within(1e-4));
        // 0.834 at wait h: w = 0.7787·exp(−0.02h) ≥ (4·0.7 − 1)/3 = 0.6 → h ≤ 13.04
        QuantumInstance line = QuantumReader.read(TestData.require(QuantumReaderTest.LINE));
        Protocol oneLink = line.protocols().stream().filter(p -> p.makespan() == 5).findFirst().orElseThrow();
        assertThat(Decay.maxHoldSlots(oneLink, line.network(), ONE_SECOND, line.slotSeconds(), 0.7, 1000)).isEqualTo(13);
        assertThat(Decay.maxHoldSlots(oneLink, line.network(), ONE_SECOND, line.slotSeconds(), 0.9, 1000)).isEqualTo(-1);
    }
}
