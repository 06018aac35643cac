package dev.gantry.modeling.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ModelBuilderTest {
    private static final long TWO_POW_21 = 1L << 21;
    private static final long TWO_POW_22 = 1L << 22;

    // ---- R8 fail-fast cases ---------------------------------------------------------------------------------

    @Test
    void emptyDomainIsRejectedAtBuildNamingTheVariable() {
        ModelBuilder m = Model.builder("m");
        m.intVar("x", 3, 2);

        assertThatThrownBy(m::build).isInstanceOf(ModelValidationException.class)
                .hasMessage("variable x has an empty domain. Maybe its lower bound exceeds its upper bound.");
    }

    @Test
    void duplicateNamesAreRejectedAcrossVariablesParamsAndIntervals() {
        ModelBuilder m = Model.builder("m");
        m.intVar("x", 0, 3);

        assertThatThrownBy(() -> m.intVar("x", 0, 1)).isInstanceOf(ModelValidationException.class)
                .hasMessage("name \"x\" is used twice in model m. Maybe add an index to it (\"x#2\").");
        assertThatThrownBy(() -> m.boolVar("x")).isInstanceOf(ModelValidationException.class)
                .hasMessageContaining("name \"x\" is used twice in model m");
        assertThatThrownBy(() -> m.param("x", 1)).isInstanceOf(ModelValidationException.class)
                .hasMessageContaining("name \"x\" is used twice in model m");
        assertThatThrownBy(() -> m.interval("x")).isInstanceOf(ModelValidationException.class)
                .hasMessageContaining("name \"x\" is used twice in model m");
    }

    @Test
    void intervalPartNamesClashWithExistingNames() {
        ModelBuilder m = Model.builder("m");
        m.intVar("a.start", 0, 3);

        assertThatThrownBy(() -> m.interval("a").start(0, 5)).isInstanceOf(ModelValidationException.class)
                .hasMessageContaining("name \"a.start\" is used twice in model m");
    }

    @Test
    void underscorePrefixIsReservedForAuxiliaries() {
        ModelBuilder m = Model.builder("m");
        String expected = "name \"_x\" starts with '_', which is reserved for auxiliaries. Maybe drop the underscore.";

        assertThatThrownBy(() -> m.intVar("_x", 0, 1)).isInstanceOf(ModelValidationException.class).hasMessage(expected);
        assertThatThrownBy(() -> m.boolVar("_x")).isInstanceOf(ModelValidationException.class).hasMessage(expected);
        assertThatThrownBy(() -> m.param("_x", 0)).isInstanceOf(ModelValidationException.class).hasMessage(expected);
        assertThatThrownBy(() -> m.interval("_x")).isInstanceOf(ModelValidationException.class).hasMessage(expected);
        assertThat(m.auxIntVar("x", Domain.range(0, 1)).name()).isEqualTo("_x#0");
    }

    @Test
    void emptyNamesAreRejected() {
        ModelBuilder m = Model.builder("m");

        assertThatThrownBy(() -> m.intVar("", 0, 1)).isInstanceOf(ModelValidationException.class)
                .hasMessageStartingWith("a variable, interval or parameter has an empty name. Maybe");
        assertThatThrownBy(() -> m.group(" ")).isInstanceOf(ModelValidationException.class)
                .hasMessageStartingWith("group name is empty. Maybe");
    }

    @Test
    void divDivisorWhoseDomainHoldsZeroIsRejected() {
        ModelBuilder m = Model.builder("m");
        IntVar q = m.intVar("q", -9, 9);
        IntVar x = m.intVar("x", 0, 9);
        IntVar d = m.intVar("d", -2, 2);
        m.group("g").add(Constraints.div(q, x, d));

        assertThatThrownBy(m::build).isInstanceOf(ModelValidationException.class)
                .hasMessage("group g: the divisor d can be 0. Maybe exclude 0 from its domain (Domain.ofIntervals).");
    }

    @Test
    void modModulusThatCanBeZeroIsRejectedAlsoThroughAnOffset() {
        ModelBuilder m = Model.builder("m");
        IntVar r = m.intVar("r", -9, 9);
        IntVar x = m.intVar("x", 0, 9);
        IntVar d = m.intVar("d", 0, 3);
        m.add(Constraints.mod(r, x, d.minus(1)));

        assertThatThrownBy(m::build).isInstanceOf(ModelValidationException.class)
                .hasMessage("a background constraint: the modulus d - 1 can be 0. Maybe exclude 0 from its domain (Domain.ofIntervals).");
    }

    @Test
    void divisibleByZeroIsRejectedForConstantsParamsAndUnderImplication() {
        ModelBuilder constant = Model.builder("m");
        IntVar x = constant.intVar("x", 0, 9);
        constant.add(Constraints.divisible(x, 0));
        assertThatThrownBy(constant::build).isInstanceOf(ModelValidationException.class)
                .hasMessage("a background constraint: the divisor 0 can be 0. Maybe exclude 0 from its domain (Domain.ofIntervals).");

        ModelBuilder param = Model.builder("m");
        IntVar y = param.intVar("y", 0, 9);
        Param k = param.param("k", 0);
        param.group("tiles").add(Constraints.divisible(y, k));
        assertThatThrownBy(param::build).isInstanceOf(ModelValidationException.class)
                .hasMessageStartingWith("group tiles: the divisor $k can be 0. Maybe");

        ModelBuilder implied = Model.builder("m");
        IntVar z = implied.intVar("z", 0, 9);
        IntVar d = implied.intVar("d", -1, 1);
        BoolVar b = implied.boolVar("b");
        implied.group("g").add(Constraints.implies(b, Constraints.divisible(z, d)));
        assertThatThrownBy(implied::build).isInstanceOf(ModelValidationException.class)
                .hasMessageStartingWith("group g: the divisor d can be 0. Maybe");
    }

    @Test
    void divisorsThatCannotBeZeroAreAccepted() {
        ModelBuilder m = Model.builder("m");
        IntVar q = m.intVar("q", -9, 9);
        IntVar x = m.intVar("x", 0, 9);
        IntVar nonZero = m.intVar("nz", Domain.ofIntervals(new long[] {-2, -1}, new long[] {1, 2}));
        IntVar odd = m.intVar("odd", 0, 5);
        m.add(Constraints.div(q, x, nonZero));
        m.add(Constraints.mod(q, x, odd.times(2).minus(3))); // 2·odd = 3 has no integer solution
        m.add(Constraints.divisible(x, -3));

        assertThatCode(m::build).doesNotThrowAnyException();
    }

    @Test
    void divisorWithSeveralVariablesIsRejected() {
        ModelBuilder m = Model.builder("m");
        IntVar q = m.intVar("q", -9, 9);
        IntVar x = m.intVar("x", 1, 9);
        IntVar y = m.intVar("y", 1, 9);
        m.add(Constraints.div(q, x, x.plus(y)));

        assertThatThrownBy(m::build).isInstanceOf(ModelValidationException.class)
                .hasMessage("a background constraint: the divisor x + y has several variables. Maybe name it with a variable first.");
    }

    @Test
    void negativeCumulativeDemandIsRejectedForConstantsAndVariables() {
        ModelBuilder m = Model.builder("m");
        IntervalVar a = m.interval("a").start(0, 5).size(2).build();
        m.group("crew").add(Constraints.cumulative(3).demand(a, -1).build());
        assertThatThrownBy(m::build).isInstanceOf(ModelValidationException.class)
                .hasMessage("group crew: interval a can demand -1 < 0 of a cumulative resource. Maybe bound the demand from 0.");

        ModelBuilder v = Model.builder("m");
        IntervalVar b = v.interval("b").start(0, 5).size(2).build();
        IntVar demand = v.intVar("demand", -2, 2);
        v.add(Constraints.cumulative(3).demand(b, demand).build());
        assertThatThrownBy(v::build).isInstanceOf(ModelValidationException.class)
                .hasMessage("a background constraint: interval b can demand -2 < 0 of a cumulative resource. Maybe bound the demand from 0.");
    }

    @Test
    void intervalWhoseSizeCanBeNegativeIsRejected() {
        ModelBuilder m = Model.builder("m");
        IntVar x = m.intVar("x", 0, 4);

        assertThatThrownBy(() -> m.interval("a").start(0, 5).size(-1, 3).build()).isInstanceOf(ModelValidationException.class)
                .hasMessage("interval a can have size -1 < 0. Maybe bound its size from 0.");
        assertThatThrownBy(() -> m.interval("b").start(0, 5).size(-2).build()).isInstanceOf(ModelValidationException.class)
                .hasMessage("interval b can have size -2 < 0. Maybe bound its size from 0.");
        assertThatThrownBy(() -> m.interval("c").start(0, 5).size(x.minus(1)).build()).isInstanceOf(ModelValidationException.class)
                .hasMessage("interval c can have size -1 < 0. Maybe bound its size from 0.");
    }

    @Test
    void intervalWithoutStartOrSizeIsRejected() {
        ModelBuilder m = Model.builder("m");

        assertThatThrownBy(() -> m.interval("a").size(3).build()).isInstanceOf(ModelValidationException.class)
                .hasMessage("interval a has no start. Maybe call .start(lo, hi).");
        assertThatThrownBy(() -> m.interval("b").start(0, 3).build()).isInstanceOf(ModelValidationException.class)
                .hasMessage("interval b has no size. Maybe call .size(d).");
    }

    @Test
    void intervalPartsMustBeAffine() {
        ModelBuilder m = Model.builder("m");
        IntVar x = m.intVar("x", 0, 4);
        IntVar y = m.intVar("y", 0, 4);

        assertThatThrownBy(() -> m.interval("a").start(x.plus(y))).isInstanceOf(ModelValidationException.class)
                .hasMessage("interval a: the start x + y is not of the form a·x + c. Maybe introduce a variable equal to it.");
    }

    @Test
    void intervalWithVariableSizeGetsAnEndVariableSpanningStartPlusSize() {
        ModelBuilder m = Model.builder("m");
        IntervalVar a = m.interval("a").start(2, 5).size(1, 3).optional().build();
        Model model = m.build();

        assertThat(model.variables()).extracting(IntVar::name).containsExactly("a.start", "a.size", "a.end", "a.present");
        assertThat(model.variable("a.end").orElseThrow().domain()).isEqualTo(Domain.range(3, 8));
        assertThat(a.isOptional()).isTrue();
        assertThat(a.hasFixedSize()).isFalse();
        assertThat(a.presence().orElseThrow()).isSameAs(model.variable("a.present").orElseThrow());
    }

    @Test
    void expressionsThatCanReachTwoPow62AreRejected() {
        ModelBuilder m = Model.builder("m");
        IntVar x = m.intVar("x", 0, 1L << 40);
        m.add(x.times(TWO_POW_22).le(5));

        assertThatThrownBy(m::build).isInstanceOf(ModelValidationException.class)
                .hasMessage("a background constraint: the expression 4194304·x ranges over [0, 4611686018427387904], beyond ±2^62, "
                        + "and could overflow. Maybe tighten the variables' domains.");
    }

    @Test
    void negativeRangeBeyondTwoPow62IsRejectedInAGroup() {
        ModelBuilder m = Model.builder("m");
        IntVar x = m.intVar("x", 0, 1L << 40);
        m.group("g").add(x.times(-TWO_POW_22).le(5));

        assertThatThrownBy(m::build).isInstanceOf(ModelValidationException.class)
                .hasMessageStartingWith("group g: the expression -4194304·x ranges over [-4611686018427387904, 0], beyond ±2^62");
    }

    @Test
    void differenceOfBothSidesIsCheckedForOverflowToo() {
        ModelBuilder m = Model.builder("m");
        IntVar x = m.intVar("x", 0, 1L << 40);
        IntVar y = m.intVar("y", 0, 1L << 40);
        m.add(x.times(TWO_POW_21).le(y.times(-TWO_POW_21)));

        assertThatThrownBy(m::build).isInstanceOf(ModelValidationException.class)
                .hasMessageStartingWith("a background constraint: the expression 2097152·x - (-2097152·y) ranges over [0, 4611686018427387904]");
    }

    @Test
    void objectiveThatCanOverflowIsRejected() {
        ModelBuilder m = Model.builder("m");
        IntVar x = m.intVar("x", 0, 1L << 40);
        m.minimize(x.times(TWO_POW_22));

        assertThatThrownBy(m::build).isInstanceOf(ModelValidationException.class)
                .hasMessageStartingWith("the objective: the expression 4194304·x ranges over [0, 4611686018427387904], beyond ±2^62");
    }

    @Test
    void expressionsJustBelowTwoPow62AreAccepted() {
        ModelBuilder m = Model.builder("m");
        IntVar x = m.intVar("x", 0, 1L << 40);
        m.add(x.times(TWO_POW_21).le(5)); // at most 2^61
        m.minimize(x.times(TWO_POW_21));

        assertThatCode(m::build).doesNotThrowAnyException();
    }

    @Test
    void variableFromAnotherModelIsRejected() {
        ModelBuilder other = Model.builder("other");
        IntVar y = other.intVar("y", 0, 3);
        ModelBuilder m = Model.builder("m");
        m.intVar("a", 0, 3);
        m.add(y.le(2));

        assertThatThrownBy(m::build).isInstanceOf(ModelValidationException.class)
                .hasMessage("a background constraint uses variable y, which belongs to another model. "
                        + "Maybe build both parts with the same ModelBuilder.");
    }

    @Test
    void variableFromAnotherModelIsRejectedInTheObjectiveAndParamsToo() {
        ModelBuilder other = Model.builder("other");
        IntVar y = other.intVar("y", 0, 3);
        Param q = other.param("q", 2);

        ModelBuilder objective = Model.builder("m");
        objective.minimize(y);
        assertThatThrownBy(objective::build).isInstanceOf(ModelValidationException.class)
                .hasMessageStartingWith("the objective uses variable y, which belongs to another model.");

        ModelBuilder param = Model.builder("m");
        IntVar x = param.intVar("x", 0, 3);
        param.group("g").add(x.le(q));
        assertThatThrownBy(param::build).isInstanceOf(ModelValidationException.class)
                .hasMessage("group g uses parameter q, which belongs to another model. Maybe declare it with this ModelBuilder.");
    }

    @Test
    void conflictingGroupLabelsAreRejected() {
        ModelBuilder m = Model.builder("m");
        m.group("g").label("A");
        m.group("g").label("A"); // the same label again is fine

        assertThatThrownBy(() -> m.group("g").label("B")).isInstanceOf(ModelValidationException.class)
                .hasMessage("group g is labelled both \"A\" and \"B\". Maybe use one label, or two groups.");
    }

    @Test
    void negativeGroupWeightIsRejected() {
        ModelBuilder m = Model.builder("m");

        assertThatThrownBy(() -> m.group("g").weight(-1)).isInstanceOf(ModelValidationException.class)
                .hasMessage("group g has negative weight -1. Maybe use 0 for a free relaxation.");
    }

    // ---- groups, params, fingerprint, text --------------------------------------------------------------------

    @Test
    void groupsKeepInsertionOrderWithDefaultLabelAndWeight() {
        ModelBuilder m = Model.builder("m");
        IntVar x = m.intVar("x", 0, 9);
        m.group("zeta").add(x.le(8));
        m.group("alpha").label("Alpha rule").weight(3).add(x.ge(1));
        m.add(x.ne(5));
        m.group("mid").add(x.ne(4));
        m.group("zeta").add(x.ne(3));
        Model model = m.build();

        assertThat(model.groups()).containsExactly(new Group("zeta", "zeta", 1), new Group("alpha", "Alpha rule", 3),
                new Group("mid", "mid", 1));
        assertThat(model.constraints()).extracting(pc -> pc.isBackground() ? "-" : pc.group().name())
                .containsExactly("zeta", "alpha", "-", "mid", "zeta");
        assertThat(model.constraintsOf(model.group("zeta").orElseThrow())).extracting(PostedConstraint::constraint)
                .containsExactly(x.le(8), x.ne(3));
    }

    @Test
    void labelInFillsParamPlaceholdersAndKeepsUnknownOnes() {
        ModelBuilder m = Model.builder("m");
        IntVar end = m.intVar("end", 0, 20);
        Param deadline = m.param("deadline", 8);
        m.group("deadline").label("The project ends by day {deadline}; {nope} stays").add(end.le(deadline));
        Model model = m.build();
        Group g = model.group("deadline").orElseThrow();

        assertThat(g.labelIn(model)).isEqualTo("The project ends by day 8; {nope} stays");
        assertThat(g.labelIn(model.withParam("deadline", 9))).isEqualTo("The project ends by day 9; {nope} stays");
        assertThat(g.label()).isEqualTo("The project ends by day {deadline}; {nope} stays");
    }

    @Test
    void withParamDerivesAModelWithAnotherValueAndLeavesTheOriginalAlone() {
        ModelBuilder m = Model.builder("m");
        IntVar x = m.intVar("x", 0, 20);
        Param cap = m.param("cap", 4);
        m.group("limits").add(x.le(cap));
        Model model = m.build();

        Model derived = model.withParam("cap", 7);

        assertThat(model.paramValue(cap)).isEqualTo(4);
        assertThat(derived.paramValue(cap)).isEqualTo(7);
        assertThat(derived.variables()).containsExactlyElementsOf(model.variables());
        assertThat(derived.constraints()).containsExactlyElementsOf(model.constraints());
        assertThat(cap.defaultValue()).isEqualTo(4);
        assertThat(ReferenceSemantics.satisfies(model, new long[] {6})).isFalse();
        assertThat(ReferenceSemantics.satisfies(derived, new long[] {6})).isTrue();
        assertThatThrownBy(() -> model.withParam("nope", 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("model m has no parameter nope; it has [cap]");
    }

    @Test
    void paramValueOfAForeignParamIsRejected() {
        Model a = buildShop();
        Model b = buildShop();

        assertThatThrownBy(() -> a.paramValue(b.params().get(0))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parameter cap does not belong to model shop");
    }

    @Test
    void fingerprintIsEqualForEqualModelsAndChangesWithAParam() {
        Model a = buildShop();
        Model b = buildShop();

        assertThat(a.fingerprint()).matches("[0-9a-f]{64}");
        assertThat(a.fingerprint()).isEqualTo(b.fingerprint());
        assertThat(a.withParam("cap", 5).fingerprint()).isNotEqualTo(a.fingerprint());
        assertThat(a.withParam("cap", 4).fingerprint()).isEqualTo(a.fingerprint());
        assertThat(a.withParam("cap", 5).fingerprint()).isEqualTo(b.withParam("cap", 5).fingerprint());
    }

    @Test
    void fingerprintChangesWithAGroupWeight() {
        ModelBuilder m1 = Model.builder("w");
        m1.group("g").weight(1).add(m1.intVar("x", 0, 3).le(2));
        ModelBuilder m2 = Model.builder("w");
        m2.group("g").weight(2).add(m2.intVar("x", 0, 3).le(2));

        assertThat(m1.build().fingerprint()).isNotEqualTo(m2.build().fingerprint());
    }

    @Test
    void toTextListsEverythingInInsertionOrder() {
        assertThat(buildShop().toText()).isEqualTo("""
                model shop
                int x [0..5]
                bool b [0..1]
                int t.start [0..9]
                bool t.present [0..1]
                interval t start t.start size 3 end t.start + 3 present t.present
                param cap = 4
                group limits weight 2 label x stays under {cap}
                limits: x <= $cap
                -: Implies[condition=¬b, then=2·x - 1 >= 3]
                MINIMIZE x + 1
                """);
    }

    @Test
    void derivedBuilderKeepsEverythingAndAppendsConstraints() {
        Model base = buildShop();
        ModelBuilder d = base.derive();
        IntVar x = base.variable("x").orElseThrow();
        d.group("limits").add(x.ge(1));
        Model derived = d.build();

        assertThat(derived.variables()).containsExactlyElementsOf(base.variables());
        assertThat(derived.constraints()).hasSize(3);
        assertThat(derived.constraints().get(2)).isEqualTo(new PostedConstraint(x.ge(1), base.group("limits").orElseThrow()));
        assertThat(base.deriveWithoutConstraints().build().constraints()).isEmpty();
    }

    @Test
    void postPutsAConstraintInTheGivenGroupOrInTheBackground() {
        Model base = buildShop();
        IntVar x = base.variable("x").orElseThrow();
        Group limits = base.group("limits").orElseThrow();
        ModelBuilder d = base.deriveWithoutConstraints();
        d.post(x.le(3), limits);
        d.post(x.ge(1), null);
        d.post(x.ne(2), new Group("fresh", "A fresh rule", 2));
        Model derived = d.build();

        assertThat(derived.constraints()).containsExactly(new PostedConstraint(x.le(3), limits),
                new PostedConstraint(x.ge(1), null), new PostedConstraint(x.ne(2), new Group("fresh", "A fresh rule", 2)));
        assertThat(derived.groups()).containsExactly(limits, new Group("fresh", "A fresh rule", 2));
    }

    private static Model buildShop() {
        ModelBuilder m = Model.builder("shop");
        IntVar x = m.intVar("x", 0, 5);
        BoolVar b = m.boolVar("b");
        Param cap = m.param("cap", 4);
        m.interval("t").start(0, 9).size(3).optional().build();
        m.group("limits").label("x stays under {cap}").weight(2).add(x.le(cap));
        m.add(Constraints.implies(b.not(), x.times(2).minus(1).ge(3)));
        m.minimize(x.plus(1));
        return m.build();
    }

    // ---- bugs ----------------------------------------------------------------------------------------------------

    @Test
    void intervalWithEmptySizeDomainIsReportedLikeAnyEmptyDomain() {
        ModelBuilder m = Model.builder("m");

        assertThatThrownBy(() -> m.interval("a").start(0, 10).size(5, 3).build())
                .isInstanceOf(ModelValidationException.class)
                .hasMessageStartingWith("variable a.size has an empty domain.");
    }

    @Test
    void intervalNameIsReservedAsSoonAsTheBuilderIsCreated() {
        ModelBuilder m = Model.builder("m");
        ModelBuilder.IntervalBuilder a = m.interval("a");

        assertThatThrownBy(() -> m.intVar("a", 0, 3)).isInstanceOf(ModelValidationException.class)
                .hasMessageContaining("name \"a\" is used twice in model m");
        a.start(0, 5).size(2).build();
    }

    @Test
    void productThatCanOverflowIsRejected() {
        ModelBuilder m = Model.builder("m");
        IntVar t = m.intVar("t", 0, 10);
        IntVar x = m.intVar("x", 0, 1L << 32);
        IntVar y = m.intVar("y", 0, 1L << 32);
        m.add(Constraints.mul(t, x, y));

        assertThatThrownBy(m::build).isInstanceOf(ModelValidationException.class).hasMessageContaining("beyond ±2^62");
    }

    @Test
    void partialSumBeyondTwoPow62IsRejected() {
        ModelBuilder m = Model.builder("m");
        IntVar u = m.intVar("u", 1L << 60, 1L << 61);
        IntVar v = m.intVar("v", 1L << 60, 1L << 61);
        // whole sum in [-3·2^60, 3·2^60]; the first term alone reaches 3·2^61 = 1.5·2^62
        m.add(u.times(3).minus(v.times(3)).le(0));

        assertThatThrownBy(m::build).isInstanceOf(ModelValidationException.class).hasMessageContaining("beyond ±2^62");
    }

    @Test
    void postWithAConflictingGroupLabelIsRejected() {
        ModelBuilder m = Model.builder("m");
        IntVar x = m.intVar("x", 0, 3);
        m.group("g").label("A").add(x.le(2));

        assertThatThrownBy(() -> {
            m.post(x.ge(1), new Group("g", "B", 1));
            m.build();
        }).isInstanceOf(ModelValidationException.class)
                .hasMessage("group g is labelled both \"A\" and \"B\". Maybe use one label, or two groups.");
    }

    @Test
    void withParamRevalidatesParamDependentChecks() {
        ModelBuilder m = Model.builder("m");
        IntVar q = m.intVar("q", -9, 9);
        IntVar x = m.intVar("x", 0, 9);
        Param k = m.param("k", 2);
        m.group("g").add(Constraints.div(q, x, k));
        Model model = m.build();

        assertThatThrownBy(() -> model.withParam("k", 0)).isInstanceOf(ModelValidationException.class)
                .hasMessageStartingWith("group g: the divisor $k can be 0.");
    }
}
