package dev.gantry.modeling.impl;

import static dev.gantry.modeling.api.ConstraintKind.ABS;
import static dev.gantry.modeling.api.ConstraintKind.ALL_DIFFERENT;
import static dev.gantry.modeling.api.ConstraintKind.AT_MOST_ONE;
import static dev.gantry.modeling.api.ConstraintKind.CLAUSE;
import static dev.gantry.modeling.api.ConstraintKind.CUMULATIVE;
import static dev.gantry.modeling.api.ConstraintKind.DIV;
import static dev.gantry.modeling.api.ConstraintKind.DIVISIBLE;
import static dev.gantry.modeling.api.ConstraintKind.ELEMENT;
import static dev.gantry.modeling.api.ConstraintKind.EXACTLY_ONE;
import static dev.gantry.modeling.api.ConstraintKind.IMPLIES;
import static dev.gantry.modeling.api.ConstraintKind.LINEAR;
import static dev.gantry.modeling.api.ConstraintKind.MAX_OF;
import static dev.gantry.modeling.api.ConstraintKind.MIN_OF;
import static dev.gantry.modeling.api.ConstraintKind.MOD;
import static dev.gantry.modeling.api.ConstraintKind.MUL;
import static dev.gantry.modeling.api.ConstraintKind.NO_OVERLAP;
import static dev.gantry.modeling.api.ConstraintKind.TABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.gantry.modeling.api.BoolVar;
import dev.gantry.modeling.api.Constraint;
import dev.gantry.modeling.api.ConstraintKind;
import dev.gantry.modeling.api.ConstraintScope;
import dev.gantry.modeling.api.Constraints;
import dev.gantry.modeling.api.Cumulative;
import dev.gantry.modeling.api.Domain;
import dev.gantry.modeling.api.IntVar;
import dev.gantry.modeling.api.IntervalVar;
import dev.gantry.modeling.api.LinExpr;
import dev.gantry.modeling.api.Literal;
import dev.gantry.modeling.api.Model;
import dev.gantry.modeling.api.ModelBuilder;
import dev.gantry.modeling.api.NoOverlap;
import dev.gantry.modeling.api.Param;
import dev.gantry.modeling.api.PostedConstraint;
import dev.gantry.modeling.api.ZeroLength;
import dev.gantry.modeling.impl.rewrite.RewriteEquivalence;
import dev.gantry.modeling.impl.rewrite.Rewrites;
import dev.gantry.modeling.spi.AssumptionSupport;
import dev.gantry.modeling.spi.Capabilities;
import dev.gantry.modeling.spi.Enforcement;
import dev.gantry.modeling.spi.Rewrite;
import dev.gantry.modeling.spi.Shape;
import dev.gantry.modeling.spi.UnsupportedModelException;
import dev.gantry.modeling.spi.WorkUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LoweringTest {
    private static final Set<ConstraintKind> NONE = EnumSet.noneOf(ConstraintKind.class);
    private static final Set<ConstraintKind> ALL = EnumSet.allOf(ConstraintKind.class);

    private static Capabilities caps(Set<ConstraintKind> nativeKinds, Set<ConstraintKind> enforceable, Set<ConstraintKind> reifiable) {
        return new Capabilities(nativeKinds, enforceable, reifiable, true, AssumptionSupport.NONE, false, false, false, false,
                false, false, false, 1, WorkUnit.STEPS);
    }

    private static Lowering lowering(Capabilities caps) {
        return new Lowering("toy", caps, List.of(), Rewrites.library());
    }

    private static List<Constraint> constraints(Model m) {
        return m.constraints().stream().map(PostedConstraint::constraint).toList();
    }

    private static List<ConstraintKind> kinds(Model m) {
        return m.constraints().stream().map(pc -> pc.constraint().kind()).toList();
    }

    // ---- zero copy ------------------------------------------------------------------------------------------------

    @Test
    void modelWithOnlyNativeConstraintsIsReturnedAsIs() {
        ModelBuilder m = Model.builder("native");
        IntVar x = m.intVar("x", 0, 5);
        IntVar y = m.intVar("y", 0, 5);
        BoolVar b = m.boolVar("b");
        IntervalVar a = m.interval("a").start(0, 5).size(2).build();
        IntervalVar c = m.interval("c").start(0, 5).size(0, 2).build();
        m.group("g").add(x.le(y));
        m.add(Constraints.allDifferent(x, y));
        m.group("machine").add(Constraints.noOverlap(List.of(a, c), ZeroLength.IGNORE_ZERO));
        m.add(Constraints.implies(b, Constraints.minOf(x, y, LinExpr.constant(3))));
        m.add(Constraints.mod(x, y, 3));
        m.minimize(x);
        Model model = m.build();

        Lowering noSemantics = lowering(caps(ALL, ALL, ALL));
        // a semantic lowering that matches nothing here: the only modulus is positive
        Lowering positiveModulus = new Lowering("toy", caps(ALL, ALL, ALL), List.of(Rewrites.moduloByAbsoluteDivisor()),
                Rewrites.library());

        assertThat(noSemantics.lower(model)).isSameAs(model);
        assertThat(positiveModulus.lower(model)).isSameAs(model);
    }

    @Test
    void aMatchingSemanticLoweringDisablesZeroCopy() {
        ModelBuilder m = Model.builder("ignore-zero");
        IntervalVar a = m.interval("a").start(0, 5).size(2).build();
        IntervalVar c = m.interval("c").start(0, 5).size(0, 2).build();
        m.group("machine").add(Constraints.noOverlap(List.of(a, c), ZeroLength.IGNORE_ZERO));
        Model model = m.build();
        Lowering strictNative = new Lowering("toy", caps(ALL, ALL, ALL), List.of(Rewrites.ignoreZeroAsShadows()), Rewrites.library());

        Model lowered = strictNative.lower(model);

        assertThat(lowered).isNotSameAs(model);
        assertThat(kinds(lowered)).containsExactly(ConstraintKind.REIFY, NO_OVERLAP);
        assertThat(((NoOverlap) constraints(lowered).get(1)).zeroLength()).isEqualTo(ZeroLength.STRICT);
    }

    // ---- params -----------------------------------------------------------------------------------------------------

    @Test
    void paramsAreSubstitutedByTheModelsValues() {
        ModelBuilder m = Model.builder("params");
        IntVar x = m.intVar("x", 0, 9);
        Param cap = m.param("cap", 4);
        IntervalVar a = m.interval("a").start(0, 5).size(2).build();
        m.group("limits").add(x.le(cap));
        m.group("crew").add(Constraints.cumulative(cap).demand(a, cap.minus(2)).build());
        m.minimize(x.plus(cap));
        Model model = m.build();
        Lowering all = lowering(caps(ALL, ALL, ALL));

        Model lowered = all.lower(model);
        Model lowered7 = all.lower(model.withParam("cap", 7));

        assertThat(lowered).isNotSameAs(model);
        assertThat(constraints(lowered)).containsExactly(x.le(4),
                new Cumulative(List.of(a), List.of(LinExpr.constant(2)), LinExpr.constant(4)));
        assertThat(lowered.objective().orElseThrow().first().expression()).isEqualTo(x.plus(4));
        assertThat(constraints(lowered7).get(0)).isEqualTo(x.le(7));
        assertThat(lowered7.objective().orElseThrow().first().expression()).isEqualTo(x.plus(7));
        assertThat(constraints(lowered7)).flatMap(ConstraintScope::expressions).noneMatch(LinExpr::hasParams);
    }

    // ---- NoOverlap without NO_OVERLAP ------------------------------------------------------------------------------

    private static final Capabilities CUMULATIVE_ONLY = caps(EnumSet.of(LINEAR, CUMULATIVE, CLAUSE), EnumSet.of(LINEAR), NONE);

    @Test
    void noOverlapOfPositiveIntervalsBecomesAUnitCumulative() {
        ModelBuilder m = Model.builder("no");
        IntervalVar a = m.interval("a").start(0, 5).size(2).build();
        IntervalVar b = m.interval("b").start(0, 5).size(3).build();
        m.group("machine").add(Constraints.noOverlap(List.of(a, b)));

        Model lowered = lowering(CUMULATIVE_ONLY).lower(m.build());

        assertThat(lowered.constraints()).containsExactly(new PostedConstraint(
                new Cumulative(List.of(a, b), List.of(LinExpr.constant(1), LinExpr.constant(1)), LinExpr.constant(1)),
                lowered.group("machine").orElseThrow()));
    }

    @Test
    void strictNoOverlapWithAZeroableIntervalAlsoGetsADisjunction() {
        ModelBuilder m = Model.builder("no");
        IntervalVar a = m.interval("a").start(0, 5).size(0, 2).build();
        IntervalVar b = m.interval("b").start(0, 5).size(3).build();
        m.group("machine").add(Constraints.noOverlap(List.of(a, b), ZeroLength.STRICT));
        Model model = m.build();

        Model lowered = lowering(CUMULATIVE_ONLY).lower(model);

        List<Constraint> cs = constraints(lowered);
        assertThat(kinds(lowered)).containsExactly(CUMULATIVE, IMPLIES, IMPLIES, CLAUSE);
        BoolVar before = (BoolVar) lowered.variables().get(model.variables().size());
        BoolVar after = (BoolVar) lowered.variables().get(model.variables().size() + 1);
        assertThat(cs.get(1)).isEqualTo(Constraints.implies(before, a.end().le(b.start())));
        assertThat(cs.get(2)).isEqualTo(Constraints.implies(after, b.end().le(a.start())));
        assertThat(cs.get(3)).isEqualTo(Constraints.clause(before, after));
    }

    @Test
    void ignoreZeroNoOverlapWithAZeroableIntervalGetsNoDisjunction() {
        ModelBuilder m = Model.builder("no");
        IntervalVar a = m.interval("a").start(0, 5).size(0, 2).build();
        IntervalVar b = m.interval("b").start(0, 5).size(3).build();
        m.group("machine").add(Constraints.noOverlap(List.of(a, b), ZeroLength.IGNORE_ZERO));

        Model lowered = lowering(CUMULATIVE_ONLY).lower(m.build());

        assertThat(kinds(lowered)).containsExactly(CUMULATIVE);
    }

    // ---- enforcement ----------------------------------------------------------------------------------------------

    @Test
    void impliedAllDifferentBecomesPairwiseDisequalitiesUnderTheLiteral() {
        ModelBuilder m = Model.builder("ad");
        BoolVar l = m.boolVar("l");
        IntVar x = m.intVar("x", 0, 3);
        IntVar y = m.intVar("y", 0, 3);
        IntVar z = m.intVar("z", 0, 3);
        m.group("g").add(Constraints.implies(l.not(), Constraints.allDifferent(x, y, z)));
        m.add(Constraints.allDifferent(x, y));
        Lowering linearOnly = lowering(caps(EnumSet.of(LINEAR, ALL_DIFFERENT), EnumSet.of(LINEAR), NONE));

        Model lowered = linearOnly.lower(m.build());

        assertThat(constraints(lowered)).containsExactly(
                Constraints.implies(l.not(), x.ne(y)), Constraints.implies(l.not(), x.ne(z)), Constraints.implies(l.not(), y.ne(z)),
                Constraints.allDifferent(x, y));
    }

    @Test
    void shapeWithoutRewriteChainIsRejectedNamingShapeBackendAndGroup() {
        ModelBuilder m = Model.builder("bad");
        BoolVar b = m.boolVar("b");
        IntVar x = m.intVar("x", 0, 3);
        IntVar y = m.intVar("y", 0, 3);
        m.group("distinct").add(Constraints.reify(b, Constraints.allDifferent(x, y)));
        Model model = m.build();

        assertThatThrownBy(() -> lowering(caps(EnumSet.of(LINEAR), EnumSet.of(LINEAR), NONE)).lower(model))
                .isInstanceOf(UnsupportedModelException.class)
                .hasMessage("backend toy cannot express reified ALL_DIFFERENT (group distinct): it is not native and no rewrite "
                        + "chain reaches the native set. Maybe post it without enforcement, or use a backend that supports it "
                        + "(for example choco).");
    }

    @Test
    void backgroundConstraintWithoutRewriteChainIsRejectedAsBackground() {
        ModelBuilder m = Model.builder("bad");
        IntVar x = m.intVar("x", 0, 3);
        m.add(Constraints.allowed(List.of(x), List.of(new long[] {1})));
        Model model = m.build();

        assertThatThrownBy(() -> lowering(caps(EnumSet.of(LINEAR), EnumSet.of(LINEAR), NONE)).lower(model))
                .isInstanceOf(UnsupportedModelException.class)
                .hasMessageStartingWith("backend toy cannot express TABLE (background): it is not native");
    }

    @Test
    void planIgnoresAppliesToSoAVariableDivisorWithoutModIsRejectedAtLoweringTime() {
        ModelBuilder m = Model.builder("div");
        IntVar x = m.intVar("x", 0, 9);
        IntVar d = m.intVar("d", 2, 3);
        m.group("tiles").add(Constraints.divisible(x, d));
        Model model = m.build();
        Lowering linearOnly = lowering(caps(EnumSet.of(LINEAR), EnumSet.of(LINEAR), NONE));

        // the planner counts divisible-as-multiple, which only takes constant divisors
        assertThat(linearOnly.stepsFor(new Shape(DIVISIBLE, Enforcement.NONE))).isEqualTo(1);
        assertThatThrownBy(() -> linearOnly.lower(model)).isInstanceOf(UnsupportedModelException.class)
                .hasMessageStartingWith("backend toy cannot express DIVISIBLE (group tiles)");
    }

    // ---- provenance and planning ------------------------------------------------------------------------------------

    @Test
    void everyLoweredConstraintKeepsItsSourceGroup() {
        ModelBuilder m = Model.builder("prov");
        BoolVar b1 = m.boolVar("b1");
        BoolVar b2 = m.boolVar("b2");
        IntVar x = m.intVar("x", 0, 3);
        IntVar y = m.intVar("y", 0, 3);
        IntervalVar a = m.interval("a").start(0, 5).size(0, 2).build();
        IntervalVar c = m.interval("c").start(0, 5).size(3).build();
        m.group("g1").label("Either b1 or not b2").add(Constraints.clause(b1, b2.not()));
        m.add(Constraints.allDifferent(x, y));
        m.group("machine").weight(4).add(Constraints.noOverlap(List.of(a, c)));
        Model model = m.build();
        Lowering cumulativeLinear = lowering(caps(EnumSet.of(LINEAR, CUMULATIVE), EnumSet.of(LINEAR), NONE));

        Model lowered = cumulativeLinear.lower(model);

        assertThat(lowered.groups()).containsExactlyElementsOf(model.groups());
        assertThat(lowered.constraints()).extracting(pc -> pc.isBackground() ? "-" : pc.group().name(), pc -> pc.constraint().kind())
                .containsExactly(tuple("g1", LINEAR), tuple("-", LINEAR), tuple("machine", CUMULATIVE),
                        tuple("machine", IMPLIES), tuple("machine", IMPLIES), tuple("machine", LINEAR));
        assertThat(lowered.group("machine").orElseThrow().weight()).isEqualTo(4);
        assertThat(lowered.variables().subList(model.variables().size(), lowered.variables().size()))
                .isNotEmpty().allMatch(IntVar::isAuxiliary);
    }

    @Test
    void stepsForCountsTheLongestChainToTheNativeSet() {
        Lowering l = lowering(caps(EnumSet.of(LINEAR, CLAUSE, CUMULATIVE, MAX_OF), EnumSet.of(LINEAR), NONE));

        assertThat(l.stepsFor(new Shape(LINEAR, Enforcement.NONE))).isZero();
        assertThat(l.stepsFor(new Shape(LINEAR, Enforcement.IMPLIED))).isZero();
        assertThat(l.stepsFor(new Shape(CLAUSE, Enforcement.NONE))).isZero();
        assertThat(l.stepsFor(new Shape(LINEAR, Enforcement.REIFIED))).isEqualTo(1);
        assertThat(l.stepsFor(new Shape(ALL_DIFFERENT, Enforcement.NONE))).isEqualTo(1);
        assertThat(l.stepsFor(new Shape(ALL_DIFFERENT, Enforcement.IMPLIED))).isEqualTo(1);
        assertThat(l.stepsFor(new Shape(NO_OVERLAP, Enforcement.NONE))).isEqualTo(1);
        assertThat(l.stepsFor(new Shape(ABS, Enforcement.NONE))).isEqualTo(1);
        assertThat(l.stepsFor(new Shape(CUMULATIVE, Enforcement.IMPLIED))).isEqualTo(1);
        assertThat(l.stepsFor(new Shape(CLAUSE, Enforcement.REIFIED))).isEqualTo(2);
        assertThat(l.stepsFor(new Shape(ABS, Enforcement.IMPLIED))).isEqualTo(2);
        assertThat(l.stepsFor(new Shape(NO_OVERLAP, Enforcement.IMPLIED))).isEqualTo(2);
        assertThat(l.stepsFor(new Shape(ALL_DIFFERENT, Enforcement.REIFIED))).isEqualTo(-1);
        assertThat(l.stepsFor(new Shape(TABLE, Enforcement.NONE))).isEqualTo(-1);
        assertThat(l.stepsFor(new Shape(MIN_OF, Enforcement.NONE))).isEqualTo(-1);
        assertThat(l.stepsFor(new Shape(MIN_OF, Enforcement.IMPLIED))).isEqualTo(-1);
        assertThat(l.stepsFor(new Shape(DIVISIBLE, Enforcement.REIFIED))).isEqualTo(-1);
    }

    @Test
    void loweringFollowsATwoStepChain() {
        ModelBuilder m = Model.builder("chain");
        BoolVar l = m.boolVar("l");
        IntVar t = m.intVar("t", 0, 3);
        IntVar x = m.intVar("x", -2, 3);
        m.group("g").add(Constraints.implies(l, Constraints.abs(t, x)));
        Model model = m.build();
        Lowering lowering = lowering(caps(EnumSet.of(LINEAR, MAX_OF), EnumSet.of(LINEAR), NONE));

        Model lowered = lowering.lower(model);

        IntVar fresh = lowered.variables().get(3);
        assertThat(fresh.domain()).isEqualTo(Domain.range(0, 3));
        assertThat(constraints(lowered)).containsExactly(Constraints.maxOf(fresh, x.expr(), x.expr().negate()),
                Constraints.implies(l, t.eq(fresh)));
    }

    // ---- whole pipeline against brute force -------------------------------------------------------------------------

    private static final Set<ConstraintKind> CPSAT_NATIVE = EnumSet.of(LINEAR, ALL_DIFFERENT, ELEMENT, TABLE, NO_OVERLAP,
            CUMULATIVE, CLAUSE, AT_MOST_ONE, EXACTLY_ONE, MIN_OF, MAX_OF, ABS, MUL, DIV, MOD);
    private static final Set<ConstraintKind> CHOCO_CONDITIONABLE = EnumSet.of(LINEAR, ALL_DIFFERENT, ELEMENT, TABLE, CLAUSE,
            AT_MOST_ONE, EXACTLY_ONE, MIN_OF, MAX_OF, ABS, MUL, DIV, MOD);

    /** CP-SAT-like, Choco-like and a linear-heavy backend that forces long chains. */
    private static List<Lowering> pipelines() {
        List<Rewrite> cpsatSemantics = List.of(Rewrites.ignoreZeroAsShadows(), Rewrites.moduloByAbsoluteDivisor());
        Set<ConstraintKind> chocoNative = EnumSet.copyOf(CHOCO_CONDITIONABLE);
        chocoNative.add(CUMULATIVE);
        return List.of(
                new Lowering("cpsat-like", caps(CPSAT_NATIVE, EnumSet.of(LINEAR, CLAUSE), NONE), cpsatSemantics, Rewrites.library()),
                new Lowering("choco-like", caps(chocoNative, CHOCO_CONDITIONABLE, CHOCO_CONDITIONABLE), List.of(), Rewrites.library()),
                new Lowering("linear-like", caps(EnumSet.of(LINEAR, CUMULATIVE, MAX_OF, MIN_OF, MUL, DIV, MOD), EnumSet.of(LINEAR), NONE),
                        cpsatSemantics, Rewrites.library()));
    }

    @Test
    void loweredModelsHaveTheSameSolutionsOnTheOriginalVariables() {
        int lowered = 0;
        int rejected = 0;
        for (long seed = 0; seed < 60; seed++) {
            Model model = randomModel(seed);
            Set<List<Long>> expected = RewriteEquivalence.solutions(model);
            for (Lowering pipeline : pipelines()) {
                Model out;
                try {
                    out = pipeline.lower(model);
                } catch (UnsupportedModelException e) {
                    rejected++;
                    continue;
                }
                if (out != model) {
                    lowered++;
                }
                assertThat(RewriteEquivalence.project(out, model.variables().size()))
                        .as("%s lowered:%n%s", model.toText(), out.toText()).containsExactlyInAnyOrderElementsOf(expected);
            }
        }
        assertThat(lowered).as("models that needed rewriting").isGreaterThan(60);
        assertThat(rejected).as("models some pipeline could not express").isPositive();
    }

    /** Either integer/Boolean constraints over x, y, t, d, b0, b1, or a resource constraint over two intervals. */
    private static Model randomModel(long seed) {
        Random r = new Random(seed);
        ModelBuilder m = Model.builder("pipeline-" + seed);
        List<BoolVar> bs = List.of(m.boolVar("b0"), m.boolVar("b1"));
        List<Constraint> cs = new ArrayList<>();
        if (r.nextInt(4) == 0) {
            ModelBuilder.IntervalBuilder first = m.interval("iv0").start(0, 2);
            if (r.nextBoolean()) {
                first.size(0, 1);
            } else {
                first.size(r.nextInt(3));
            }
            if (r.nextInt(3) == 0) {
                first.optional();
            }
            List<IntervalVar> ivs = List.of(first.build(), m.interval("iv1").start(0, 2).size(r.nextInt(3)).build());
            cs.add(r.nextBoolean() ? Constraints.noOverlap(ivs, r.nextBoolean() ? ZeroLength.STRICT : ZeroLength.IGNORE_ZERO)
                    : Constraints.cumulative(1).demand(ivs.get(0), 1).demand(ivs.get(1), 1).build());
        } else {
            IntVar x = m.intVar("x", -2, 2);
            IntVar y = m.intVar("y", -1, 1);
            IntVar t = m.intVar("t", -2, 2);
            IntVar d = m.intVar("d", Domain.values(-2, 1, 2));
            int n = 1 + r.nextInt(2);
            for (int k = 0; k < n; k++) {
                cs.add(switch (r.nextInt(12)) {
                    case 0 -> x.plus(y.times(2)).le(r.nextInt(3));
                    case 1 -> Constraints.allDifferent(x, y, t);
                    case 2 -> Constraints.clause(bs.get(0), bs.get(1).not());
                    case 3 -> Constraints.atMostOne(bs.get(0), bs.get(1));
                    case 4 -> Constraints.exactlyOne(bs.get(0).not(), bs.get(1));
                    case 5 -> Constraints.minOf(t, x, y);
                    case 6 -> Constraints.maxOf(t, x, y.minus(1));
                    case 7 -> Constraints.abs(t, x.minus(y));
                    case 8 -> Constraints.mul(t, x, y);
                    case 9 -> Constraints.div(t, x, d);
                    case 10 -> Constraints.mod(t, x.plus(y), d);
                    default -> Constraints.divisible(x.plus(y), r.nextBoolean() ? LinExpr.constant(2) : d.expr());
                });
            }
        }
        for (int k = 0; k < cs.size(); k++) {
            Constraint c = cs.get(k);
            Literal l = r.nextBoolean() ? bs.get(r.nextInt(2)) : bs.get(r.nextInt(2)).not();
            int wrap = r.nextInt(3);
            if (wrap == 1) {
                c = Constraints.implies(l, c);
            } else if (wrap == 2) {
                c = Constraints.reify(l, c);
            }
            m.group("g" + k).add(c);
        }
        return m.build();
    }
}
