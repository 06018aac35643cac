package dev.gantry.modeling.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DomainTest {

    @Test
    void rangeHoldsEveryValueBetweenItsBounds() {
        Domain d = Domain.range(-2, 5);

        assertThat(d.min()).isEqualTo(-2);
        assertThat(d.max()).isEqualTo(5);
        assertThat(d.size()).isEqualTo(8);
        assertThat(d.isRange()).isTrue();
        assertThat(d.isFixed()).isFalse();
        assertThat(d.intervalCount()).isEqualTo(1);
        assertThat(d.flatIntervals()).containsExactly(-2, 5);
        assertThat(d.values().toArray()).containsExactly(-2, -1, 0, 1, 2, 3, 4, 5);
        assertThat(d).hasToString("[-2..5]");
    }

    @Test
    void rangeWithLowAboveHighIsEmpty() {
        Domain d = Domain.range(5, 4);

        assertThat(d.isEmpty()).isTrue();
        assertThat(d.size()).isZero();
        assertThat(d.intervalCount()).isZero();
        assertThat(d.contains(5)).isFalse();
        assertThat(d).hasToString("{}");
        assertThatThrownBy(d::min).isInstanceOf(IllegalStateException.class).hasMessage("empty domain");
        assertThatThrownBy(d::max).isInstanceOf(IllegalStateException.class).hasMessage("empty domain");
    }

    @Test
    void singletonIsFixed() {
        Domain d = Domain.singleton(7);

        assertThat(d.isFixed()).isTrue();
        assertThat(d.size()).isEqualTo(1);
        assertThat(d).isEqualTo(Domain.range(7, 7)).hasToString("{7}");
    }

    @Test
    void valuesAreSortedDeduplicatedAndMergedWhenAdjacent() {
        Domain d = Domain.values(7, 1, 3, 2, 5, 5, 3);

        assertThat(d.flatIntervals()).containsExactly(1, 3, 5, 5, 7, 7);
        assertThat(d.intervalCount()).isEqualTo(3);
        assertThat(d.size()).isEqualTo(5);
        assertThat(d.isRange()).isFalse();
        assertThat(d.values().toArray()).containsExactly(1, 2, 3, 5, 7);
        assertThat(d).hasToString("[1..3] ∪ {5} ∪ {7}");
    }

    @Test
    void adjacentValuesAcrossZeroFormOneRange() {
        assertThat(Domain.values(1, -1, 0)).isEqualTo(Domain.range(-1, 1));
        assertThat(Domain.values(4, 5)).isEqualTo(Domain.range(4, 5)).hasToString("[4..5]");
        assertThat(Domain.values(new long[0])).isEqualTo(Domain.range(1, 0));
    }

    @Test
    void ofIntervalsSortsMergesOverlapsAndAdjacencyAndDropsEmptyIntervals() {
        Domain d = Domain.ofIntervals(new long[] {8, 9}, new long[] {0, 2}, new long[] {6, 5}, new long[] {3, 4},
                new long[] {1, 1});

        assertThat(d.flatIntervals()).containsExactly(0, 4, 8, 9);
        assertThat(d.size()).isEqualTo(7);
        assertThat(d).hasToString("[0..4] ∪ [8..9]");
    }

    @Test
    void ofIntervalsMergesNestedAndChainedOverlaps() {
        Domain d = Domain.ofIntervals(new long[] {0, 5}, new long[] {2, 3}, new long[] {4, 10}, new long[] {-3, -2});

        assertThat(d.flatIntervals()).containsExactly(-3, -2, 0, 10);
        assertThat(d).hasToString("[-3..-2] ∪ [0..10]");
    }

    @Test
    void containsFindsValuesInEveryIntervalAndNothingInTheGaps() {
        Domain d = Domain.ofIntervals(new long[] {-5, -5}, new long[] {0, 2}, new long[] {9, 12});

        assertThat(d.contains(-5)).isTrue();
        assertThat(d.contains(-4)).isFalse();
        assertThat(d.contains(-1)).isFalse();
        assertThat(d.contains(0)).isTrue();
        assertThat(d.contains(2)).isTrue();
        assertThat(d.contains(3)).isFalse();
        assertThat(d.contains(8)).isFalse();
        assertThat(d.contains(9)).isTrue();
        assertThat(d.contains(12)).isTrue();
        assertThat(d.contains(13)).isFalse();
        assertThat(d.contains(Long.MIN_VALUE)).isFalse();
        assertThat(d.contains(Long.MAX_VALUE)).isFalse();
    }

    @Test
    void sizeSaturatesAtLongMaxValue() {
        assertThat(Domain.range(Long.MIN_VALUE, Long.MAX_VALUE).size()).isEqualTo(Long.MAX_VALUE);
        assertThat(Domain.range(0, Long.MAX_VALUE).size()).isEqualTo(Long.MAX_VALUE);
        // each interval's width fits in a long, their sum does not: 2^62 + 1 + 2^62
        Domain twoHalves = Domain.ofIntervals(new long[] {-(1L << 62), 0}, new long[] {2, (1L << 62) + 1});
        assertThat(twoHalves.intervalCount()).isEqualTo(2);
        assertThat(twoHalves.size()).isEqualTo(Long.MAX_VALUE);
        // exactly Long.MAX_VALUE values is not a saturation
        assertThat(Domain.range(1, Long.MAX_VALUE).size()).isEqualTo(Long.MAX_VALUE);
        assertThat(Domain.range(0, Long.MAX_VALUE - 1).size()).isEqualTo(Long.MAX_VALUE);
        assertThat(Domain.range(1, Long.MAX_VALUE - 1).size()).isEqualTo(Long.MAX_VALUE - 1);
    }

    @Test
    void equalDomainsBuiltDifferentlyAreEqualWithEqualHashCodes() {
        Domain a = Domain.values(3, 1, 2, 9);
        Domain b = Domain.ofIntervals(new long[] {9, 9}, new long[] {1, 3});

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(Domain.range(1, 9));
    }

    @Test
    void flatIntervalsIsADefensiveCopy() {
        Domain d = Domain.range(0, 3);
        long[] flat = d.flatIntervals();
        flat[1] = 100;

        assertThat(d.max()).isEqualTo(3);
    }

    @Test
    void mergingWorksAtLongMaxValue() {
        Domain twice = Domain.values(Long.MAX_VALUE, Long.MAX_VALUE);
        assertThat(twice).isEqualTo(Domain.singleton(Long.MAX_VALUE));
        assertThat(twice.size()).isEqualTo(1);

        Domain nested = Domain.ofIntervals(new long[] {0, Long.MAX_VALUE}, new long[] {5, 10});
        assertThat(nested).isEqualTo(Domain.range(0, Long.MAX_VALUE));
        assertThat(nested.intervalCount()).isEqualTo(1);
    }
}
