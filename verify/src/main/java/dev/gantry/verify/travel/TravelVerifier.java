package dev.gantry.verify.travel;

import dev.gantry.modeling.travel.Sandbox;
import dev.gantry.modeling.travel.TravelPlan;
import dev.gantry.modeling.travel.TravelQuery;

/**
 * Verifies a travel plan against its query and sandbox (spec V1–V6), in strict mode (the intended semantics) or
 * compatible mode (the upstream evaluator's counting). Shares no code with the planner. A flight leg that cannot be
 * checked because the sandbox has no flight data is bad input ({@code InputFormatException}, naming day and number).
 */
public final class TravelVerifier {
    private TravelVerifier() {
    }

    public static TravelReport verify(TravelQuery query, Sandbox sandbox, TravelPlan plan, Mode mode) {
        TravelReport strict = new StrictVerifier(query, sandbox, plan).verify();
        if (mode == Mode.STRICT) {
            return strict;
        }
        return new CompatVerifier(query, sandbox, plan).verify(strict.warnings());
    }
}
