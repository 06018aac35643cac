package dev.gantry.cli.travel;

import dev.gantry.cli.family.Finding;
import dev.gantry.cli.family.QueryOptions;
import dev.gantry.cli.family.SolveOutcome;
import dev.gantry.cli.family.SolveRequest;
import dev.gantry.cli.family.UsageException;
import dev.gantry.cp.travel.TravelSolver;
import dev.gantry.instances.travel.TravelInstance;
import dev.gantry.instances.travel.TravelPlanWriter;
import dev.gantry.modeling.api.PresolveEffort;
import dev.gantry.modeling.api.SolveOptions;
import dev.gantry.modeling.api.SolveResult;
import dev.gantry.modeling.api.Status;
import dev.gantry.modeling.travel.QueryOverride;
import dev.gantry.modeling.travel.Sandbox;
import dev.gantry.modeling.travel.TransportMode;
import dev.gantry.modeling.travel.TransportRestriction;
import dev.gantry.modeling.travel.TravelObjective;
import dev.gantry.modeling.travel.TravelPlan;
import dev.gantry.modeling.travel.TravelProblem;
import dev.gantry.modeling.travel.TravelQuery;
import dev.gantry.verify.travel.Mode;
import dev.gantry.verify.travel.TravelReport;
import dev.gantry.verify.travel.TravelVerifier;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code gantry solve QUERY --problem travel}: the query (with its {@code --set} overrides) over its sandbox, compiled
 * (spec M1–M5), solved, decoded (M6) and verified in strict and compat mode before the plan is written.
 */
final class TravelSolve {
    /** best-rated proves optimality slowly (a knapsack under the budget): without --time-limit it stops here. */
    static final Duration BEST_RATED_DEFAULT_LIMIT = Duration.ofSeconds(10);

    private TravelSolve() {
    }

    /** The query of an instance with the overrides applied, checked against the sandbox again (dest may change). */
    static TravelQuery query(TravelInstance in, List<String> overrides, String instance) {
        TravelQuery q = QueryOverride.applyAll(in.query(), QueryOverride.parseAll(overrides));
        TravelInstance.check(q, instance, in.sandbox(), "the sandbox");
        return q;
    }

    static TravelObjective objective(Optional<String> label) {
        String l = label.orElse(TravelObjective.CHEAPEST.label());
        return TravelObjective.fromLabel(l).orElseThrow(() -> new UsageException("--objective is one of "
                + Arrays.stream(TravelObjective.values()).map(TravelObjective::label).collect(Collectors.joining(", ")) + ", not '" + l + "'"));
    }

    /**
     * Spec F3: without flight data a query that allows flights is refused, unless {@code --ground-only}; returns whether
     * flights are considered.
     */
    static boolean flightsConsidered(TravelQuery q, Sandbox sb, boolean groundOnly) {
        if (sb.flightsKnown()) {
            if (groundOnly) {
                throw new UsageException("--ground-only is for --database without --flights; here flights are known"
                        + " (use --set transportation='no flight' to forbid them)");
            }
            return true;
        }
        if (q.transport().map(t -> t == TransportRestriction.NO_FLIGHT).orElse(false) || groundOnly) {
            return false;
        }
        throw new UsageException("no flight data: pass --flights FILE in TravelPlanner's layout or a reference file, or forbid"
                + " flights (--set transportation='no flight' or --ground-only); legs that may need a flight: " + legsWithoutRoad(q, sb));
    }

    /** The legs between org and the candidate cities that have no road route (only a flight could serve them). */
    private static String legsWithoutRoad(TravelQuery q, Sandbox sb) {
        List<String> cities = new ArrayList<>();
        cities.add(q.org());
        cities.addAll(sb.candidateCities(q));
        List<String> legs = new ArrayList<>();
        for (String a : cities) {
            for (String b : cities) {
                if (!a.equals(b) && sb.route(a, b, TransportMode.SELF_DRIVING).isEmpty() && sb.route(a, b, TransportMode.TAXI).isEmpty()) {
                    legs.add(a + " to " + b);
                }
            }
        }
        if (legs.isEmpty()) {
            return "any (every leg also has a road route)";
        }
        return legs.size() <= 6 ? String.join(", ", legs) : String.join(", ", legs.subList(0, 6)) + " and " + (legs.size() - 6) + " more";
    }

    static SolveOutcome solve(SolveRequest request) throws IOException {
        QueryOptions options = request.query();
        TravelObjective objective = objective(options.objective());
        List<QueryOverride> parsed = QueryOverride.parseAll(options.overrides()); // bad --set fails before any loading
        TravelInstance in = TravelFamily.load(request.instance(), request.data());
        TravelQuery q = query(in, options.overrides(), request.instance());
        boolean flights = flightsConsidered(q, in.sandbox(), options.groundOnly());
        List<String> diagnostics = new ArrayList<>(in.diagnostics());
        parsed.forEach(o -> diagnostics.add("query changed: " + o));

        long t0 = System.nanoTime();
        TravelProblem tp = TravelProblem.of(q, in.sandbox());
        long buildMillis = (System.nanoTime() - t0) / 1_000_000;
        // travel models are small table models: CP-SAT's probing costs more than it saves (about half the solve time)
        SolveOptions.Builder so = request.cpOptions("cost").presolve(PresolveEffort.LIGHT);
        if (objective != TravelObjective.CHEAPEST) {
            // progress lines print the objective: NONE has none, and BEST_RATED's mixes rating and cost
            so.onSolution(null);
        }
        if (objective == TravelObjective.BEST_RATED && request.timeLimit().isEmpty()) {
            so.timeLimit(BEST_RATED_DEFAULT_LIMIT);
            diagnostics.add("best-rated without --time-limit stops after " + BEST_RATED_DEFAULT_LIMIT.toSeconds() + " s");
        }
        SolveResult r = TravelSolver.solve(tp, objective, request.engine(), so.build());
        long millis = (System.nanoTime() - t0) / 1_000_000;
        diagnostics.addAll(r.diagnostics());

        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("objectiveKind", objective.label());
        extras.put("flightsConsidered", flights);
        extras.put("overrides", parsed.stream().map(QueryOverride::toString).toList());
        Status status = r.status();
        if (!r.hasSolution()) {
            if (status == Status.INFEASIBLE && !flights) {
                status = Status.UNKNOWN; // F3: without flights this proves only that no ground-only plan exists
                diagnostics.add("no plan without flights; with flight data there may be one");
            } else if (status == Status.INFEASIBLE) {
                diagnostics.add("no plan meets every requirement: run 'gantry explain " + request.instance()
                        + " --problem travel' (with the same --set options) to see which requirements conflict");
            }
            return new SolveOutcome(request.instance(), status, null, null, millis, buildMillis, false, List.of(), diagnostics, extras);
        }
        TravelPlan plan = tp.decode(r.solution());
        TravelReport strict = TravelVerifier.verify(q, in.sandbox(), plan, Mode.STRICT);
        TravelReport compat = TravelVerifier.verify(q, in.sandbox(), plan, Mode.COMPAT);
        List<Finding> violations = new ArrayList<>();
        violations.addAll(findings(strict));
        violations.addAll(findings(compat));
        if (request.out().isPresent()) {
            TravelPlanWriter.write(plan, request.out().get());
        }
        extras.put("cost", strict.cost());
        extras.put("route", tp.route(r.solution()));
        extras.put("strictValid", strict.valid());
        extras.put("compatValid", compat.valid());
        Number value = objective == TravelObjective.BEST_RATED ? tp.rating(r.solution()) : strict.cost();
        // best-rated's solver bound is on rating·W − cost; only the bound on the cost speaks in the plan's terms
        Number bound = r.bestBound().isPresent() && objective == TravelObjective.CHEAPEST ? r.bestBound().getAsLong() : null;
        return new SolveOutcome(request.instance(), status, value, bound, millis, buildMillis, strict.valid() && compat.valid(),
                violations, diagnostics, extras);
    }

    private static List<Finding> findings(TravelReport report) {
        String mode = report.mode().name().toLowerCase(Locale.ROOT);
        return report.toVerificationReport().violations().stream()
                .map(v -> new Finding(mode + ": " + v.check(), v.items(), v.reason())).toList();
    }
}
