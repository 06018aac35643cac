package dev.gantry.cli.travel;

import dev.gantry.cli.family.ExplainExtras;
import dev.gantry.cli.family.ExplainRequest;
import dev.gantry.cli.family.ExplainTarget;
import dev.gantry.cli.family.UsageException;
import dev.gantry.cp.explain.ExplainOptions;
import dev.gantry.cp.explain.Explanation;
import dev.gantry.cp.explain.ExplanationStatus;
import dev.gantry.cp.explain.ExplainedGroup;
import dev.gantry.cp.travel.PlanVerifier;
import dev.gantry.cp.travel.TravelCorrection;
import dev.gantry.cp.travel.TravelExplainer;
import dev.gantry.instances.travel.TravelInstance;
import dev.gantry.modeling.api.Hint;
import dev.gantry.modeling.api.Model;
import dev.gantry.modeling.api.PresolveEffort;
import dev.gantry.modeling.api.SolveOptions;
import dev.gantry.modeling.spi.Backend;
import dev.gantry.modeling.travel.Sandbox;
import dev.gantry.modeling.travel.TravelEvidence;
import dev.gantry.modeling.travel.TravelProblem;
import dev.gantry.modeling.travel.TravelQuery;
import dev.gantry.verify.travel.Mode;
import dev.gantry.verify.travel.TravelReport;
import dev.gantry.verify.travel.TravelVerifier;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code gantry explain QUERY --problem travel} (spec travel §4): the query with its {@code --set} variants, compiled,
 * explained over the user's requirements (and with {@code --include-rules} the commonsense rules); then every reported
 * correction is applied, re-solved and its plan verified in strict mode, with the least budget where the correction
 * drops the budget, and the numbers of cities that would make the query feasible.
 */
final class TravelExplain {
    /** Limit of one follow-up solve, in checks: the cheapest plan of a corrected query is an optimisation. */
    private static final int SOLVE_CHECKS = 4;

    private TravelExplain() {
    }

    static ExplainTarget target(ExplainRequest request) throws IOException {
        if (request.query().groundOnly()) {
            throw new UsageException("explain cannot use --ground-only: without flights it could not prove a query infeasible");
        }
        if (request.query().objective().isPresent()) {
            throw new UsageException("explain takes no --objective: it asks whether any plan meets the requirements");
        }
        TravelInstance in = TravelFamily.load(request.instance(), request.data());
        TravelQuery q = TravelSolve.query(in, request.query().overrides(), request.instance());
        TravelSolve.flightsConsidered(q, in.sandbox(), false); // X6: no explanation without flight data when flights are allowed
        TravelProblem tp = TravelProblem.of(q, in.sandbox());
        String name = request.instance() + request.query().overrides().stream().map(o -> " --set " + o).reduce("", String::concat);
        Model model = TravelExplainer.model(tp);
        return ExplainTarget.of(name, model, TravelExplainer.candidates(tp, request.includeRules()), List.of(),
                        List.of(TravelExplainer.budgetRepair()), Hint.of(Map.of()))
                .withFollowUp((e, backend, options) -> followUp(tp, model, e, backend, options));
    }

    /** The strict verifier of spec V2 as the explainer's independent check of corrected plans. */
    private static PlanVerifier strict(Sandbox sandbox) {
        return (query, plan) -> {
            TravelReport report = TravelVerifier.verify(query, sandbox, plan, Mode.STRICT);
            return report.failed().stream().map(c -> "fails " + c.title() + ": " + String.join("; ", report.result(c).reasons())).toList();
        };
    }

    /** The solve options of follow-up solves: the explanation's workers, seed and light presolve, a few checks' time each. */
    private static SolveOptions solveOptions(ExplainOptions options) {
        return SolveOptions.builder().workers(options.workers()).seed(options.seed()).presolve(PresolveEffort.LIGHT)
                .timeLimit(options.checkTimeLimit().multipliedBy(SOLVE_CHECKS)).build();
    }

    /** {@code model}: the model the explanation was computed on, whose labels the sentences quote. */
    private static ExplainExtras followUp(TravelProblem tp, Model model, Explanation e, Backend backend, ExplainOptions options) {
        if (e.status() != ExplanationStatus.INFEASIBLE && e.status() != ExplanationStatus.BACKGROUND_INFEASIBLE) {
            return ExplainExtras.none();
        }
        SolveOptions so = solveOptions(options);
        List<String> sentences = new ArrayList<>();
        Map<String, Object> json = new LinkedHashMap<>();
        if (e.status() == ExplanationStatus.INFEASIBLE) {
            Map<String, List<String>> evidence = TravelEvidence.of(tp.query(), tp.sandbox(), e.groups().stream().map(ExplainedGroup::name).toList());
            json.put("evidence", evidence);
            evidence.forEach((group, facts) -> sentences.add("Why " + group + ": " + String.join("; ", facts) + "."));
            List<TravelCorrection> applied = TravelExplainer.corrections(tp, correctionSets(e), backend, so, strict(tp.sandbox()));
            json.put("corrections", applied.stream().map(TravelExplain::toJson).toList());
            applied.forEach(c -> sentences.add(sentence(c, model)));
            boolean budgetBlamed = e.groups().stream().anyMatch(g -> g.name().equals(TravelProblem.BUDGET));
            if (!budgetBlamed) {
                sentences.add("Raising the budget alone does not help: the conflict does not involve the budget.");
            }
        }
        if (!tp.sandbox().flightsKnown() && tp.query().transport().isPresent()) {
            sentences.add("Without flight data, \"No flights\" is kept as given: dropping it could not add flights.");
        }
        List<Integer> counts = TravelExplainer.feasibleCityCounts(tp, backend, so);
        json.put("feasibleCityCounts", counts);
        if (!counts.isEmpty()) {
            sentences.add("With " + String.join(" or ", counts.stream().map(String::valueOf).toList()) + " cities instead of "
                    + tp.query().visitingCityNumber() + " the query, every requirement kept, has a plan.");
        }
        return new ExplainExtras(json, sentences);
    }

    /** Every MCS when they were enumerated, else the cheapest correction. */
    private static List<List<String>> correctionSets(Explanation e) {
        if (e.all().isPresent()) {
            return e.all().get().mcses();
        }
        return e.correction().map(c -> List.of(c.groups().stream().map(ExplainedGroup::name).toList())).orElse(List.of());
    }

    private static Map<String, Object> toJson(TravelCorrection c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("groups", c.groups());
        m.put("cost", c.cost().isPresent() ? c.cost().getAsLong() : null);
        if (c.budget().isPresent()) {
            m.put("budget", c.budget().getAsLong());
            m.put("budgetExact", c.budgetExact());
        }
        m.put("verified", c.verified());
        if (!c.failures().isEmpty()) {
            m.put("failures", c.failures());
        }
        return m;
    }

    /** E.g. "Dropping "Every stay is an entire room", with a budget of $24659 ($24658 has no plan): the plan passes strict verification." */
    private static String sentence(TravelCorrection c, Model model) {
        List<String> dropped = c.groups().stream().filter(g -> !g.equals(TravelProblem.BUDGET))
                .map(g -> "\"" + model.group(g).map(x -> x.labelIn(model)).orElse(g) + "\"").toList();
        StringBuilder sb = new StringBuilder();
        if (!dropped.isEmpty()) {
            sb.append("Dropping ").append(String.join(" and ", dropped));
        }
        if (c.budget().isPresent()) {
            long b = c.budget().getAsLong();
            sb.append(dropped.isEmpty() ? "With" : ", with").append(" a budget of $").append(b).append(c.budgetExact() ? " ($" + (b - 1) + " has no plan)" : "");
        }
        if (c.plan().isEmpty()) {
            return sb + " was not shown to help: " + String.join("; ", c.failures()) + ".";
        }
        if (c.budget().isEmpty()) {
            sb.append(": the cheapest plan costs $").append(c.cost().getAsLong()).append(c.verified() ? " and passes" : " but fails");
        } else {
            sb.append(c.verified() ? ": the plan passes" : ": the plan fails");
        }
        sb.append(c.verified() ? " strict verification." : " strict verification (" + String.join("; ", c.failures()) + ").");
        return sb.toString();
    }
}
