package dev.gantry.modeling.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One satisfied and one violated assignment per constraint kind (S1–S7); every constraint sits in group "g". */
class ReferenceSemanticsTest {

    private static List<Violation> check(Model m, long... values) {
        return ReferenceSemantics.check(m, values);
    }

    private static void assertHolds(Model m, long... values) {
        assertThat(check(m, values)).isEmpty();
        assertThat(ReferenceSemantics.satisfies(m, values)).isTrue();
    }

    private static void assertFails(Model m, String reason, long... values) {
        assertThat(check(m, values)).extracting(Violation::groupName, Violation::reason).containsExactly(tuple("g", reason));
        assertThat(ReferenceSemantics.satisfies(m, values)).isFalse();
    }

    private static Model inGroup(ModelBuilder m, Constraint c) {
        m.group("g").add(c);
        return m.build();
    }

    @ParameterizedTest
    @CsvSource({"LE, true, true, false", "LT, true, false, false", "GE, false, true, true", "GT, false, false, true",
            "EQ, false, true, false", "NE, true, false, true"})
    void linearRelations(Relation relation, boolean below, boolean equal, boolean above) {
        ModelBuilder m = Model.builder("lin");
        IntVar x = m.intVar("x", 0, 5);
        IntVar y = m.intVar("y", 0, 5);
        Model model = inGroup(m, new Linear(x.expr(), relation, y.expr()));
        String s = relation.symbol();

        long[][] cases = {{2, 3}, {3, 3}, {3, 2}};
        boolean[] expected = {below, equal, above};
        for (int i = 0; i < cases.length; i++) {
            long l = cases[i][0];
            long r = cases[i][1];
            if (expected[i]) {
                assertHolds(model, l, r);
            } else {
                assertFails(model, "x " + s + " y fails: " + l + " " + s + " " + r + " is false", l, r);
            }
        }
    }

    @Test
    void allDifferentOverExpressions() {
        ModelBuilder m = Model.builder("ad");
        IntVar x = m.intVar("x", 0, 5);
        IntVar y = m.intVar("y", 0, 5);
        IntVar z = m.intVar("z", 0, 5);
        Model model = inGroup(m, Constraints.allDifferent(x, y, z.plus(1)));

        assertHolds(model, 1, 2, 2);
        assertFails(model, "all-different fails: value 1 taken twice", 1, 2, 0);
    }

    @Test
    void elementRestrictsItsIndexToTheArray() {
        ModelBuilder m = Model.builder("el");
        IntVar i = m.intVar("i", -1, 3);
        IntVar t = m.intVar("t", 0, 40);
        Model model = inGroup(m, Constraints.element(i, new long[] {10, 20, 30}, t));

        assertHolds(model, 1, 20);
        assertHolds(model, 0, 10);
        assertFails(model, "element fails: target 30 but array[1] = 20", 1, 30);
        assertFails(model, "element index 3 outside [0, 2]", 3, 20);
        assertFails(model, "element index -1 outside [0, 2]", -1, 10);
    }

    @Test
    void reifiedElementWithOutOfRangeIndexIsFalseNotUndefined() {
        ModelBuilder m = Model.builder("el");
        BoolVar b = m.boolVar("b");
        IntVar i = m.intVar("i", 0, 3);
        IntVar t = m.intVar("t", 0, 40);
        Model model = inGroup(m, Constraints.reify(b, Constraints.element(i, new long[] {10, 20, 30}, t)));

        assertHolds(model, 0, 3, 30);
        assertFails(model, "reification fails: b is true but the constraint fails", 1, 3, 30);
    }

    @Test
    void elementOverExpressions() {
        ModelBuilder m = Model.builder("el");
        IntVar i = m.intVar("i", 0, 1);
        IntVar x = m.intVar("x", 0, 9);
        IntVar t = m.intVar("t", 0, 9);
        Model model = inGroup(m, Constraints.element(i, List.of(x, x.plus(2)), t));

        assertHolds(model, 1, 4, 6);
        assertFails(model, "element fails: target 4 but array[1] = 6", 1, 4, 4);
    }

    @Test
    void allowedTableWithDuplicateTuples() {
        ModelBuilder m = Model.builder("tab");
        IntVar x = m.intVar("x", 0, 2);
        IntVar y = m.intVar("y", 0, 2);
        Model model = inGroup(m, Constraints.allowed(List.of(x, y),
                List.of(new long[] {0, 1}, new long[] {1, 0}, new long[] {0, 1})));

        assertHolds(model, 0, 1);
        assertHolds(model, 1, 0);
        assertFails(model, "table fails: [1, 1] is not allowed", 1, 1);
    }

    @Test
    void forbiddenTable() {
        ModelBuilder m = Model.builder("tab");
        IntVar x = m.intVar("x", 0, 2);
        IntVar y = m.intVar("y", 0, 2);
        Model model = inGroup(m, Constraints.forbidden(List.of(x, y), List.<long[]>of(new long[] {0, 1})));

        assertHolds(model, 1, 1);
        assertFails(model, "table fails: [0, 1] is forbidden", 0, 1);
    }

    @Test
    void strictNoOverlapForbidsAZeroLengthIntervalInsideAnotherButLetsItTouch() {
        ModelBuilder m = Model.builder("no");
        IntervalVar a = m.interval("a").start(0, 5).size(4).build();
        IntervalVar z = m.interval("z").start(0, 5).size(0).build();
        Model model = inGroup(m, Constraints.noOverlap(List.of(a, z)));

        assertFails(model, "no-overlap fails: a [0,4) and z [2,2) overlap", 0, 2);
        assertHolds(model, 0, 4);
        assertHolds(model, 0, 0);
    }

    @Test
    void ignoreZeroNoOverlapLetsAZeroLengthIntervalSitInsideAnother() {
        ModelBuilder m = Model.builder("no");
        IntervalVar a = m.interval("a").start(0, 5).size(4).build();
        IntervalVar z = m.interval("z").start(0, 5).size(0).build();
        Model model = inGroup(m, Constraints.noOverlap(List.of(a, z), ZeroLength.IGNORE_ZERO));

        assertHolds(model, 0, 2);
    }

    @Test
    void ignoreZeroNoOverlapStillSeparatesPositiveIntervals() {
        ModelBuilder m = Model.builder("no");
        IntervalVar a = m.interval("a").start(0, 5).size(4).build();
        IntervalVar b = m.interval("b").start(0, 5).size(2).build();
        Model model = inGroup(m, Constraints.noOverlap(List.of(a, b), ZeroLength.IGNORE_ZERO));

        assertFails(model, "no-overlap fails: a [0,4) and b [3,5) overlap", 0, 3);
        assertHolds(model, 0, 4);
    }

    @Test
    void noOverlapIgnoresAbsentIntervals() {
        ModelBuilder m = Model.builder("no");
        IntervalVar a = m.interval("a").start(0, 5).size(3).optional().build();
        IntervalVar b = m.interval("b").start(0, 5).size(3).build();
        Model model = inGroup(m, Constraints.noOverlap(List.of(a, b)));

        // variables: a.start, a.present, b.start
        assertFails(model, "no-overlap fails: a [0,3) and b [1,4) overlap", 0, 1, 1);
        assertHolds(model, 0, 0, 1);
    }

    @Test
    void cumulativeIsCheckedAtStartEvents() {
        ModelBuilder m = Model.builder("cu");
        IntervalVar a = m.interval("a").start(0, 5).size(3).build();
        IntervalVar b = m.interval("b").start(0, 5).size(2).build();
        Model model = inGroup(m, Constraints.cumulative(2).demand(a, 1).demand(b, 2).build());

        assertFails(model, "cumulative fails: load 3 > capacity 2 at t = 2", 0, 2);
        assertHolds(model, 0, 3);
        assertHolds(model, 2, 0);
    }

    @Test
    void zeroLengthIntervalsDoNotConsume() {
        ModelBuilder m = Model.builder("cu");
        IntervalVar a = m.interval("a").start(0, 5).size(3).build();
        IntervalVar z = m.interval("z").start(0, 5).size(0).build();
        Model model = inGroup(m, Constraints.cumulative(2).demand(a, 2).demand(z, 5).build());

        assertHolds(model, 0, 0);
        assertHolds(model, 0, 1);
    }

    @Test
    void cumulativeIgnoresAbsentIntervals() {
        ModelBuilder m = Model.builder("cu");
        IntervalVar a = m.interval("a").start(0, 5).size(3).optional().build();
        IntervalVar b = m.interval("b").start(0, 5).size(3).build();
        Model model = inGroup(m, Constraints.cumulative(2).demand(a, 2).demand(b, 2).build());

        // variables: a.start, a.present, b.start
        assertFails(model, "cumulative fails: load 4 > capacity 2 at t = 0", 0, 1, 0);
        assertHolds(model, 0, 0, 0);
    }

    @Test
    void cumulativeWithVariableDemandAndCapacity() {
        ModelBuilder m = Model.builder("cu");
        IntervalVar a = m.interval("a").start(0, 5).size(2).build();
        IntervalVar b = m.interval("b").start(0, 5).size(2).build();
        IntVar d = m.intVar("d", 0, 3);
        IntVar cap = m.intVar("cap", 0, 5);
        Model model = inGroup(m, Constraints.cumulative(cap).demand(a, d).demand(b, 1).build());

        // variables: a.start, b.start, d, cap
        assertHolds(model, 0, 1, 3, 4);
        assertFails(model, "cumulative fails: load 4 > capacity 3 at t = 1", 0, 1, 3, 3);
    }

    @Test
    void impliesOnlyBindsWhenItsConditionHolds() {
        ModelBuilder m = Model.builder("imp");
        BoolVar b = m.boolVar("b");
        IntVar x = m.intVar("x", 0, 5);
        Model model = inGroup(m, Constraints.implies(b, x.ge(3)));

        assertHolds(model, 0, 0);
        assertHolds(model, 1, 3);
        assertFails(model, "b holds but x >= 3 fails: 2 >= 3 is false", 1, 2);
    }

    @Test
    void impliesUnderANegatedLiteral() {
        ModelBuilder m = Model.builder("imp");
        BoolVar b = m.boolVar("b");
        IntVar x = m.intVar("x", 0, 5);
        Model model = inGroup(m, Constraints.implies(b.not(), x.ge(3)));

        assertHolds(model, 1, 0);
        assertFails(model, "¬b holds but x >= 3 fails: 2 >= 3 is false", 0, 2);
    }

    @Test
    void reifyBindsInBothDirections() {
        ModelBuilder m = Model.builder("reif");
        BoolVar b = m.boolVar("b");
        IntVar x = m.intVar("x", 0, 5);
        Model model = inGroup(m, Constraints.reify(b, x.ge(3)));

        assertHolds(model, 1, 3);
        assertHolds(model, 0, 2);
        assertFails(model, "reification fails: b is true but the constraint fails", 1, 2);
        assertFails(model, "reification fails: b is false but the constraint holds", 0, 3);
    }

    @Test
    void reifyUnderANegatedLiteral() {
        ModelBuilder m = Model.builder("reif");
        BoolVar b = m.boolVar("b");
        IntVar x = m.intVar("x", 0, 5);
        Model model = inGroup(m, Constraints.reify(b.not(), x.ge(3)));

        assertHolds(model, 0, 3);
        assertFails(model, "reification fails: ¬b is false but the constraint holds", 1, 3);
    }

    @Test
    void clauseNeedsOneTrueLiteral() {
        ModelBuilder m = Model.builder("cl");
        BoolVar b1 = m.boolVar("b1");
        BoolVar b2 = m.boolVar("b2");
        Model model = inGroup(m, Constraints.clause(b1, b2.not()));

        assertHolds(model, 0, 0);
        assertHolds(model, 1, 1);
        assertFails(model, "clause fails: every literal of [b1, ¬b2] is false", 0, 1);
    }

    @Test
    void atMostOne() {
        ModelBuilder m = Model.builder("amo");
        List<BoolVar> bs = List.of(m.boolVar("b1"), m.boolVar("b2"), m.boolVar("b3"));
        Model model = inGroup(m, Constraints.atMostOne(bs));

        assertHolds(model, 0, 0, 0);
        assertHolds(model, 0, 1, 0);
        assertFails(model, "at-most-one fails: 2 literals true", 1, 1, 0);
    }

    @Test
    void exactlyOne() {
        ModelBuilder m = Model.builder("eo");
        List<BoolVar> bs = List.of(m.boolVar("b1"), m.boolVar("b2"), m.boolVar("b3"));
        Model model = inGroup(m, Constraints.exactlyOne(bs));

        assertHolds(model, 0, 0, 1);
        assertFails(model, "exactly-one fails: 0 literals true", 0, 0, 0);
        assertFails(model, "exactly-one fails: 2 literals true", 1, 0, 1);
    }

    @Test
    void minOf() {
        ModelBuilder m = Model.builder("min");
        IntVar t = m.intVar("t", -9, 9);
        IntVar x = m.intVar("x", -9, 9);
        IntVar y = m.intVar("y", -9, 9);
        Model model = inGroup(m, Constraints.minOf(t, x, y));

        assertHolds(model, 2, 2, 5);
        assertFails(model, "min fails: target 5 but min is 2", 5, 2, 5);
    }

    @Test
    void maxOf() {
        ModelBuilder m = Model.builder("max");
        IntVar t = m.intVar("t", -9, 9);
        IntVar x = m.intVar("x", -9, 9);
        IntVar y = m.intVar("y", -9, 9);
        Model model = inGroup(m, Constraints.maxOf(t, x, y));

        assertHolds(model, 5, 2, 5);
        assertFails(model, "max fails: target 2 but max is 5", 2, 2, 5);
    }

    @Test
    void abs() {
        ModelBuilder m = Model.builder("abs");
        IntVar t = m.intVar("t", -9, 9);
        IntVar x = m.intVar("x", -9, 9);
        Model model = inGroup(m, Constraints.abs(t, x));

        assertHolds(model, 4, -4);
        assertFails(model, "abs fails: target -4 but |x| = 4", -4, -4);
    }

    @Test
    void mul() {
        ModelBuilder m = Model.builder("mul");
        IntVar t = m.intVar("t", -20, 20);
        IntVar x = m.intVar("x", -5, 5);
        IntVar y = m.intVar("y", -5, 5);
        Model model = inGroup(m, Constraints.mul(t, x, y));

        assertHolds(model, -12, -3, 4);
        assertFails(model, "mul fails: target 12 but product is -12", 12, -3, 4);
    }

    @Test
    void divTruncatesTowardZero() {
        ModelBuilder m = Model.builder("div");
        IntVar t = m.intVar("t", -9, 9);
        IntVar x = m.intVar("x", -9, 9);
        IntVar d = m.intVar("d", Domain.ofIntervals(new long[] {-3, -1}, new long[] {1, 3}));
        Model model = inGroup(m, Constraints.div(t, x, d));

        assertHolds(model, -3, -7, 2);
        assertHolds(model, -3, 7, -2);
        assertHolds(model, 3, -7, -2);
        assertFails(model, "div fails: target -4 but quotient is -3", -4, -7, 2);
    }

    @Test
    void modTakesTheSignOfTheDividend() {
        ModelBuilder m = Model.builder("mod");
        IntVar t = m.intVar("t", -9, 9);
        IntVar x = m.intVar("x", -9, 9);
        IntVar d = m.intVar("d", Domain.ofIntervals(new long[] {-3, -1}, new long[] {1, 3}));
        Model model = inGroup(m, Constraints.mod(t, x, d));

        assertHolds(model, -1, -7, 3);
        assertHolds(model, 1, 7, -3);
        assertHolds(model, -1, -7, -3);
        assertFails(model, "mod fails: target 2 but remainder is -1", 2, -7, 3);
        assertFails(model, "mod fails: target -2 but remainder is 1", -2, 7, -3);
    }

    @Test
    void divisible() {
        ModelBuilder m = Model.builder("dvs");
        IntVar x = m.intVar("x", -9, 9);
        Model model = inGroup(m, Constraints.divisible(x, 3));

        assertHolds(model, -6);
        assertHolds(model, 0);
        assertFails(model, "divisibility fails: 7 is not a multiple of 3", 7);
    }

    @Test
    void divisibleByANegativeVariableDivisor() {
        ModelBuilder m = Model.builder("dvs");
        IntVar x = m.intVar("x", -9, 9);
        IntVar d = m.intVar("d", -3, -2);
        Model model = inGroup(m, Constraints.divisible(x, d));

        assertHolds(model, 9, -3);
        assertFails(model, "divisibility fails: 9 is not a multiple of -2", 9, -2);
    }

    @Test
    void presentIntervalsMustSatisfyStartPlusSizeEqualsEnd() {
        ModelBuilder m = Model.builder("iv");
        m.interval("a").start(0, 5).size(0, 3).optional().build();
        Model model = m.build();

        // variables: a.start, a.size, a.end, a.present
        assertThat(check(model, 1, 2, 3, 1)).isEmpty();
        assertThat(check(model, 1, 2, 4, 1)).extracting(Violation::groupName, Violation::reason)
                .containsExactly(tuple("(background)", "interval a: start 1 + size 2 != end 4"));
        assertThat(check(model, 1, 2, 4, 0)).isEmpty();
    }

    @Test
    void negativeSizeOfAPresentIntervalIsReportedWithTheDomainViolation() {
        ModelBuilder m = Model.builder("iv");
        m.interval("a").start(0, 5).size(0, 3).build();
        Model model = m.build();

        // variables: a.start, a.size, a.end
        assertThat(check(model, 1, -1, 0)).extracting(Violation::groupName, Violation::reason).containsExactly(
                tuple("(background)", "a.size = -1 is outside its domain [0..3]"),
                tuple("(background)", "interval a has negative size -1"));
    }

    @Test
    void valuesOutsideTheirDomainAreViolations() {
        ModelBuilder m = Model.builder("dom");
        m.intVar("x", Domain.values(0, 1, 3));
        Model model = m.build();

        assertThat(check(model, 3)).isEmpty();
        assertThat(check(model, 2)).extracting(Violation::groupName, Violation::reason)
                .containsExactly(tuple("(background)", "x = 2 is outside its domain [0..1] ∪ {3}"));
    }

    @Test
    void everyViolationNamesItsGroupInPostingOrder() {
        ModelBuilder m = Model.builder("groups");
        IntVar x = m.intVar("x", 0, 9);
        m.group("cap").add(x.le(2));
        m.add(x.ne(3));
        m.group("floor").add(x.ge(5));
        m.group("ok").add(x.ge(0));
        Model model = m.build();

        List<Violation> violations = check(model, 3);

        assertThat(violations).extracting(Violation::groupName).containsExactly("cap", "(background)", "floor");
        assertThat(violations).extracting(Violation::toString).containsExactly(
                "cap: x <= 2 fails: 3 <= 2 is false",
                "(background): x != 3 fails: 3 != 3 is false",
                "floor: x >= 5 fails: 3 >= 5 is false");
        assertThat(violations.get(0).constraint()).isSameAs(model.constraints().get(0));
    }

    @Test
    void checkingASolutionEqualsCheckingItsValues() {
        ModelBuilder m = Model.builder("sol");
        IntVar x = m.intVar("x", 0, 9);
        Param p = m.param("p", 4);
        m.group("g").add(x.le(p));
        Model model = m.build();

        assertThat(ReferenceSemantics.check(new Solution(model, new long[] {5}))).extracting(Violation::reason)
                .containsExactly("x <= $p fails: 5 <= 4 is false");
        assertThat(ReferenceSemantics.check(new Solution(model.withParam("p", 5), new long[] {5}))).isEmpty();
    }

    @Test
    void mulDoesNotAcceptAWrappedProduct() {
        // the model is sound (validation bounds products); an external assignment may still be out of range
        ModelBuilder m = Model.builder("mul");
        IntVar t = m.intVar("t", 0, 10);
        IntVar x = m.intVar("x", 0, 10);
        IntVar y = m.intVar("y", 0, 10);
        m.group("g").add(Constraints.mul(t, x, y));
        Model model = m.build();

        assertThat(ReferenceSemantics.check(model, new long[] {0, 1L << 32, 1L << 32}))
                .extracting(Violation::reason).contains("mul fails: 4294967296 · 4294967296 overflows a long");
    }
}
