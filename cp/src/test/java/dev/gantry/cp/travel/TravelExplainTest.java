package dev.gantry.cp.travel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.cp.explain.ExplainOptions;
import dev.gantry.cp.explain.Explainer;
import dev.gantry.cp.explain.ExplainedGroup;
import dev.gantry.cp.explain.Explanation;
import dev.gantry.cp.explain.ExplanationStatus;
import dev.gantry.cp.explain.Repair;
import dev.gantry.instances.TestData;
import dev.gantry.instances.travel.TravelInstance;
import dev.gantry.modeling.api.Backends;
import dev.gantry.modeling.api.Model;
import dev.gantry.modeling.api.SolveOptions;
import dev.gantry.modeling.api.SolveResult;
import dev.gantry.modeling.api.Status;
import dev.gantry.modeling.spi.Backend;
import dev.gantry.modeling.travel.QueryOverride;
import dev.gantry.modeling.travel.Sandbox;
import dev.gantry.modeling.travel.TravelObjective;
import dev.gantry.modeling.travel.TravelProblem;
import dev.gantry.modeling.travel.TravelQuery;
import dev.gantry.verify.travel.Mode;
import dev.gantry.verify.travel.TravelReport;
import dev.gantry.verify.travel.TravelVerifier;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Spec travel §6 P4: infeasible variants of the nine examples. For U1–U9 every MUS and MCS (MARCO) equals the table;
 * for the further variants the conflict the explainer returns names the expected requirements. In every case the test
 * itself re-checks each conflict for minimality (infeasible; every one-smaller subset feasible), applies each
 * correction by recompiling the corrected query, solves it and verifies the plan in strict mode, and proves each budget
 * repair exact (one dollar less infeasible).
 */
class TravelExplainTest {
    private static final Backend CPSAT = Backends.get("cpsat");
    private static final SolveOptions CHECK = SolveOptions.builder().workers(1).seed(1).timeLimit(Duration.ofSeconds(20)).build();
    private static final SolveOptions SOLVE = SolveOptions.builder().workers(2).seed(1).timeLimit(Duration.ofSeconds(20)).build();

    /**
     * A variant: the example, its {@code --set} changes, the expected MUSes and (for the table, enumerated) MCSes as
     * "a+b, c", and the least budget of the correction that drops the budget ({@code null}: no correction drops it).
     */
    record Variant(String id, String example, List<String> overrides, String muses, String mcses, Long budget) {
        @Override
        public String toString() {
            return id + " (" + example + " " + String.join(", ", overrides) + ")";
        }

        boolean enumerated() {
            return mcses != null;
        }
    }

    static Stream<Variant> table() {
        return Stream.of(
                new Variant("U1", "01", List.of("budget=1304"), "budget", "budget", 1305L),
                new Variant("U2", "01", List.of("transportation=no flight"), "transportation", "transportation", null),
                new Variant("U3", "01", List.of("room type=shared room"), "room-type", "room-type", null),
                new Variant("U4", "16", List.of("transportation=no self-driving"), "budget+transportation", "budget, transportation", 4033L),
                new Variant("U5", "21", List.of("house rule=parties"), "house-rule+room-type, budget+house-rule",
                        "house-rule, budget+room-type", 24659L),
                new Variant("U6", "26", List.of("room type=entire room"), "house-rule+room-type", "house-rule, room-type", null),
                new Variant("U7", "31", List.of("budget=1200"), "budget+house-rule+transportation, budget+cuisine+transportation",
                        "budget, transportation, cuisine+house-rule", 1294L),
                new Variant("U8", "36", List.of("budget=5291"), "budget+room-type+transportation", "budget, room-type, transportation", 5292L),
                new Variant("U9", "41", List.of("room type=private room"), "house-rule+room-type", "house-rule, room-type", null));
    }

    static Stream<Variant> further() {
        return Stream.of(
                // tightened budgets: one dollar under the cheapest plan, or far under it
                new Variant("B06", "06", List.of("budget=1066"), "budget", null, 1067L),
                new Variant("B06-800", "06", List.of("budget=800"), "budget", null, 1067L),
                new Variant("B11", "11", List.of("budget=1000"), "budget", null, 1199L),
                new Variant("B16", "16", List.of("budget=1159"), "budget+cuisine", null, 1160L),
                new Variant("B21", "21", List.of("budget=7925"), "budget", null, 7926L),
                new Variant("B26", "26", List.of("budget=3339"), "budget+house-rule", null, 3340L),
                new Variant("B41", "41", List.of("budget=8210"), "budget+house-rule+room-type+cuisine", null, 8211L),
                new Variant("B41-6000", "41", List.of("budget=6000"), "budget+house-rule, budget+room-type", null, 8211L),
                // impossible room types and house rules
                new Variant("R06", "06", List.of("room type=shared room"), "room-type", null, null),
                new Variant("R11", "11", List.of("room type=shared room"), "room-type", null, null),
                new Variant("R21", "21", List.of("room type=shared room"), "room-type", null, null),
                new Variant("R36", "36", List.of("room type=shared room"), "room-type", null, null),
                new Variant("R41", "41", List.of("room type=shared room"), "room-type", null, null),
                new Variant("H01", "01", List.of("house rule=smoking"), "budget+house-rule", null, 3035L),
                // too many cities for the days: one night per city
                new Variant("D26", "26", List.of("days=4"), "budget+house-rule", null, 6392L),
                new Variant("D36", "36", List.of("days=3"), "house-rule, room-type", null, null),
                new Variant("D41", "41", List.of("days=4"), "room-type", null, null),
                // combinations
                new Variant("C01", "01", List.of("budget=1000", "room type=shared room"), "budget, room-type", null, 1305L),
                new Variant("C01-F", "01", List.of("budget=1000", "transportation=no flight"), "budget, transportation", null, 1305L),
                new Variant("C16", "16", List.of("budget=900", "transportation=no self-driving"), "budget", null, 4033L),
                new Variant("C26", "26", List.of("room type=shared room", "budget=3000"), "room-type, budget+house-rule", null, 3340L),
                new Variant("C31", "31", List.of("budget=1000", "house rule=smoking"), "budget+transportation", null, 1244L));
    }

    private static TravelProblem problem(Variant v) throws IOException {
        TravelInstance in = TravelInstance.load(TestData.require("travel/examples/train_" + v.example()), TravelInstance.SandboxSource.none());
        TravelQuery q = QueryOverride.applyAll(in.query(), QueryOverride.parseAll(v.overrides()));
        return TravelProblem.of(q, in.sandbox());
    }

    private static Set<Set<String>> sets(String text) {
        return Arrays.stream(text.split(", ")).map(s -> Set.of(s.split("\\+"))).collect(Collectors.toSet());
    }

    private static Set<Set<String>> sets(List<List<String>> lists) {
        return lists.stream().map(Set::copyOf).collect(Collectors.toSet());
    }

    private static Explainer explainer(TravelProblem tp, boolean enumerate, boolean includeRules) {
        return Explainer.of(CPSAT, ExplainOptions.defaults().withCheckTimeLimit(Duration.ofSeconds(20)).withTotalTimeLimit(Duration.ofSeconds(120))
                .withCandidates(TravelExplainer.candidates(tp, includeRules).toArray(String[]::new)).withEnumeration(enumerate));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void tableVariantsHaveExactlyTheListedConflictsAndCorrections(Variant v) throws IOException {
        TravelProblem tp = problem(v);
        Explainer ex = explainer(tp, true, false);
        Explanation e = minimalConflict(ex, tp, v);

        assertThat(e.all().orElseThrow().complete()).isTrue();
        assertThat(sets(e.all().orElseThrow().muses())).isEqualTo(sets(v.muses()));
        assertThat(sets(e.all().orElseThrow().mcses())).isEqualTo(sets(v.mcses()));
        for (Set<String> mus : sets(v.muses())) {
            assertMinimalConflict(tp, mus);
        }
        assertCorrections(v, tp, e.all().orElseThrow().mcses());
        assertBudgetAloneRepair(v, tp, ex, sets(v.mcses()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("further")
    void furtherVariantsNameTheExpectedConflictAndCorrectionsThatWork(Variant v) throws IOException {
        TravelProblem tp = problem(v);
        Explanation e = minimalConflict(explainer(tp, false, false), tp, v);

        assertMinimalConflict(tp, names(e));
        List<String> cheapest = e.correction().orElseThrow().groups().stream().map(ExplainedGroup::name).toList();
        assertThat(cheapest).containsAnyElementsOf(names(e)); // a correction meets every conflict
        assertCorrections(v, tp, List.of(cheapest));
    }

    @Test
    void withTheRulesIncludedU6BlamesLubbocksNineNightHome() throws IOException {
        Variant u6 = table().filter(v -> v.id().equals("U6")).findFirst().orElseThrow();
        TravelProblem tp = problem(u6);
        Explanation e = explainer(tp, true, true).explain(TravelExplainer.model(tp));

        assertThat(sets(e.all().orElseThrow().muses())).containsExactly(Set.of("house-rule", "room-type", "rules/minimum-nights"));
        assertMinimalConflict(tp, Set.of("house-rule", "room-type", "rules/minimum-nights"));
    }

    /** The variants whose destination is a state visited in three cities: two would be another city count. */
    static Stream<Variant> threeCities() {
        return further().filter(v -> List.of("B41", "D26", "D41").contains(v.id()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("threeCities")
    void cityCountsAreListedExactlyWhenTheQueryWithThatManyCitiesHasAVerifiedPlan(Variant v) throws IOException {
        TravelProblem tp = problem(v);

        List<Integer> counts = TravelExplainer.feasibleCityCounts(tp, CPSAT, SOLVE);

        assertThat(TravelExplainer.otherCityCounts(tp)).isNotEmpty().doesNotContain(tp.query().visitingCityNumber());
        for (int k : TravelExplainer.otherCityCounts(tp)) {
            TravelQuery q = tp.query().withVisitingCityNumber(k);
            TravelProblem other = TravelProblem.of(q, tp.sandbox());
            SolveResult r = CPSAT.solve(other.model(TravelObjective.NONE), SOLVE);
            assertThat(r.status()).isIn(Status.FEASIBLE, Status.OPTIMAL, Status.INFEASIBLE);
            assertThat(counts.contains(k)).as("k = %d", k).isEqualTo(r.hasSolution());
            if (r.hasSolution()) {
                assertThat(strictFailures(q, tp.sandbox(), r, other)).isEmpty();
            }
        }
    }

    /** The explanation, after checking it reports a minimal, verified conflict among the variant's expected ones. */
    private static Explanation minimalConflict(Explainer ex, TravelProblem tp, Variant v) {
        Explanation e = ex.explain(TravelExplainer.model(tp));
        assertThat(e.status()).isEqualTo(ExplanationStatus.INFEASIBLE);
        assertThat(e.minimal()).isTrue();
        assertThat(e.verified()).isTrue();
        assertThat(sets(v.muses())).contains(names(e));
        return e;
    }

    private static Set<String> names(Explanation e) {
        return e.groups().stream().map(ExplainedGroup::name).collect(Collectors.toSet());
    }

    /**
     * Independently of the explainer: the conflict with the background (the rules, unless the conflict names some) is
     * infeasible, and dropping any one of its groups is feasible.
     */
    private static void assertMinimalConflict(TravelProblem tp, Set<String> conflict) {
        Model model = TravelExplainer.model(tp);
        boolean rulesBlamed = conflict.stream().anyMatch(g -> g.startsWith("rules/"));
        List<String> others = TravelExplainer.candidates(tp, rulesBlamed).stream().filter(g -> !conflict.contains(g)).toList();
        assertThat(CPSAT.solve(model.without(others), CHECK).status()).as("%s alone", conflict).isEqualTo(Status.INFEASIBLE);
        for (String g : conflict) {
            List<String> dropped = new ArrayList<>(others);
            dropped.add(g);
            assertThat(CPSAT.solve(model.without(dropped), CHECK).hasSolution()).as("%s without %s", conflict, g).isTrue();
        }
    }

    /**
     * Each correction applied: the corrected query, recompiled from scratch, has a plan that passes strict verification;
     * where the budget is dropped, its least budget is the expected one, feasible, and one dollar less is infeasible.
     */
    private static void assertCorrections(Variant v, TravelProblem tp, List<List<String>> corrections) {
        PlanVerifier strict = (q, plan) -> TravelVerifier.verify(q, tp.sandbox(), plan, Mode.STRICT).failed().stream().map(Enum::name).toList();
        for (TravelCorrection c : TravelExplainer.corrections(tp, corrections, CPSAT, SOLVE, strict)) {
            assertThat(c.verified()).as("%s: %s", c.groups(), c.failures()).isTrue();
            TravelProblem corrected = TravelProblem.of(c.query(), tp.sandbox());
            SolveResult r = CPSAT.solve(corrected.model(TravelObjective.CHEAPEST), SOLVE);
            assertThat(strictFailures(c.query(), tp.sandbox(), r, corrected)).as("%s", c.groups()).isEmpty();
            assertThat(r.objective()).isEqualTo(c.cost().getAsLong());
            if (c.groups().contains(TravelProblem.BUDGET)) {
                assertThat(c.budget()).hasValue(v.budget());
                assertThat(c.budgetExact()).isTrue();
                TravelProblem below = TravelProblem.of(c.query().withBudget(v.budget().intValue() - 1), tp.sandbox());
                assertThat(CPSAT.solve(below.model(TravelObjective.NONE), SOLVE).status()).isEqualTo(Status.INFEASIBLE);
            } else {
                assertThat(c.budget()).isEmpty();
                assertThat(c.cost().getAsLong()).isLessThanOrEqualTo(c.query().budget());
            }
        }
    }

    /** X4 with every other requirement kept: a budget helps exactly when {budget} alone is a correction, at the same value. */
    private static void assertBudgetAloneRepair(Variant v, TravelProblem tp, Explainer ex, Set<Set<String>> mcses) {
        Repair r = ex.repair(TravelExplainer.model(tp), TravelExplainer.budgetRepair());
        if (mcses.contains(Set.of(TravelProblem.BUDGET))) {
            assertThat(r.to()).hasValue(v.budget());
            assertThat(r.verified()).isTrue();
        } else {
            assertThat(r.to()).as("no budget helps").isEmpty();
        }
    }

    private static List<String> strictFailures(TravelQuery q, Sandbox sb, SolveResult r, TravelProblem tp) {
        assertThat(r.hasSolution()).as("a plan for %s", q).isTrue();
        TravelReport report = TravelVerifier.verify(q, sb, tp.decode(r.solution()), Mode.STRICT);
        return report.failed().stream().map(Enum::name).collect(Collectors.toCollection(ArrayList::new));
    }
}
