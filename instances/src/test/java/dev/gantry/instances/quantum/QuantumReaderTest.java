package dev.gantry.instances.quantum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.gantry.instances.TestData;
import dev.gantry.modeling.api.InputFormatException;
import dev.gantry.modeling.quantum.Hold;
import dev.gantry.modeling.quantum.OpType;
import dev.gantry.modeling.quantum.Protocol;
import dev.gantry.modeling.quantum.ProtocolOp;
import dev.gantry.modeling.quantum.QuantumInstance;
import dev.gantry.modeling.quantum.Segment;
import dev.gantry.modeling.quantum.Werner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantumReaderTest {
    static final String DIR = "quantum/linkscheduling_derived/";
    static final String STAR = DIR + "instance_star_F0.7_L10_s1.json";
    static final String H = DIR + "instance_H_F0.7_L20_s2.json";
    static final String LINE = DIR + "instance_line_F0.8_L10_s4.json";

    @ParameterizedTest
    @CsvSource({STAR + ",8,4", H + ",21,6", LINE + ",12,6"})
    void readsTheStagedInstancesWithOccupancyEqualToTheFile(String file, int demands, int nodes) throws IOException {
        // the loader throws when a recomputed occupancy differs from qubit_occupancy_slots
        QuantumInstance q = QuantumReader.read(TestData.require(file));
        assertThat(q.demands()).hasSize(demands);
        assertThat(q.protocols()).hasSize(demands);
        assertThat(q.network().nodes()).hasSize(nodes);
        assertThat(q.slotSeconds()).isEqualTo(0.01);
        for (Protocol p : q.protocols()) {
            // every staged protocol meets its demand's threshold without decay (the [LS] criterion)
            assertThat(Werner.protocolFidelity(p, q.network())).isGreaterThanOrEqualTo(q.demand(p.demand()).minFidelity());
            for (ProtocolOp o : p.ops()) {
                if (o.type() == OpType.LINK_GEN) {
                    int slots = q.network().link(o.link()).orElseThrow().capabilities().get(o.capabilityIndex()).slots(q.slotSeconds());
                    assertThat(slots).as(o.id()).isEqualTo(o.duration());
                }
            }
        }
    }

    @Test
    void derivesTheLineD01HoldsAndOccupancy() throws IOException {
        QuantumInstance q = QuantumReader.read(TestData.require(LINE));
        Protocol p = q.protocol("d01");
        assertThat(p.makespan()).isEqualTo(33);
        assertThat(p.holds()).contains(new Hold("3-S1", "L;2;3;2", "D;0;3;1"), new Hold("1-S0", "D;0;3;1", Hold.END),
                new Hold("2-S0", "L;2;3;2", "S;1;2"));
        assertThat(p.occupancy().get("3-S1")).containsExactly(new Segment("3-S1", 8, 16), new Segment("3-S1", 16, 32),
                new Segment("3-S1", 32, 33));
        ProtocolOp link = p.op("L;3;2;1").orElseThrow();
        assertThat(link.link()).isEqualTo("1-2");
        assertThat(link.capabilityIndex()).isZero();
        assertThat(q.demand("d01").legacyName()).isEqualTo("S=3, D=1, F=0.8, R=0.390625, ID=35");
        assertThat(q.demand("d01").period()).isEqualTo(256);
    }

    @Test
    void countsFortyOneStagedProtocols() throws IOException {
        int total = 0;
        for (String f : List.of(STAR, H, LINE)) {
            total += QuantumReader.read(TestData.require(f)).protocols().size();
        }
        assertThat(total).isEqualTo(41);
    }

    @ParameterizedTest
    @CsvSource({STAR, H, LINE})
    void referenceResultsRecomputeToTheirStatedMetrics(String file) throws IOException {
        Path path = TestData.require(file);
        QuantumInstance q = QuantumReader.read(path);
        var refs = QuantumSolutionJson.references(path, q);
        assertThat(refs.keySet()).containsExactly("PTS-NP-EDF", "RCPSP-NP-FPR", "RCPSP-NP-EDF");
        for (QuantumSolution s : refs.values()) {
            var stated = s.stated().orElseThrow();
            var computed = s.schedule().metrics(q);
            assertThat(computed.throughput()).isEqualTo(stated.throughput());
            assertThat(computed.maxResponseTime()).isCloseTo(stated.maxResponseTime(), within(1e-9));
            assertThat(computed.maxJitter()).isCloseTo(stated.maxJitter(), within(1e-12));
            assertThat(computed.acceptedCount()).isEqualTo(s.schedule().accepted().size());
        }
    }

    @Test
    void lineReferenceNumbers() throws IOException {
        Path path = TestData.require(LINE);
        QuantumInstance q = QuantumReader.read(path);
        QuantumSolution edf = QuantumSolutionJson.references(path, q).get("RCPSP-NP-EDF");
        assertThat(edf.schedule().accepted()).containsExactly("d00", "d01", "d02", "d03", "d04", "d06", "d07", "d08", "d11");
        assertThat(edf.schedule().hyperperiod()).isEqualTo(512);
        assertThat(edf.schedule().instances()).hasSize(48);
        assertThat(edf.schedule().metrics(q).throughput()).isEqualTo(9.375);
    }

    @Test
    void solutionRoundTrips() throws IOException {
        Path path = TestData.require(H);
        QuantumInstance q = QuantumReader.read(path);
        QuantumSolution ref = QuantumSolutionJson.references(path, q).get("RCPSP-NP-EDF");
        QuantumSolution mine = new QuantumSolution("x.json", "rcpsp-np-edf", ref.schedule(), null, 0.5);
        String text = QuantumSolutionJson.write(mine, q);
        QuantumSolution back = QuantumSolutionJson.parse("sol.json", text, q);
        assertThat(back.schedule()).isEqualTo(ref.schedule());
        assertThat(back.solver()).isEqualTo("rcpsp-np-edf");
        assertThat(back.solveTimeSeconds()).isEqualTo(0.5);
        assertThat(back.stated().orElseThrow().throughput()).isEqualTo(6.0546875);
    }

    @Test
    void readsV1WithExplicitLinksAndHolds() {
        QuantumInstance q = QuantumReader.parse("v1.json", V1, "v1");
        Protocol p = q.protocol("d00");
        assertThat(p.path()).containsExactly("0", "3", "2");
        assertThat(p.holds()).contains(new Hold("2-S0", "L;1;3;2", Hold.END));
        assertThat(p.op("L;1;3;2").orElseThrow().capabilityIndex()).isEqualTo(1);
        assertThat(q.hardware().memory().orElseThrow().tStorageSeconds()).isEqualTo(1.0);
        assertThat(p.occupancy().get("3-S0")).containsExactly(new Segment("3-S0", 0, 5), new Segment("3-S0", 5, 10),
                new Segment("3-S0", 10, 11));
        assertThat(Werner.protocolFidelity(p, q.network())).isCloseTo(Werner.swap(0.834, 0.834), within(1e-12));
    }

    @Test
    void badInputNamesFileLineAndField() {
        assertThatThrownBy(() -> QuantumReader.parse("q.json", V1.replace("\"src\": \"0\"", "\"src\": \"9\""), "q"))
                .isInstanceOf(InputFormatException.class).hasMessageContaining("q.json:").hasMessageContaining("demands[0].src: unknown node \"9\"");
        assertThatThrownBy(() -> QuantumReader.parse("q.json", V1.replace("\"link\": \"3-2\"", "\"link\": \"7-2\""), "q"))
                .hasMessageContaining("protocols[0].ops[1].link: unknown link \"7-2\"");
        assertThatThrownBy(() -> QuantumReader.parse("q.json", V1.replace("qnet-periodic-sched/v1", "qnet/v9"), "q"))
                .hasMessage("q.json:1: format: expected \"qnet-periodic-sched/v0\" or \"qnet-periodic-sched/v1\", found \"qnet/v9\"");
        assertThatThrownBy(() -> QuantumReader.parse("q.json", "{\"format\": ", "q"))
                .isInstanceOf(InputFormatException.class).hasMessageContaining("q.json:1: json: malformed JSON");
        assertThatThrownBy(() -> QuantumReader.parse("q.json", V1.replace("\"to\": \"S;0;3\"", "\"to\": \"S;9\""), "q"))
                .hasMessageContaining("protocols[0].holds[0].to: unknown operation \"S;9\"");
    }

    @Test
    void occupancyThatDisagreesWithTheOperationsIsRejected() throws IOException {
        String text = Files.readString(TestData.require(STAR));
        String broken = text.replaceFirst("\\[\\s*5,\\s*10\\s*\\]", "[5, 9]");
        assertThat(broken).isNotEqualTo(text);
        assertThatThrownBy(() -> QuantumReader.parse("star.json", broken, "star"))
                .isInstanceOf(InputFormatException.class).hasMessageContaining("qubit_occupancy_slots: qubit");
    }

    @Test
    void solutionWithUnknownDemandIsRejected() {
        QuantumInstance q = QuantumReader.parse("v1.json", V1, "v1");
        String sol = "{\"format\": \"qnet-periodic-sched-solution/v1\", \"hyperperiod_slots\": 128, \"accepted\": [\"d00\"],\n"
                + " \"instance_schedule\": [\n {\"demand\": \"d07\", \"instance\": 0, \"start_slot\": 0, \"end_slot\": 11}]}";
        assertThatThrownBy(() -> QuantumSolutionJson.parse("s.json", sol, q))
                .hasMessage("s.json:3: instance_schedule[0].demand: unknown demand \"d07\"");
    }

    static final String V1 = """
            {"format": "qnet-periodic-sched/v1",
             "time": {"slot_s": 0.01},
             "hardware": {"swap_slots": 1, "distill_slots": 1, "classical_lag_slots": 0,
               "memory": {"model": "depolarising", "T_s": {"comm": 1.46, "storage": 1.0}, "max_hold_slots": null}},
             "network": {"nodes": [
                 {"id": "0", "role": "end", "comm_qubits": ["0-C0"], "storage_qubits": ["0-S0"]},
                 {"id": "2", "role": "end", "comm_qubits": ["2-C0"], "storage_qubits": ["2-S0"]},
                 {"id": "3", "role": "repeater", "comm_qubits": ["3-C0"], "storage_qubits": ["3-S0", "3-S1"]}],
               "links": [
                 {"id": "0-3", "u": "0", "v": "3", "length_km": 5, "capabilities": [{"fidelity": 0.877, "rate_hz": 14.16}, {"fidelity": 0.834, "rate_hz": 20.84}]},
                 {"id": "3-2", "u": "3", "v": "2", "length_km": 5, "capabilities": [{"fidelity": 0.877, "rate_hz": 14.16}, {"fidelity": 0.834, "rate_hz": 20.84}]}]},
             "demands": [{"id": "d00", "legacy_name": "x", "src": "0", "dst": "2", "min_fidelity": 0.7,
               "rate_hz": 0.78125, "period_slots": 128, "relative_deadline_slots": 128}],
             "protocols": [{"demand": "d00", "path": ["0","3","2"], "expected_fidelity": 0.7045, "makespan_slots": 11,
               "ops": [{"id": "L;0;0;3", "type": "LINK_GEN", "link": "0-3", "capability_index": 1,
                        "offset_slots": 0, "duration_slots": 5, "qubits": ["0-C0","0-S0","3-C0","3-S0"], "preds": []},
                       {"id": "L;1;3;2", "type": "LINK_GEN", "link": "3-2", "capability_index": 1,
                        "offset_slots": 5, "duration_slots": 5, "qubits": ["2-C0","2-S0","3-C0","3-S1"], "preds": []},
                       {"id": "S;0;3", "type": "SWAP", "node": "3", "offset_slots": 10, "duration_slots": 1,
                        "qubits": ["3-S0","3-S1"], "preds": ["L;0;0;3","L;1;3;2"]}],
               "holds": [{"qubit": "3-S0", "from": "L;0;0;3", "to": "S;0;3"}, {"qubit": "3-S1", "from": "L;1;3;2", "to": "S;0;3"},
                         {"qubit": "0-S0", "from": "L;0;0;3", "to": "END"}, {"qubit": "2-S0", "from": "L;1;3;2", "to": "END"}]}]}
            """;
}
