package dev.gantry.cp.travel;

import dev.gantry.modeling.travel.TravelPlan;
import dev.gantry.modeling.travel.TravelQuery;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A correction set applied (spec X3/X4): the query without those requirements, re-solved for the cheapest plan, and
 * that plan verified. When the budget is among the groups, {@code budget} is the least budget that restores
 * feasibility with the other groups dropped (the cheapest plan's cost), {@code budgetExact} when one dollar less was
 * proven infeasible.
 *
 * @param groups       the groups dropped (names as the explanation reports them)
 * @param query        the query as corrected: the dropped requirements cleared, the budget set to {@code budget}
 * @param plan         the cheapest plan of the corrected query, when one was found
 * @param cost         its cost
 * @param budget       the least feasible budget, when {@code budget} is dropped
 * @param budgetExact  {@code budget − 1} was proven infeasible
 * @param verified     the plan passes the {@link PlanVerifier} on the corrected query
 * @param failures     what the verifier or the solve reported otherwise
 */
public record TravelCorrection(List<String> groups, TravelQuery query, Optional<TravelPlan> plan, OptionalLong cost,
                               OptionalLong budget, boolean budgetExact, boolean verified, List<String> failures) {
    public TravelCorrection {
        groups = List.copyOf(groups);
        failures = List.copyOf(failures);
    }
}
