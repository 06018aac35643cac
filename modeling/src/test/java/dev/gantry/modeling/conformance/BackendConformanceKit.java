package dev.gantry.modeling.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.modeling.api.BoolVar;
import dev.gantry.modeling.api.CancellationToken;
import dev.gantry.modeling.api.Constraints;
import dev.gantry.modeling.api.Decision;
import dev.gantry.modeling.api.Domain;
import dev.gantry.modeling.api.Hint;
import dev.gantry.modeling.api.IntVar;
import dev.gantry.modeling.api.IntervalVar;
import dev.gantry.modeling.api.LinExpr;
import dev.gantry.modeling.api.Model;
import dev.gantry.modeling.api.ModelBuilder;
import dev.gantry.modeling.api.Param;
import dev.gantry.modeling.api.ReferenceSemantics;
import dev.gantry.modeling.api.SolveOptions;
import dev.gantry.modeling.api.SolveResult;
import dev.gantry.modeling.api.Status;
import dev.gantry.modeling.api.Termination;
import dev.gantry.modeling.api.ZeroLength;
import dev.gantry.modeling.jobshop.JobShop;
import dev.gantry.modeling.jobshop.JobShopModel;
import dev.gantry.modeling.jobshop.Operation;
import dev.gantry.modeling.spi.Backend;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The one conformance suite (R21) every backend extends in a {@code *ConformanceTest}: semantics S1–S6 on
 * micro-models against brute-force enumeration, random small models, status rules, hints, reproducibility and
 * concurrent solves. Every solution a backend returns is checked with {@link ReferenceSemantics}.
 */
public abstract class BackendConformanceKit {

    protected abstract Backend backend();

    /** Backends with a narrower integer range than long may answer MODEL_INVALID for huge domains (S6). */
    protected boolean supportsFullLongRange() {
        return true;
    }

    private static SolveOptions oneWorker() {
        return SolveOptions.builder().workers(1).timeLimit(Duration.ofSeconds(20)).build();
    }

    protected final SolveResult solve(Model model, SolveOptions options) {
        SolveResult r = backend().solve(model, options);
        if (r.hasSolution()) {
            assertThat(ReferenceSemantics.check(r.solution())).as("solution of %s", model.name()).isEmpty();
        }
        return r;
    }

    /** The solutions a backend enumerates, projected on the model's variables, equal brute force. */
    protected final void assertSameSolutionsAsBruteForce(Model model) {
        Set<List<Long>> expected = BruteForce.solutions(model);
        Set<List<Long>> found = new HashSet<>();
        SolveResult r = solve(model, SolveOptions.builder().workers(1).enumerateAll(true).onSolution((s, p) -> {
            assertThat(ReferenceSemantics.check(s)).isEmpty();
            List<Long> row = new ArrayList<>();
            for (long v : s.values()) {
                row.add(v);
            }
            found.add(row);
            return Decision.CONTINUE;
        }).build());
        assertThat(r.status()).isEqualTo(expected.isEmpty() ? Status.INFEASIBLE : Status.FEASIBLE);
        assertThat(r.termination()).isEqualTo(Termination.COMPLETED);
        assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
    }

    // ---- S1 NoOverlap ------------------------------------------------------------------------------

    @Test
    void s1StrictNoOverlapForbidsAZeroLengthIntervalInsideAnother() {
        ModelBuilder m = Model.builder("s1-strict");
        IntervalVar a = m.interval("a").start(0, 0).size(2).build();
        IntervalVar b = m.interval("b").start(1, 1).size(0).build();
        m.add(Constraints.noOverlap(List.of(a, b)));
        assertThat(solve(m.build(), oneWorker()).status()).isEqualTo(Status.INFEASIBLE);
    }

    @Test
    void s1IgnoreZeroLetsAZeroLengthIntervalSitInsideAnother() {
        ModelBuilder m = Model.builder("s1-ignore");
        IntervalVar a = m.interval("a").start(0, 0).size(2).build();
        IntervalVar b = m.interval("b").start(1, 1).size(0).build();
        m.add(Constraints.noOverlap(List.of(a, b), ZeroLength.IGNORE_ZERO));
        assertThat(solve(m.build(), oneWorker()).status()).isEqualTo(Status.FEASIBLE);
    }

    @Test
    void s1StrictSolutionCountsMatchBruteForce() {
        assertSameSolutionsAsBruteForce(noOverlapMicro(ZeroLength.STRICT));
    }

    @Test
    void s1IgnoreZeroSolutionCountsMatchBruteForce() {
        assertSameSolutionsAsBruteForce(noOverlapMicro(ZeroLength.IGNORE_ZERO));
    }

    private static Model noOverlapMicro(ZeroLength mode) {
        ModelBuilder m = Model.builder("s1-" + mode);
        IntervalVar a = m.interval("a").start(0, 3).size(2).build();
        IntervalVar b = m.interval("b").start(0, 4).size(0, 1).build();
        IntervalVar c = m.interval("c").start(0, 3).size(0).build();
        m.add(Constraints.noOverlap(List.of(a, b, c), mode));
        return m.build();
    }

    // ---- S2 Cumulative -----------------------------------------------------------------------------

    @Test
    void s2CumulativeIgnoresZeroLengthIntervalsAndMatchesBruteForce() {
        ModelBuilder m = Model.builder("s2");
        IntervalVar a = m.interval("a").start(0, 2).size(2).build();
        IntervalVar b = m.interval("b").start(0, 3).size(1).build();
        IntervalVar z = m.interval("z").start(0, 3).size(0).build();
        m.add(Constraints.cumulative(2).demand(a, 2).demand(b, 1).demand(z, 2).build());
        assertSameSolutionsAsBruteForce(m.build());
    }

    // ---- S3 optional intervals ---------------------------------------------------------------------

    @Test
    void s3AbsentIntervalsAreIgnoredByResources() {
        ModelBuilder m = Model.builder("s3");
        IntervalVar a = m.interval("a").start(0, 1).size(2).optional().build();
        IntervalVar b = m.interval("b").start(0, 1).size(2).optional().build();
        IntervalVar c = m.interval("c").start(0, 2).size(1).build();
        m.add(Constraints.noOverlap(List.of(a, b, c)));
        m.add(Constraints.cumulative(1).demand(a, 1).demand(c, 1).build());
        assertSameSolutionsAsBruteForce(m.build());
    }

    @Test
    void s3OptimisingPresenceKeepsAsManyIntervalsAsFit() {
        ModelBuilder m = Model.builder("s3-max");
        List<IntervalVar> ivs = new ArrayList<>();
        List<LinExpr> present = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            IntervalVar iv = m.interval("t" + i).start(0, 4).size(2).optional().build();
            ivs.add(iv);
            present.add(iv.presence().orElseThrow().asExpr());
        }
        m.add(Constraints.noOverlap(ivs));
        m.maximize(LinExpr.sum(present));
        SolveResult r = solve(m.build(), oneWorker());
        assertThat(r.status()).isEqualTo(Status.OPTIMAL);
        assertThat(r.objective()).isEqualTo(3);
    }

    // ---- S4 division and modulo --------------------------------------------------------------------

    @Test
    void s4DivisionTruncatesTowardZeroAndModuloTakesTheDividendsSign() {
        ModelBuilder m = Model.builder("s4");
        IntVar x = m.intVar("x", -7, 7);
        IntVar y = m.intVar("y", Domain.values(-3, -2, 2, 3));
        IntVar q = m.intVar("q", -10, 10);
        IntVar r = m.intVar("r", -10, 10);
        m.add(Constraints.div(q, x, y));
        m.add(Constraints.mod(r, x, y));
        assertSameSolutionsAsBruteForce(m.build());
    }

    @Test
    void s4DivisibilityByConstantAndByVariable() {
        ModelBuilder m = Model.builder("s4-divisible");
        IntVar x = m.intVar("x", -9, 9);
        IntVar k = m.intVar("k", Domain.values(-4, 2, 3));
        m.add(Constraints.divisible(x, 3));
        m.add(Constraints.divisible(x.plus(1), k));
        assertSameSolutionsAsBruteForce(m.build());
    }

    // ---- S5 element, table, all-different ----------------------------------------------------------

    @Test
    void s5ElementRestrictsItsIndexAndTableIgnoresDuplicates() {
        ModelBuilder m = Model.builder("s5");
        IntVar i = m.intVar("i", -2, 5);
        IntVar v = m.intVar("v", 0, 4);
        IntVar w = m.intVar("w", 0, 3);
        m.add(Constraints.element(i, new long[] {3, 1, 4}, v));
        m.add(Constraints.allowed(List.of(v, w), List.of(new long[] {1, 0}, new long[] {4, 2}, new long[] {4, 2}, new long[] {3, 3})));
        m.add(Constraints.allDifferent(i, w));
        assertSameSolutionsAsBruteForce(m.build());
    }

    // ---- S6 integer range --------------------------------------------------------------------------

    @Test
    void s6HugeDomainsAreSolvedExactlyOrRefusedNeverTruncated() {
        ModelBuilder m = Model.builder("s6");
        IntVar x = m.intVar("x", 0, 1_000_000_000_000L);
        m.add(x.ge(300_000_000_000L));
        m.minimize(x);
        SolveResult r = solve(m.build(), oneWorker());
        if (supportsFullLongRange()) {
            assertThat(r.status()).isEqualTo(Status.OPTIMAL);
            assertThat(r.objective()).isEqualTo(300_000_000_000L);
        } else {
            assertThat(r.status()).isEqualTo(Status.MODEL_INVALID);
            assertThat(r.diagnostics()).anySatisfy(d -> assertThat(d).contains("x"));
        }
    }

    // ---- R21.2 random small models -----------------------------------------------------------------

    @Test
    void randomSmallModelsAgreeWithEnumeration() {
        int invalid = 0;
        int checked = 0;
        for (long seed = 1; seed <= 160; seed++) {
            Model model = RandomModels.generate(seed);
            SolveResult r = solve(model, oneWorker());
            if (r.status() == Status.MODEL_INVALID) {
                assertThat(r.diagnostics()).as("seed %d", seed).anySatisfy(d -> assertThat(d).contains("cannot express"));
                invalid++;
                continue;
            }
            checked++;
            Set<List<Long>> all = BruteForce.solutions(model);
            if (all.isEmpty()) {
                assertThat(r.status()).as("seed %d: %s", seed, model.toText()).isEqualTo(Status.INFEASIBLE);
            } else if (model.objective().isPresent()) {
                assertThat(r.status()).as("seed %d: %s", seed, model.toText()).isEqualTo(Status.OPTIMAL);
                assertThat(r.objective()).as("seed %d: %s", seed, model.toText()).isEqualTo(BruteForce.optimum(model).getAsLong());
                assertThat(r.bestBound()).isEqualTo(OptionalLong.of(r.objective()));
            } else {
                assertThat(r.status()).as("seed %d: %s", seed, model.toText()).isEqualTo(Status.FEASIBLE);
            }
        }
        assertThat(invalid).as("models the backend could not express").isLessThan(checked / 4);
    }

    // ---- status rules ------------------------------------------------------------------------------

    @Test
    void infeasibleModelIsProvenInfeasible() {
        ModelBuilder m = Model.builder("infeasible");
        IntVar x = m.intVar("x", 0, 4);
        IntVar y = m.intVar("y", 0, 4);
        m.group("demand").add(x.plus(y).ge(10));
        SolveResult r = solve(m.build(), oneWorker());
        assertThat(r.status()).isEqualTo(Status.INFEASIBLE);
        assertThat(r.termination()).isEqualTo(Termination.COMPLETED);
        assertThat(r.solution()).isNull();
    }

    @Test
    void satisfiableModelWithoutObjectiveIsFeasibleNotOptimal() {
        ModelBuilder m = Model.builder("csp");
        IntVar x = m.intVar("x", 0, 4);
        m.add(x.ge(2));
        SolveResult r = solve(m.build(), oneWorker());
        assertThat(r.status()).isEqualTo(Status.FEASIBLE);
        assertThat(r.objectives()).isEmpty();
    }

    @Test
    void zeroOrNegativeTimeLimitsAreRejected() {
        assertThatThrownBy(() -> SolveOptions.builder().timeLimit(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("time limit must be positive");
        assertThatThrownBy(() -> SolveOptions.builder().timeLimit(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void limitHitBeforeAnySolutionGivesUnknownTimeLimit() {
        // ft10's optimum is 930: a makespan of at most 929 has no solution and takes seconds to refute.
        JobShopModel jsm = JobShopModel.compile(Samples.ft10());
        Model model = jsm.model().derive().add(jsm.scheduling().objective().le(929)).build();
        SolveResult r = solve(model, SolveOptions.builder().workers(1).timeLimit(Duration.ofMillis(300)).build());
        assertThat(r.status()).isEqualTo(Status.UNKNOWN);
        assertThat(r.termination()).isEqualTo(Termination.TIME_LIMIT);
        assertThat(r.solution()).isNull();
        assertThat(r.wallTime()).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void cancellationBeforeStartGivesUnknownCancelled() {
        CancellationToken token = new CancellationToken();
        token.cancel();
        SolveResult r = solve(JobShopModel.compile(Samples.ft06()).model(), SolveOptions.builder().cancellation(token).build());
        assertThat(r.status()).isEqualTo(Status.UNKNOWN);
        assertThat(r.termination()).isEqualTo(Termination.CANCELLED);
    }

    @Test
    void cancellationDuringSearchStopsWithTheBestSolution() {
        CancellationToken token = new CancellationToken();
        JobShopModel jsm = JobShopModel.compile(Samples.ft10());
        SolveResult r = solve(jsm.model(), SolveOptions.builder().workers(1).timeLimit(Duration.ofSeconds(30)).cancellation(token)
                .onSolution((s, p) -> {
                    token.cancel();
                    return Decision.CONTINUE;
                }).build());
        assertThat(r.termination()).isEqualTo(Termination.CANCELLED);
        assertThat(r.status()).isEqualTo(Status.FEASIBLE);
        assertThat(r.objective()).isGreaterThanOrEqualTo(930);
    }

    @Test
    void callbackStopIsHonoured() {
        AtomicInteger calls = new AtomicInteger();
        SolveResult r = solve(JobShopModel.compile(Samples.ft10()).model(), SolveOptions.builder().workers(1)
                .timeLimit(Duration.ofSeconds(30)).onSolution((s, p) -> {
                    calls.incrementAndGet();
                    assertThat(p.objective()).isPresent();
                    return Decision.STOP;
                }).build());
        assertThat(calls.get()).isEqualTo(1);
        assertThat(r.status()).isEqualTo(Status.FEASIBLE);
        assertThat(r.termination()).isEqualTo(Termination.STOPPED_BY_CALLBACK);
    }

    @Test
    void optimalResultsCarryAMatchingBound() {
        JobShopModel jsm = JobShopModel.compile(Samples.ft06());
        SolveResult r = solve(jsm.model(), SolveOptions.builder().workers(2).timeLimit(Duration.ofSeconds(60)).build());
        assertThat(r.status()).isEqualTo(Status.OPTIMAL);
        assertThat(r.objective()).isEqualTo(55);
        assertThat(r.bestBound()).isEqualTo(OptionalLong.of(55));
        assertThat(jsm.decode(r.solution()).makespan()).isEqualTo(55);
    }

    @Test
    void lexicographicObjectivesAreSolvedStageByStage() {
        ModelBuilder m = Model.builder("lex");
        IntVar x = m.intVar("x", 0, 5);
        IntVar y = m.intVar("y", 0, 5);
        m.add(x.plus(y).ge(6));
        m.minimize(x).thenMaximize(y.minus(x));
        SolveResult r = solve(m.build(), oneWorker());
        assertThat(r.status()).isEqualTo(Status.OPTIMAL);
        assertThat(r.objectives()).containsExactly(1L, 4L);
        assertThat(r.solution().value(y)).isEqualTo(5);
        // every stage proven: each stage's bound is its value (an upper bound for the maximised one)
        assertThat(r.stageBounds()).containsExactly(OptionalLong.of(1), OptionalLong.of(4));
        assertThat(r.bestBound()).hasValue(1);
    }

    @Test
    void paramsAreConstantsAndDerivedModelsChangeThem() {
        ModelBuilder m = Model.builder("param");
        Param deadline = m.param("deadline", 8);
        IntervalVar a = m.interval("a").start(0, 20).size(5).build();
        IntervalVar b = m.interval("b").start(0, 20).size(4).build();
        m.add(Constraints.noOverlap(List.of(a, b)));
        m.group("deadline").label("Everything ends by day {deadline}").add(a.end().le(deadline)).add(b.end().le(deadline));
        m.minimize(a.end().plus(b.end()));
        Model model = m.build();
        assertThat(model.group("deadline").orElseThrow().labelIn(model)).isEqualTo("Everything ends by day 8");
        assertThat(solve(model, oneWorker()).status()).isEqualTo(Status.INFEASIBLE);
        SolveResult r = solve(model.withParam("deadline", 9), oneWorker());
        assertThat(r.status()).isEqualTo(Status.OPTIMAL);
        assertThat(r.objective()).isEqualTo(4 + 9);
    }

    // ---- zero-length tasks in scheduling --------------------------------------------------------------

    @Test
    void zeroLengthOperationsAreBoundOnlyByPrecedences() {
        JobShop shop = new JobShop("zero", 2, List.of(
                List.of(new Operation(0, 3), new Operation(1, 0), new Operation(1, 2)),
                List.of(new Operation(1, 4), new Operation(0, 0))));
        JobShopModel jsm = JobShopModel.compile(shop);
        SolveResult r = solve(jsm.model(), oneWorker());
        assertThat(r.status()).isEqualTo(Status.OPTIMAL);
        assertThat(r.objective()).isEqualTo(6);
    }

    // ---- hints -----------------------------------------------------------------------------------------

    @Test
    void fixToHintsReturnsTheHintedPlanOrInfeasible() {
        JobShopModel jsm = JobShopModel.compile(Samples.ft06());
        SolveResult optimal = solve(jsm.model(), SolveOptions.builder().workers(2).timeLimit(Duration.ofSeconds(60)).build());
        SolveResult fixed = solve(jsm.model(), SolveOptions.builder().workers(1).hint(Hint.from(optimal))
                .fixToHints(true).timeLimit(Duration.ofSeconds(20)).build());
        assertThat(fixed.status()).isEqualTo(Status.OPTIMAL);
        assertThat(fixed.solution().byName()).isEqualTo(optimal.solution().byName());

        Map<String, Long> broken = new java.util.LinkedHashMap<>(optimal.solution().byName());
        broken.put("J0.O1.start", broken.get("J0.O0.start")); // J0.O1 now starts before J0.O0 ends
        SolveResult refused = solve(jsm.model(), SolveOptions.builder().workers(1).hint(Hint.of(broken))
                .fixToHints(true).timeLimit(Duration.ofSeconds(20)).build());
        assertThat(refused.status()).isEqualTo(Status.INFEASIBLE);
    }

    @Test
    void aCompleteOptimalHintMakesTheFirstSolutionOptimal() {
        JobShopModel jsm = JobShopModel.compile(Samples.ft06());
        SolveResult optimal = solve(jsm.model(), SolveOptions.builder().workers(2).timeLimit(Duration.ofSeconds(60)).build());
        List<Long> firstObjective = new ArrayList<>();
        solve(jsm.model(), SolveOptions.builder().workers(1).hint(Hint.from(optimal)).timeLimit(Duration.ofSeconds(20))
                .onSolution((s, p) -> {
                    firstObjective.add(p.objectiveValue());
                    return Decision.STOP;
                }).build());
        assertThat(firstObjective).containsExactly(55L);
    }

    @Test
    void unknownHintsAreDroppedWithADiagnostic() {
        ModelBuilder m = Model.builder("hint-drop");
        IntVar x = m.intVar("x", 0, 3);
        m.minimize(x);
        SolveResult r = solve(m.build(), SolveOptions.builder().workers(1).hint(Hint.of(Map.of("nope", 1L, "x", 9L))).build());
        assertThat(r.status()).isEqualTo(Status.OPTIMAL);
        assertThat(r.diagnostics()).anySatisfy(d -> assertThat(d).contains("nope"));
        assertThat(r.diagnostics()).anySatisfy(d -> assertThat(d).contains("x = 9"));
    }

    // ---- R20 reproducibility and concurrency ---------------------------------------------------------

    @Test
    void reproducibleRunsGiveIdenticalSolutions() {
        Model model = JobShopModel.compile(Samples.ft10()).model();
        SolveOptions options = SolveOptions.reproducible(7, reproducibleWork());
        SolveResult first = solve(model, options);
        SolveResult second = solve(model, options);
        assertThat(first.hasSolution()).isTrue();
        assertThat(first.reproducible()).isTrue();
        assertThat(second.solution().byName()).isEqualTo(first.solution().byName());
        assertThat(second.objectives()).isEqualTo(first.objectives());
    }

    /** A work limit that finds a solution on ft10 but does not prove it. */
    protected abstract double reproducibleWork();

    @Test
    void concurrentSolvesInOneJvmAgree() {
        Model model = JobShopModel.compile(Samples.ft06()).model();
        List<CompletableFuture<SolveResult>> runs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            runs.add(CompletableFuture.supplyAsync(() -> solve(model, SolveOptions.builder().workers(1)
                    .timeLimit(Duration.ofSeconds(60)).build())));
        }
        for (CompletableFuture<SolveResult> run : runs) {
            SolveResult r = run.join();
            assertThat(r.status()).isEqualTo(Status.OPTIMAL);
            assertThat(r.objective()).isEqualTo(55);
        }
    }

    @Test
    void resultsRecordBackendFingerprintAndTimes() {
        Model model = JobShopModel.compile(Samples.ft06()).model();
        SolveResult r = solve(model, oneWorker());
        assertThat(r.backend().id()).isEqualTo(backend().id());
        assertThat(r.modelFingerprint()).isEqualTo(model.fingerprint()).hasSize(64);
        assertThat(r.wallTime()).isGreaterThanOrEqualTo(r.buildTime());
        assertThat(r.buildTime()).isPositive();
    }

    @Test
    void optionalBooleanPresenceCanBeDrivenByLogic() {
        ModelBuilder m = Model.builder("presence-logic");
        BoolVar useA = m.boolVar("useA");
        IntervalVar a = m.interval("a").start(0, 3).size(3).presence(useA).build();
        IntervalVar b = m.interval("b").start(0, 3).size(3).presence(useA.not()).build();
        IntervalVar c = m.interval("c").start(0, 3).size(2).build();
        m.add(Constraints.noOverlap(List.of(a, b, c)));
        m.add(c.start().le(1));
        assertSameSolutionsAsBruteForce(m.build());
    }
}
