package dev.gantry.cp.travel;

import dev.gantry.cp.explain.Direction;
import dev.gantry.cp.explain.RepairRequest;
import dev.gantry.modeling.api.Model;
import dev.gantry.modeling.api.SolveOptions;
import dev.gantry.modeling.api.SolveResult;
import dev.gantry.modeling.api.Status;
import dev.gantry.modeling.spi.Backend;
import dev.gantry.modeling.travel.TravelObjective;
import dev.gantry.modeling.travel.TravelPlan;
import dev.gantry.modeling.travel.TravelProblem;
import dev.gantry.modeling.travel.TravelQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The travel side of the explainer (spec travel §4): what the generic {@link dev.gantry.cp.explain.Explainer} reads —
 * the feasibility model with the cuisines folded into one group (X2, depth 1) and the candidate groups (X1) — and what
 * it cannot know: each correction applied to the query, re-solved and its plan verified (X3), the least budget of each
 * correction that drops the budget, proven exact (X4), and the visiting-city counts that would make the query feasible
 * (M4: {@code city-count} is structural, tested by re-solving).
 *
 * <pre>{@code
 * TravelProblem tp = TravelProblem.of(query, sandbox);
 * Explainer ex = Explainer.of(Backends.get("cpsat"), ExplainOptions.defaults().withEnumeration(true)
 *         .withCandidates(TravelExplainer.candidates(tp, false).toArray(String[]::new)));
 * Explanation e = ex.explain(TravelExplainer.model(tp));
 * List<TravelCorrection> fixes = TravelExplainer.corrections(tp, e.all().orElseThrow().mcses(), backend, options, verifier);
 * }</pre>
 */
public final class TravelExplainer {
    /** The M3 rules that define the variables: never candidates, not even with the rules included. */
    private static final List<String> DEFINING_RULES = TravelProblem.RULE_GROUPS.subList(0, 2);

    private TravelExplainer() {
    }

    /** The model to explain: feasibility only (objectives are dropped when explaining), cuisines folded. */
    public static Model model(TravelProblem problem) {
        return model(problem, TravelObjective.NONE);
    }

    /** The problem's model with {@code objective}, its groups named as the explanation names them. */
    private static Model model(TravelProblem problem, TravelObjective objective) {
        return problem.model(objective).folded(TravelProblem.CUISINE);
    }

    /**
     * X1: the user's requirements (M4) and, with {@code includeRules}, the commonsense rules (M3) but route and sandbox.
     * Without flight data, {@code transportation} stays in the background: dropping "no flight" could not add flights,
     * so blaming or clearing it would be a guess.
     */
    public static List<String> candidates(TravelProblem problem, boolean includeRules) {
        return model(problem).groups().stream().map(g -> g.name())
                .filter(n -> !n.startsWith("rules/") || includeRules && !DEFINING_RULES.contains(n))
                .filter(n -> problem.sandbox().flightsKnown() || !n.equals(TravelProblem.TRANSPORTATION)).toList();
    }

    /** X4: the budget, raised as little as possible. */
    public static RepairRequest budgetRepair() {
        return RepairRequest.of(TravelProblem.BUDGET, Direction.INCREASE).phrased("a budget of ${value}");
    }

    /** X3/X4 for each correction set, in order. */
    public static List<TravelCorrection> corrections(TravelProblem problem, List<List<String>> corrections, Backend backend,
                                                     SolveOptions options, PlanVerifier verifier) {
        return corrections.stream().map(c -> apply(problem, c, backend, options, verifier)).toList();
    }

    /**
     * The query without {@code groups}: its cheapest plan, verified on the corrected query; with the budget dropped, the
     * plan's cost is the least feasible budget, and one dollar less is re-solved to prove it exact.
     */
    public static TravelCorrection apply(TravelProblem problem, List<String> groups, Backend backend, SolveOptions options,
                                         PlanVerifier verifier) {
        List<String> failures = new ArrayList<>();
        TravelQuery corrected = problem.query();
        for (String g : groups) {
            corrected = switch (g) {
                case TravelProblem.BUDGET -> corrected; // set below to the least feasible budget
                case TravelProblem.HOUSE_RULE -> corrected.withHouseRule(Optional.empty());
                case TravelProblem.ROOM_TYPE -> corrected.withRoomType(Optional.empty());
                case TravelProblem.CUISINE -> corrected.withCuisines(List.of());
                case TravelProblem.TRANSPORTATION -> corrected.withTransport(Optional.empty());
                default -> {
                    failures.add(g + " is no field of the query: the plan is checked against the query that still states it");
                    yield corrected;
                }
            };
        }
        Model cheapest = model(problem, TravelObjective.CHEAPEST).without(groups);
        SolveResult r = backend.solve(cheapest, options);
        if (!r.hasSolution()) {
            failures.add("the corrected query has no plan (" + r.status() + ")");
            return new TravelCorrection(groups, corrected, Optional.empty(), OptionalLong.empty(), OptionalLong.empty(), false, false, failures);
        }
        TravelPlan plan = problem.decode(r.solution());
        long cost = r.objective();
        OptionalLong budget = OptionalLong.empty();
        boolean exact = false;
        if (groups.contains(TravelProblem.BUDGET)) {
            budget = OptionalLong.of(cost);
            corrected = corrected.withBudget(Math.toIntExact(cost));
            if (r.status() != Status.OPTIMAL) {
                failures.add("the least budget is not proven: the search ended " + r.status() + " at " + cost);
            } else {
                exact = cost == 0 || infeasibleAt(problem, groups, cost - 1, backend, options, failures);
            }
        }
        failures.addAll(verifier.failures(corrected, plan));
        return new TravelCorrection(groups, corrected, Optional.of(plan), OptionalLong.of(cost), budget, exact, failures.isEmpty(), failures);
    }

    /** Whether the query without {@code groups} but with budget {@code budget} is proven infeasible. */
    private static boolean infeasibleAt(TravelProblem problem, List<String> groups, long budget, Backend backend, SolveOptions options,
                                        List<String> failures) {
        List<String> others = groups.stream().filter(g -> !g.equals(TravelProblem.BUDGET)).toList();
        SolveResult below = backend.solve(model(problem).without(others).withParam(TravelProblem.BUDGET, budget), options);
        if (below.status() != Status.INFEASIBLE) {
            failures.add("a budget of $" + budget + " is " + (below.hasSolution() ? "feasible too" : "not decided (" + below.status() + ")"));
            return false;
        }
        return true;
    }

    /**
     * M4 {@code city-count}: the other numbers of cities for which the query, every requirement kept, has a plan — a
     * city destination is one city (TravelPlanner's 3-day trips), a state 2 or 3, always fewer than the days and within
     * the candidate cities.
     */
    public static List<Integer> feasibleCityCounts(TravelProblem problem, Backend backend, SolveOptions options) {
        List<Integer> feasible = new ArrayList<>();
        for (int k : otherCityCounts(problem)) {
            TravelProblem other = TravelProblem.of(problem.query().withVisitingCityNumber(k), problem.sandbox());
            if (backend.solve(other.model(TravelObjective.NONE), options).hasSolution()) {
                feasible.add(k);
            }
        }
        return feasible;
    }

    /** The numbers of cities {@link #feasibleCityCounts} tries. */
    public static List<Integer> otherCityCounts(TravelProblem problem) {
        TravelQuery q = problem.query();
        int candidates = problem.sandbox().candidateCities(q).size();
        List<Integer> counts = new ArrayList<>();
        for (int k = q.destIsCity() ? 1 : 2; k <= (q.destIsCity() ? 1 : 3); k++) {
            if (k != q.visitingCityNumber() && k < q.days() && k <= candidates) {
                counts.add(k);
            }
        }
        return counts;
    }
}
