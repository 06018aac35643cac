package dev.gantry.modeling.spi;

import dev.gantry.modeling.api.Literal;
import dev.gantry.modeling.api.SolveOptions;
import java.util.List;

/**
 * A compiled model that also solves under assumptions (modeling.md E1): what a backend declaring
 * {@link AssumptionSupport#NATIVE} returns from {@link Backend#compile}. No state is kept between calls; the model's
 * objective, if any, should be absent (CP-SAT rejects objective plus assumptions, or-tools#3943).
 */
public interface AssumingCompiled extends Compiled {
    /**
     * Solves with every literal of {@code assumptions} forced true.
     *
     * @return the result and, when it is INFEASIBLE, a subset of the assumptions that is infeasible with the rest of the
     *         model (empty when the model is infeasible without any assumption)
     */
    AssumptionOutcome solveAssuming(List<Literal> assumptions, SolveOptions options);
}
