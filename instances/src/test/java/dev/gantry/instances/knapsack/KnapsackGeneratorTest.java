package dev.gantry.instances.knapsack;

import dev.gantry.modeling.knapsack.Knapsack;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KnapsackGeneratorTest {

    @Test
    void usesThePapersCapacities() {
        assertThat(KnapsackGenerator.generate(50, 1).capacity()).isEqualTo(12.5);
        assertThat(KnapsackGenerator.generate(100, 1).capacity()).isEqualTo(25);
        assertThat(KnapsackGenerator.generate(200, 1).capacity()).isEqualTo(25);
        assertThat(KnapsackGenerator.generate(500, 1).capacity()).isEqualTo(62.5);
        assertThat(KnapsackGenerator.generate(1000, 1).capacity()).isEqualTo(125);
        assertThat(KnapsackGenerator.generate(2000, 1).capacity()).isEqualTo(250);
        assertThat(KnapsackGenerator.paperCapacity(20)).isEqualTo(12.5);
        assertThat(KnapsackGenerator.paperCapacity(150)).isEqualTo(25);
        assertThat(KnapsackGenerator.generate(10, 3.0, 1).capacity()).isEqualTo(3.0);
    }

    @Test
    void theSameSeedGivesTheSameInstanceWithValuesInTheUnitInterval() {
        Knapsack k = KnapsackGenerator.generate(2000, 5);

        assertThat(KnapsackGenerator.generate(2000, 5)).isEqualTo(k);
        assertThat(KnapsackGenerator.generate(2000, 6)).isNotEqualTo(k);
        assertThat(k.name()).isEqualTo("knap_n2000_s5");
        assertThat(Arrays.stream(k.weights()).allMatch(w -> w > 0 && w <= 1)).isTrue();
        assertThat(Arrays.stream(k.profits()).allMatch(p -> p > 0 && p <= 1)).isTrue();
        // Mean 1/2, standard error of the mean about 0.0065 at n = 2000.
        assertThat(Arrays.stream(k.weights()).average().orElseThrow()).isBetween(0.47, 0.53);
        assertThat(Arrays.stream(k.profits()).average().orElseThrow()).isBetween(0.47, 0.53);
    }

    @Test
    void needsOneItem() {
        assertThatThrownBy(() -> KnapsackGenerator.generate(0, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a knapsack instance needs at least 1 item, got 0");
    }
}
