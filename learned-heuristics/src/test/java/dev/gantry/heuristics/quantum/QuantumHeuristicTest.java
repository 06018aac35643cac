package dev.gantry.heuristics.quantum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.gantry.instances.TestData;
import dev.gantry.instances.quantum.QuantumReader;
import dev.gantry.instances.quantum.QuantumSolution;
import dev.gantry.instances.quantum.QuantumSolutionJson;
import dev.gantry.modeling.quantum.QuantumInstance;
import dev.gantry.modeling.quantum.QuantumMetrics;
import dev.gantry.modeling.quantum.QuantumSchedule;
import dev.gantry.verify.quantum.QuantumCheckOptions;
import dev.gantry.verify.quantum.QuantumReport;
import dev.gantry.verify.quantum.QuantumVerifier;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** §4.4 (1): each scheduler reproduces the [LS] reference_results of the three staged instances. */
class QuantumHeuristicTest {
    private static final String DIR = "quantum/linkscheduling_derived/";

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "instance_star_F0.7_L10_s1.json, pts-np-edf, 7, 3.90625",
            "instance_star_F0.7_L10_s1.json, rcpsp-np-fpr, 7, 3.90625",
            "instance_star_F0.7_L10_s1.json, rcpsp-np-edf, 7, 3.90625",
            "instance_H_F0.7_L20_s2.json, pts-np-edf, 3, 2.734375",
            "instance_H_F0.7_L20_s2.json, rcpsp-np-fpr, 3, 2.734375",
            "instance_H_F0.7_L20_s2.json, rcpsp-np-edf, 6, 6.0546875",
            "instance_line_F0.8_L10_s4.json, pts-np-edf, 7, 7.6171875",
            "instance_line_F0.8_L10_s4.json, rcpsp-np-fpr, 7, 7.6171875",
            "instance_line_F0.8_L10_s4.json, rcpsp-np-edf, 9, 9.375"})
    void reproducesTheReferenceResults(String file, String engine, int accepted, double throughput) throws IOException {
        Path path = TestData.require(DIR + file);
        QuantumInstance q = QuantumReader.read(path);
        QuantumHeuristic h = QuantumHeuristic.byId(engine).orElseThrow();
        QuantumSolution reference = QuantumSolutionJson.references(path, q).get(h.referenceName());
        QuantumSchedule mine = h.admit(q);
        QuantumSchedule ref = reference.schedule();
        assertThat(mine.accepted()).hasSize(accepted).containsExactlyElementsOf(ref.accepted());
        assertThat(mine.hyperperiod()).isEqualTo(ref.hyperperiod());
        assertThat(new HashSet<>(mine.instances())).isEqualTo(new HashSet<>(ref.instances()));
        assertThat(mine.instances()).hasSameSizeAs(ref.instances());
        QuantumReport report = QuantumVerifier.verify(q, mine, QuantumCheckOptions.DEFAULT);
        assertThat(report.report().violations()).isEmpty();
        assertThat(report.report().objective().doubleValue()).isEqualTo(throughput);
        QuantumMetrics m = mine.metrics(q);
        QuantumMetrics stated = reference.stated().orElseThrow();
        assertThat(m.throughput()).isEqualTo(throughput).isEqualTo(stated.throughput());
        assertThat(m.maxResponseTime()).isCloseTo(stated.maxResponseTime(), within(1e-9));
        assertThat(m.maxJitter()).isCloseTo(stated.maxJitter(), within(1e-12));
    }
}
