package dev.gantry.modeling.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LinExprTest {
    private ModelBuilder m;
    private IntVar x;
    private IntVar y;
    private IntVar z;
    private Param p;

    @BeforeEach
    void setUp() {
        m = Model.builder("lin");
        x = m.intVar("x", 0, 4);
        y = m.intVar("y", 1, 2);
        z = m.intVar("z", -3, 3);
        p = m.param("p", 5);
    }

    @Test
    void termsOfTheSameVariableAreMerged() {
        LinExpr e = x.plus(y).plus(x.times(2)).plus(y.times(-3));

        assertThat(e.size()).isEqualTo(2);
        assertThat(e.variables()).containsExactly(x, y);
        assertThat(e.coefficient(0)).isEqualTo(3);
        assertThat(e.coefficient(1)).isEqualTo(-2);
        assertThat(e).hasToString("3·x - 2·y");
    }

    @Test
    void zeroCoefficientsAreDropped() {
        LinExpr cancelled = x.plus(y).minus(x);

        assertThat(cancelled.variables()).containsExactly(y);
        assertThat(cancelled).isEqualTo(y.expr());
        assertThat(LinExpr.term(x, 0).isConstant()).isTrue();
        assertThat(LinExpr.term(x, 0)).isEqualTo(LinExpr.constant(0));
        assertThat(LinExpr.weightedSum(List.of(x, y, z), new long[] {0, 2, 0})).hasToString("2·y");
        assertThat(p.plus(x).minus(p).hasParams()).isFalse();
    }

    @Test
    void termOrderIsOrderOfFirstAppearance() {
        LinExpr chained = y.plus(x).plus(z).plus(y);
        LinExpr summed = LinExpr.sum(List.of(z, x, z, y));

        assertThat(chained.variables()).containsExactly(y, x, z);
        assertThat(chained).hasToString("2·y + x + z");
        assertThat(summed.variables()).containsExactly(z, x, y);
        assertThat(summed).hasToString("2·z + x + y");
        assertThat(x.plus(y)).isNotEqualTo(y.plus(x));
    }

    @Test
    void timesScalesEveryPartAndNegateFlipsSigns() {
        LinExpr e = x.times(2).minus(y).plus(p).plus(3);

        assertThat(e.times(-3)).hasToString("-6·x + 3·y - 3·$p - 9");
        assertThat(e.negate()).hasToString("-2·x + y - $p - 3");
        assertThat(e.times(1)).isSameAs(e);
        assertThat(e.times(0)).isEqualTo(LinExpr.constant(0));
        assertThat(e.negate().negate()).isEqualTo(e);
    }

    @Test
    void constantsAddUpAndZeroIsANoOp() {
        LinExpr e = x.plus(2).minus(5);

        assertThat(e.constant()).isEqualTo(-3);
        assertThat(e.plus(0)).isSameAs(e);
        assertThat(e.plus(LinExpr.constant(4))).hasToString("x + 1");
        assertThat(LinExpr.constant(-4)).hasToString("-4");
        assertThat(LinExpr.constant(0)).hasToString("0");
        assertThat(y.expr().negate().minus(4)).hasToString("-y - 4");
    }

    @Test
    void substituteReplacesParamsByTheirValues() {
        LinExpr e = x.plus(p.times(2)).minus(1);

        assertThat(e.hasParams()).isTrue();
        assertThat(e.paramCount()).isEqualTo(1);
        assertThat(e.param(0)).isSameAs(p);
        assertThat(e.paramCoefficient(0)).isEqualTo(2);
        assertThat(e).hasToString("x + 2·$p - 1");

        LinExpr s = e.substitute(q -> 5);
        assertThat(s.hasParams()).isFalse();
        assertThat(s.constant()).isEqualTo(9);
        assertThat(s).isEqualTo(x.plus(9)).hasToString("x + 9");

        LinExpr noParams = x.plus(1);
        assertThat(noParams.substitute(q -> 99)).isSameAs(noParams);
    }

    @Test
    void evaluateUsesVariableAndParamValues() {
        LinExpr e = x.times(2).minus(y.times(3)).plus(p).plus(4);
        Map<IntVar, Long> values = Map.of(x, 3L, y, 2L);

        assertThat(e.evaluate(values::get, q -> 10)).isEqualTo(2 * 3 - 3 * 2 + 10 + 4);
    }

    @Test
    void boundsPickTheRightEndOfEachDomainByCoefficientSign() {
        // x in [0, 4], y in [1, 2]
        LinExpr e = x.times(2).minus(y.times(3)).plus(1);

        assertThat(e.min(q -> 0)).isEqualTo(0 - 6 + 1);
        assertThat(e.max(q -> 0)).isEqualTo(8 - 3 + 1);

        LinExpr withParam = z.expr().negate().minus(p);
        assertThat(withParam.min(q -> 5)).isEqualTo(-3 - 5);
        assertThat(withParam.max(q -> 5)).isEqualTo(3 - 5);
        assertThat(LinExpr.constant(7).min(q -> 0)).isEqualTo(7);
    }

    @Test
    void boundsSaturateInsteadOfOverflowing() {
        IntVar big = m.intVar("big", 0, 1L << 62);
        IntVar big2 = m.intVar("big2", 0, 1L << 62);

        assertThat(big.times(4).max(q -> 0)).isEqualTo(Long.MAX_VALUE);
        assertThat(big.times(-4).min(q -> 0)).isEqualTo(Long.MIN_VALUE);
        assertThat(big.plus(big2).max(q -> 0)).isEqualTo(Long.MAX_VALUE);
        assertThat(big.times(-2).minus(big2).min(q -> 0)).isEqualTo(Long.MIN_VALUE); // -2^63 - 2^62
        assertThat(big.times(-4).max(q -> 0)).isEqualTo(0);
    }

    @Test
    void exactArithmeticThrowsOnOverflowInsteadOfWrapping() {
        assertThatThrownBy(() -> LinExpr.constant(Long.MAX_VALUE).plus(1)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> x.times(Long.MAX_VALUE).times(2)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void affineMeansAtMostOneVariableAndNoParams() {
        assertThat(x.times(3).plus(2).isAffine()).isTrue();
        assertThat(LinExpr.constant(4).isAffine()).isTrue();
        assertThat(x.plus(y).isAffine()).isFalse();
        assertThat(x.plus(p).isAffine()).isFalse();
        assertThat(p.expr().isAffine()).isFalse();
    }

    @Test
    void singleVariableMeansCoefficientOneAndNoConstant() {
        assertThat(x.expr().isSingleVariable()).isTrue();
        assertThat(x.plus(0).isSingleVariable()).isTrue();
        assertThat(x.plus(y).minus(y).isSingleVariable()).isTrue();
        assertThat(x.times(2).isSingleVariable()).isFalse();
        assertThat(x.plus(1).isSingleVariable()).isFalse();
        assertThat(x.plus(p).isSingleVariable()).isFalse();
        assertThat(LinExpr.constant(0).isSingleVariable()).isFalse();
    }

    @Test
    void weightedSumRejectsMismatchedLengths() {
        assertThatThrownBy(() -> LinExpr.weightedSum(List.of(x, y), new long[] {1, 2, 3}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("2 terms but 3 coefficients");
    }

    @Test
    void relationsBuildLinearConstraintsWithTheirDifference() {
        Linear c = x.plus(1).le(y.times(2));

        assertThat(c.relation()).isEqualTo(Relation.LE);
        assertThat(c.difference()).hasToString("x - 2·y + 1");
        assertThat(c).hasToString("x + 1 <= 2·y");
        assertThat(c.negated()).hasToString("x + 1 > 2·y");
        assertThat(x.ne(3)).hasToString("x != 3");
    }
}
