package dev.gantry.cp.travel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.instances.TestData;
import dev.gantry.instances.travel.TravelInstance;
import dev.gantry.instances.travel.ValidationRows;
import dev.gantry.modeling.api.Backends;
import dev.gantry.modeling.api.Group;
import dev.gantry.modeling.api.Model;
import dev.gantry.modeling.api.SolveOptions;
import dev.gantry.modeling.api.SolveResult;
import dev.gantry.modeling.api.Status;
import dev.gantry.cp.travel.TravelSolver;
import dev.gantry.modeling.travel.Sandbox;
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
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Spec §6 P3: every example in reference mode, solved with CP-SAT (2 workers), proven optimal at the costs of the
 * table with all requirements and with no local requirement; every plan passes strict and compat verification.
 */
class TravelSolveTest {
    /** An example: its name in the P3 table, the query and its reference sandbox, and the two expected optima. */
    record Example(String name, TravelQuery query, Sandbox sandbox, long cheapestAll, long cheapestNone) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Example> examples() throws IOException {
        List<Example> out = new ArrayList<>();
        String[] folders = {"01", "06", "11", "16", "21", "26", "31", "36", "41"};
        long[] all = {1305, 1067, 1199, 1160, 7926, 3340, 1294, 5292, 8211};
        long[] none = {1305, 1067, 1199, 1032, 7926, 2880, 772, 2078, 5215};
        for (int i = 0; i < folders.length; i++) {
            TravelInstance in = TravelInstance.load(TestData.require("travel/examples/train_" + folders[i]),
                    TravelInstance.SandboxSource.none());
            out.add(new Example(folders[i], in.query(), in.sandbox(), all[i], none[i]));
        }
        List<ValidationRows.Row> rows = ValidationRows.read(TestData.require("travel/examples/validation_3rows.csv"));
        long[] rowCosts = {1045, 683, 1210};
        for (int i = 0; i < rows.size(); i++) {
            out.add(new Example("val-" + (i + 1), rows.get(i).query(), rows.get(i).sandbox(), rowCosts[i], rowCosts[i]));
        }
        return out.stream();
    }

    static SolveResult solve(String backend, Model model) {
        return Backends.get(backend).solve(model, SolveOptions.builder().workers(2).seed(1).timeLimit(Duration.ofSeconds(10)).build());
    }

    /** The plan of {@code r}, after checking it passes both verification modes; returns the strict cost. */
    static long verifiedCost(TravelProblem tp, SolveResult r) {
        TravelPlan plan = tp.decode(r.solution());
        TravelReport strict = TravelVerifier.verify(tp.query(), tp.sandbox(), plan, Mode.STRICT);
        TravelReport compat = TravelVerifier.verify(tp.query(), tp.sandbox(), plan, Mode.COMPAT);
        assertThat(strict.failed()).as("strict: " + strict.checks() + "\n" + plan).isEmpty();
        assertThat(compat.failed()).as("compat: " + compat.checks() + "\n" + plan).isEmpty();
        assertThat(plan.days()).hasSize(tp.query().days());
        return strict.cost();
    }

    static TravelQuery withoutLocalRequirements(TravelQuery q) {
        return q.withHouseRule(Optional.empty()).withCuisines(List.of()).withRoomType(Optional.empty()).withTransport(Optional.empty());
    }

    /** Solves {@code query} for the cheapest plan: proven optimal at {@code expected}, and the verified plan costs that. */
    static void assertCheapest(String name, TravelQuery query, Sandbox sandbox, long expected) {
        TravelProblem tp = TravelProblem.of(query, sandbox);
        SolveResult r = solve("cpsat", tp.model(TravelObjective.CHEAPEST));
        System.err.printf("travel %s: cheapest %d, build %d ms, solve %d ms%n", name, r.objective(),
                r.buildTime().toMillis(), r.wallTime().toMillis()); // the times of acceptance 1, for the record

        assertThat(r.status()).as(name).isEqualTo(Status.OPTIMAL);
        assertThat(r.objective()).as(name).isEqualTo(expected);
        assertThat(verifiedCost(tp, r)).as(name).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void cheapestWithAllRequirementsIsProvenAtTheTableCost(Example e) {
        assertCheapest(e.name(), e.query(), e.sandbox(), e.cheapestAll());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void cheapestWithoutLocalRequirementsIsProvenAtTheTableCost(Example e) {
        assertCheapest(e.name() + " (no local requirement)", withoutLocalRequirements(e.query()), e.sandbox(), e.cheapestNone());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void feasibilityAndBestRatedPlansVerify(Example e) {
        TravelProblem tp = TravelProblem.of(e.query(), e.sandbox());
        SolveResult any = solve("cpsat", tp.model(TravelObjective.NONE));
        assertThat(any.status()).isEqualTo(Status.FEASIBLE);
        assertThat(verifiedCost(tp, any)).isBetween(e.cheapestAll(), (long) e.query().budget());

        // maximising the rating under the budget is a knapsack: the proof may take longer than the limit
        SolveResult rated = TravelSolver.solve(tp, TravelObjective.BEST_RATED, "cpsat",
                SolveOptions.builder().workers(2).seed(1).timeLimit(Duration.ofSeconds(5)).build());
        assertThat(rated.status()).isIn(Status.OPTIMAL, Status.FEASIBLE);
        assertThat(verifiedCost(tp, rated)).isBetween(e.cheapestAll(), (long) e.query().budget());
        // the search starts from the feasible plan, so it ends at least as well rated
        assertThat(tp.rating(rated.solution())).isGreaterThanOrEqualTo(tp.rating(any.solution()));
    }

    @Test
    void chocoMatchesCpSatOnTwoExamples() throws IOException {
        for (Example e : examples().filter(x -> x.name().equals("31") || x.name().equals("01")).toList()) {
            TravelProblem tp = TravelProblem.of(e.query(), e.sandbox());
            SolveResult r = solve("choco", tp.model(TravelObjective.CHEAPEST));
            assertThat(r.status()).as(e.name()).isEqualTo(Status.OPTIMAL);
            assertThat(r.objective()).as(e.name()).isEqualTo(e.cheapestAll());
            assertThat(verifiedCost(tp, r)).isEqualTo(e.cheapestAll());
        }
    }

    @Test
    void requirementsAreTheNamedGroupsOfM4WithTheBudgetAsParameter() throws IOException {
        Example e41 = examples().filter(x -> x.name().equals("41")).findFirst().orElseThrow();
        TravelProblem tp = TravelProblem.of(e41.query(), e41.sandbox());
        Model m = tp.model(TravelObjective.NONE);

        assertThat(tp.requirementGroups()).extracting(Group::name).containsExactly("budget", "house-rule", "room-type",
                "cuisine/Mexican", "cuisine/Italian", "cuisine/Mediterranean", "cuisine/Indian", "destination");
        assertThat(tp.requirementGroups()).extracting(g -> g.labelIn(m)).containsExactly("The trip costs at most $15100",
                "Every stay allows pets", "Every stay is an entire room", "Meals include Mexican food", "Meals include Italian food",
                "Meals include Mediterranean food", "Meals include Indian food", "Stay in Colorado");
        assertThat(tp.ruleGroups()).extracting(Group::name).containsExactlyElementsOf(TravelProblem.RULE_GROUPS);
        assertThat(m.constraints()).allMatch(c -> !c.isBackground());
        assertThat(m.param("budget")).isPresent();
        // a budget one dollar under the optimum is infeasible without recompiling
        SolveResult tight = solve("cpsat", m.withParam("budget", e41.cheapestAll() - 1));
        assertThat(tight.status()).isEqualTo(Status.INFEASIBLE);
    }
}
