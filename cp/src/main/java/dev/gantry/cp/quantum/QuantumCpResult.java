package dev.gantry.cp.quantum;

import dev.gantry.modeling.api.SolveResult;
import dev.gantry.modeling.quantum.QuantumSchedule;
import java.util.Optional;

/**
 * The solver's result, the decoded schedule when it found one (status OPTIMAL when every stage was proven), and how
 * many pair conflicts were proven and cut before the solve.
 */
public record QuantumCpResult(SolveResult result, Optional<QuantumSchedule> schedule, int conflicts) {
}
