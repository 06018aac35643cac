package dev.gantry.instances.quantum;

import dev.gantry.modeling.quantum.QuantumMetrics;
import dev.gantry.modeling.quantum.QuantumSchedule;
import java.util.Optional;

/**
 * A schedule as stored in a solution file (§4.3) or a {@code reference_results} entry: the instance path it names
 * (may be {@code null}), the solver id, the schedule, and the metrics and solve time the file states ({@code null}
 * when absent; a verifier recomputes metrics rather than trusting these).
 */
public record QuantumSolution(String instance, String solver, QuantumSchedule schedule, QuantumMetrics statedMetrics,
        Double solveTimeSeconds) {
    public Optional<QuantumMetrics> stated() {
        return Optional.ofNullable(statedMetrics);
    }
}
