package dev.gantry.instances.tsp;

import dev.gantry.modeling.tsp.EdgeWeight;
import dev.gantry.modeling.tsp.Tsp;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TspGeneratorTest {

    @Test
    void theSameSeedGivesTheSameInstanceAndAnotherSeedAnother() {
        Tsp a = TspGenerator.generate(100, 7);

        assertThat(TspGenerator.generate(100, 7)).isEqualTo(a);
        assertThat(TspGenerator.generate(100, 8)).isNotEqualTo(a);
        assertThat(a.name()).isEqualTo("tsp_n100_s7");
        assertThat(a.edgeWeight()).isEqualTo(EdgeWeight.EUCLIDEAN);
    }

    @Test
    void drawsFromTheUnitSquare() {
        Tsp tsp = TspGenerator.generate(2000, 1);

        assertThat(Arrays.stream(tsp.x()).allMatch(v -> v >= 0 && v < 1)).isTrue();
        assertThat(Arrays.stream(tsp.y()).allMatch(v -> v >= 0 && v < 1)).isTrue();
        // Uniform on [0, 1): mean 1/2, standard error of the mean about 0.0065 at n = 2000.
        assertThat(Arrays.stream(tsp.x()).average().orElseThrow()).isBetween(0.47, 0.53);
        assertThat(Arrays.stream(tsp.y()).average().orElseThrow()).isBetween(0.47, 0.53);
    }

    @Test
    void pinsTheSequenceSoInstancesStayReproducibleAcrossVersions() {
        // SplittableRandom's algorithm is specified, so these are the same on every JVM since Java 8.
        Tsp tsp = TspGenerator.generate(3, 42);
        SplittableRandom r = new SplittableRandom(42);

        assertThat(tsp.x(0)).isEqualTo(r.nextDouble());
        assertThat(tsp.y(0)).isEqualTo(r.nextDouble());
        assertThat(tsp.x(1)).isEqualTo(r.nextDouble());
    }

    @Test
    void needsThreeCities() {
        assertThatThrownBy(() -> TspGenerator.generate(2, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a TSP instance needs at least 3 cities, got 2");
    }
}
