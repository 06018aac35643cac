package dev.gantry.modeling.spi;

import dev.gantry.modeling.api.Literal;
import dev.gantry.modeling.api.SolveResult;
import java.util.List;

/** A solve under assumptions: the result, and for an INFEASIBLE one the assumptions the backend blames (its core). */
public record AssumptionOutcome(SolveResult result, List<Literal> core) {
    public AssumptionOutcome {
        core = List.copyOf(core);
    }
}
