package dev.gantry.modeling.travel;

import dev.gantry.modeling.api.Group;
import dev.gantry.modeling.api.IntVar;
import dev.gantry.modeling.api.LinExpr;
import dev.gantry.modeling.api.Model;
import dev.gantry.modeling.api.ModelBuilder;
import dev.gantry.modeling.api.Solution;
import java.util.List;

/**
 * A travel query compiled to a Gantry model (spec M1–M6): the city sequence, travel days, a transport per leg, one
 * stay per visited city, meals and one attraction per day, with every background rule and every user requirement a
 * named group (see {@link #REQUIREMENT_GROUPS} and {@link #RULE_GROUPS}). The budget is the parameter {@code budget},
 * so {@code model.withParam("budget", b)} asks about another budget without recompiling.
 *
 * <pre>{@code
 * TravelProblem tp = TravelProblem.of(query, sandbox);
 * SolveResult r = Backends.get("cpsat").solve(tp.model(TravelObjective.CHEAPEST), options);
 * TravelPlan plan = tp.decode(r.solution());
 * }</pre>
 */
public final class TravelProblem {
    public static final String BUDGET = TravelCompiler.BUDGET;
    public static final String HOUSE_RULE = TravelCompiler.HOUSE_RULE;
    public static final String ROOM_TYPE = TravelCompiler.ROOM_TYPE;
    /** The parent of the cuisine groups {@code cuisine/C}. */
    public static final String CUISINE = "cuisine";
    public static final String TRANSPORTATION = TravelCompiler.TRANSPORTATION;
    public static final String DESTINATION = TravelCompiler.DESTINATION;
    /** The groups of the user's requirements (spec M4); {@code cuisine/C} is one group per cuisine asked for. */
    public static final List<String> REQUIREMENT_GROUPS = List.of(TravelCompiler.BUDGET, TravelCompiler.HOUSE_RULE,
            TravelCompiler.ROOM_TYPE, TravelCompiler.CUISINE + "<C>", TravelCompiler.TRANSPORTATION, TravelCompiler.DESTINATION);
    /** The background rules (spec M3); the first two define the variables and are never candidates. */
    public static final List<String> RULE_GROUPS = List.of(TravelCompiler.ROUTE, TravelCompiler.SANDBOX,
            TravelCompiler.CURRENT_CITY, TravelCompiler.COMPLETE, TravelCompiler.DIVERSE_RESTAURANTS,
            TravelCompiler.DIVERSE_ATTRACTIONS, TravelCompiler.TRANSPORT_CONSISTENCY, TravelCompiler.MINIMUM_NIGHTS);

    private final TravelQuery query;
    private final Sandbox sandbox;
    private final Model base;
    private final TravelVariables vars;
    private final OfferedRecords offer;

    private TravelProblem(TravelQuery query, Sandbox sandbox, TravelCompiler.Compiled compiled) {
        this.query = query;
        this.sandbox = sandbox;
        this.base = compiled.model();
        this.vars = compiled.variables();
        this.offer = compiled.offer();
    }

    public static TravelProblem of(TravelQuery query, Sandbox sandbox) {
        return new TravelProblem(query, sandbox, TravelCompiler.compile(query, sandbox));
    }

    public TravelQuery query() {
        return query;
    }

    public Sandbox sandbox() {
        return sandbox;
    }

    /** The model with {@code objective}; every variant shares the variables, so {@link #decode} reads any of them. */
    public Model model(TravelObjective objective) {
        return switch (objective) {
            case NONE -> base;
            case CHEAPEST -> {
                ModelBuilder b = base.derive();
                b.minimize(vars.cost());
                yield b.build();
            }
            case BEST_RATED -> TravelCompiler.bestRated(base, vars, offer, query);
        };
    }

    /** The total cost of a plan (spec V1) over the model's variables: the budget group bounds it. */
    public LinExpr cost() {
        return vars.cost();
    }

    /**
     * The rating of a solution ({@link TravelObjective#BEST_RATED}): Σ 10·rating over its meals plus Σ nights·10·review
     * rate over its stays.
     */
    public long rating(Solution solution) {
        long sum = 0;
        for (List<IntVar> day : vars.meals()) {
            for (IntVar meal : day) {
                long id = solution.value(meal);
                sum += id > 0 ? TravelCompiler.score(offer.restaurants().get((int) id - 1)) : 0;
            }
        }
        for (int i = 0; i < vars.stay().size(); i++) {
            long stay = solution.value(vars.stay().get(i));
            sum += solution.value(vars.nights().get(i)) * TravelCompiler.score(offer.stays().get((int) stay - 1));
        }
        return sum;
    }

    /** The groups of the user's requirements present in this query's model, in M4 order. */
    public List<Group> requirementGroups() {
        return base.groups().stream().filter(g -> !g.name().startsWith("rules/")).toList();
    }

    /** The background-rule groups (M3), in order. */
    public List<Group> ruleGroups() {
        return base.groups().stream().filter(g -> g.name().startsWith("rules/")).toList();
    }

    /** How many restaurants, attractions and stays were offered (spec M1), for reports. */
    public String offeredSummary() {
        return offer.cities().size() + " cities, " + offer.restaurants().size() + " restaurants, " + offer.attractions().size()
                + " attractions, " + offer.stays().size() + " stays, " + vars.flights().size() + " flights";
    }

    /** The plan of a solution of any model of this problem (spec M6): exactly {@code days} days, strings as in T4. */
    public TravelPlan decode(Solution solution) {
        return TravelDecoder.decode(query, sandbox, offer, vars, solution);
    }

    /** The value of a model variable by index list, for tests: the visited cities in order. */
    public List<String> route(Solution solution) {
        return vars.city().subList(1, query.visitingCityNumber() + 1).stream()
                .map((IntVar c) -> offer.cities().get((int) solution.value(c) - 1)).toList();
    }
}
