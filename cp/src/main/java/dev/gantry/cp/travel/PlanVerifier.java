package dev.gantry.cp.travel;

import dev.gantry.modeling.travel.TravelPlan;
import dev.gantry.modeling.travel.TravelQuery;
import java.util.List;

/**
 * Judges a plan against a query over the problem's sandbox, independently of the model: in Gantry the strict mode of
 * {@code dev.gantry.verify.travel.TravelVerifier} (module {@code verify}, which {@code cp} does not depend on).
 */
@FunctionalInterface
public interface PlanVerifier {
    /** The checks the plan fails (empty: it passes). */
    List<String> failures(TravelQuery query, TravelPlan plan);
}
