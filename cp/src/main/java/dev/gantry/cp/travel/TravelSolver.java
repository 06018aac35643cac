package dev.gantry.cp.travel;

import dev.gantry.modeling.api.Backends;
import dev.gantry.modeling.api.Hint;
import dev.gantry.modeling.api.SolveOptions;
import dev.gantry.modeling.api.SolveResult;
import dev.gantry.modeling.travel.TravelObjective;
import dev.gantry.modeling.travel.TravelProblem;
import java.time.Duration;
import java.util.List;

/**
 * Solves a travel problem on a backend of the SPI. {@link TravelObjective#BEST_RATED} first looks for any plan and
 * hints it: maximising the rating under the budget is a knapsack over the meal slots, where a first solution can take
 * longer than the whole feasibility solve; when the limit ends before a rated solution, the feasible plan is returned.
 */
public final class TravelSolver {
    private TravelSolver() {
    }

    public static SolveResult solve(TravelProblem problem, TravelObjective objective, String backend, SolveOptions options) {
        if (objective != TravelObjective.BEST_RATED || options.hint().isPresent()) {
            return Backends.get(backend).solve(problem.model(objective), options);
        }
        long t0 = System.nanoTime();
        // a solution listener may read the objective, which the feasibility model has not
        SolveResult any = Backends.get(backend).solve(problem.model(TravelObjective.NONE), options.toBuilder().onSolution(null).build());
        if (!any.hasSolution()) {
            return any;
        }
        SolveOptions.Builder rated = options.toBuilder().hint(Hint.from(any));
        if (options.timeLimit().isPresent()) {
            Duration left = options.timeLimit().get().minusNanos(System.nanoTime() - t0);
            if (left.isNegative() || left.isZero()) {
                return any.withDiagnostics(List.of("no time left to maximise the rating: the plan is a feasible one"));
            }
            rated.timeLimit(left);
        }
        SolveResult best = Backends.get(backend).solve(problem.model(TravelObjective.BEST_RATED), rated.build());
        if (!best.hasSolution() && best.status() != dev.gantry.modeling.api.Status.INFEASIBLE) {
            return any.withDiagnostics(List.of("no better-rated plan found within the limit: the plan is a feasible one"));
        }
        return best;
    }
}
