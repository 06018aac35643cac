package dev.gantry.instances.binpack;

import dev.gantry.modeling.binpack.BinPacking;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BinPackGeneratorTest {

    @Test
    void theSameSeedGivesTheSameInstanceWithSizesInTheOpenUnitInterval() {
        BinPacking b = BinPackGenerator.generate(2000, 11);

        assertThat(BinPackGenerator.generate(2000, 11)).isEqualTo(b);
        assertThat(BinPackGenerator.generate(2000, 12)).isNotEqualTo(b);
        assertThat(b.name()).isEqualTo("binpack_n2000_s11");
        assertThat(b.capacity()).isEqualTo(1);
        assertThat(Arrays.stream(b.sizes()).allMatch(s -> s > 0 && s < 1)).isTrue();
        // Mean 1/2, standard error of the mean about 0.0065 at n = 2000.
        assertThat(b.totalSize() / b.size()).isBetween(0.47, 0.53);
    }

    @Test
    void needsOneItem() {
        assertThatThrownBy(() -> BinPackGenerator.generate(0, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a bin-packing instance needs at least 1 item, got 0");
    }
}
