package dev.gantry.instances.knapsack;

import dev.gantry.instances.TestData;
import dev.gantry.modeling.api.InputFormatException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KnapsackOptimumTest {

    @Test
    void readsTheOptimumBesideEveryStagedFile() throws IOException {
        Map<String, Double> optima = new LinkedHashMap<>();
        for (Path file : KnapsackReaderTest.stagedFiles()) {
            KnapsackOptimum optimum = KnapsackOptimum.read(KnapsackOptimum.fileFor(file));
            optima.put(optimum.instance(), optimum.value());
        }

        assertThat(optima).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("knapPI_1_1000_1000_1", 54503.0), Map.entry("knapPI_1_100_1000_1", 9147.0),
                Map.entry("knapPI_2_1000_1000_1", 9052.0), Map.entry("knapPI_2_100_1000_1", 1514.0),
                Map.entry("knapPI_3_1000_1000_1", 14390.0), Map.entry("knapPI_3_100_1000_1", 2397.0),
                Map.entry("f1_l-d_kp_10_269", 295.0), Map.entry("f2_l-d_kp_20_878", 1024.0),
                Map.entry("f3_l-d_kp_4_20", 35.0), Map.entry("f4_l-d_kp_4_11", 23.0),
                Map.entry("f5_l-d_kp_15_375", 481.0694), Map.entry("f6_l-d_kp_10_60", 52.0),
                Map.entry("f7_l-d_kp_7_50", 107.0), Map.entry("f8_l-d_kp_23_10000", 9767.0),
                Map.entry("f9_l-d_kp_5_80", 130.0), Map.entry("f10_l-d_kp_20_879", 1025.0)));
    }

    @Test
    void f5sRoundedOptimumMatchesTheExactOneWithinTheToleranceAndNothingFurther() throws IOException {
        KnapsackOptimum f5 = KnapsackOptimum.read(TestData.require("knapsack/low-dimensional-optimum/f5_l-d_kp_15_375"));

        assertThat(f5.matches(481.069368)).isTrue();
        assertThat(f5.matches(481.0692)).isFalse();
        assertThat(f5.matches(481.0696)).isFalse();
        assertThat(KnapsackOptimum.parse("o", "295").matches(294)).isFalse();
    }

    @Test
    void findsTheOptimumFileInTheSiblingFolder() {
        assertThat(KnapsackOptimum.fileFor(Path.of("/d/knapsack/large_scale/knapPI_1_100_1000_1")))
                .isEqualTo(Path.of("/d/knapsack/large_scale-optimum/knapPI_1_100_1000_1"));
    }

    @Test
    void rejectsAnythingButOneNumber() {
        assertThatThrownBy(() -> KnapsackOptimum.parse("o", ""))
                .isInstanceOf(InputFormatException.class)
                .hasMessage("o: optimum: the file is empty; expected one number, the optimal profit");
        assertThatThrownBy(() -> KnapsackOptimum.parse("o", "12 13"))
                .hasMessage("o:1: optimum: expected one number, found 2 tokens");
        assertThatThrownBy(() -> KnapsackOptimum.parse("o", "1,5"))
                .hasMessage("o:1: optimum: expected a number, found '1,5'");
        assertThatThrownBy(() -> KnapsackOptimum.parse("o", "12\n\n13\n"))
                .hasMessage("o:3: end of file: unexpected data after the optimum");
    }
}
