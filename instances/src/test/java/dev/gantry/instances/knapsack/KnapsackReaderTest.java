package dev.gantry.instances.knapsack;

import dev.gantry.instances.TestData;
import dev.gantry.modeling.api.InputFormatException;
import dev.gantry.modeling.knapsack.Knapsack;
import dev.gantry.modeling.knapsack.Selection;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KnapsackReaderTest {

    @Test
    void readsItemsAsProfitThenWeightWithOrWithoutAStoredVector() {
        KnapsackFile plain = KnapsackReader.parse("dir/k3", "3 10\n5 4\n4.5 3\n6 6");
        KnapsackFile stored = KnapsackReader.parse("dir/k3", "3 10\r\n5 4\r\n4.5 3\r\n6 6\r\n1 0 1\r\n");

        Knapsack k = plain.knapsack();
        assertThat(k.name()).isEqualTo("k3");
        assertThat(k.capacity()).isEqualTo(10);
        assertThat(k.profits()).containsExactly(5, 4.5, 6);
        assertThat(k.weights()).containsExactly(4, 3, 6);
        assertThat(plain.storedSolution()).isEmpty();
        assertThat(stored.knapsack()).isEqualTo(k);
        assertThat(stored.storedSolution()).contains(new Selection(new boolean[] {true, false, true}));
    }

    @Test
    void readsEveryStagedFileAndEachStoredVectorFitsAndReachesTheOptimum() throws IOException {
        List<Path> files = stagedFiles();

        assertThat(files).hasSize(16);
        int withVector = 0;
        for (Path file : files) {
            KnapsackFile read = KnapsackReader.read(file);
            Knapsack k = read.knapsack();
            assertThat(k.name()).isEqualTo(file.getFileName().toString());
            assertThat(read.storedSolution().isPresent()).as(file.toString())
                    .isEqualTo(file.getParent().getFileName().toString().equals("large_scale"));
            if (read.storedSolution().isPresent()) {
                withVector++;
                Selection s = read.storedSolution().get();
                KnapsackOptimum optimum = KnapsackOptimum.read(KnapsackOptimum.fileFor(file));
                assertThat(s.weight(k)).as(file.toString()).isLessThanOrEqualTo(k.capacity());
                assertThat(s.profit(k)).as(file.toString()).isEqualTo(optimum.value());
            }
        }
        assertThat(withVector).isEqualTo(6);
    }

    @Test
    void readsTheDecimalsOfF5AndTheSizesOfTheLargeFiles() throws IOException {
        Knapsack f5 = KnapsackReader.read(TestData.require("knapsack/low-dimensional/f5_l-d_kp_15_375")).knapsack();
        Knapsack big = KnapsackReader.read(TestData.require("knapsack/large_scale/knapPI_3_1000_1000_1")).knapsack();

        assertThat(f5.size()).isEqualTo(15);
        assertThat(f5.capacity()).isEqualTo(375);
        assertThat(f5.profit(0)).isEqualTo(0.125126);
        assertThat(f5.weight(0)).isEqualTo(56.358531);
        assertThat(f5.isIntegral()).isFalse();
        assertThat(big.size()).isEqualTo(1000);
        assertThat(big.capacity()).isEqualTo(4990);
        assertThat(big.isIntegral()).isTrue();
    }

    @Test
    void rejectsAnEmptyFileAndABadHeader() {
        assertThatThrownBy(() -> KnapsackReader.parse("k", ""))
                .isInstanceOf(InputFormatException.class)
                .hasMessage("k: header: the file is empty; expected a header line 'n capacity'");
        assertThatThrownBy(() -> KnapsackReader.parse("k", "3 10 2\n"))
                .hasMessage("k:1: header: expected 2 numbers 'n capacity', found 3 tokens");
        assertThatThrownBy(() -> KnapsackReader.parse("k", "3.5 10\n"))
                .hasMessage("k:1: header n: expected a non-negative integer, found '3.5'");
        assertThatThrownBy(() -> KnapsackReader.parse("k", "3 -10\n"))
                .hasMessage("k:1: header capacity: expected a number >= 0, found '-10'");
    }

    @Test
    void rejectsATruncatedItemListAtTheLastLine() {
        assertThatThrownBy(() -> KnapsackReader.parse("k", "3 10\n5 4\n4 3\n"))
                .isInstanceOf(InputFormatException.class)
                .hasMessage("k:3: item 2: the header announces 3 items, found only 2 item lines");
        assertThatThrownBy(() -> KnapsackReader.parse("k", "2000000000 10\n5 4\n"))
                .hasMessage("k:2: item 1: the header announces 2000000000 items, found only 1 item lines");
        assertThatThrownBy(() -> KnapsackReader.parse("k", "4 10\n5 4\n4 3\n1 0 1 1\n"))
                .hasMessage("k:4: item 2: expected 2 numbers 'profit weight', found 4 tokens (a solution vector before "
                        + "all 4 items were read?)");
    }

    @Test
    void rejectsBadNumbersAndBadVectorsNamingTheItem() {
        assertThatThrownBy(() -> KnapsackReader.parse("k", "2 10\n5 4\n4 x\n"))
                .hasMessage("k:3: item 1 weight: expected a number, found 'x'");
        assertThatThrownBy(() -> KnapsackReader.parse("k", "2 10\n-5 4\n4 3\n"))
                .hasMessage("k:2: item 0 profit: expected a number >= 0, found '-5'");
        assertThatThrownBy(() -> KnapsackReader.parse("k", "3 10\n5 4\n4 3\n6 6\n1 0\n"))
                .hasMessage("k:5: solution: expected 3 zeros and ones (one per item) after the items, found 2 tokens");
        assertThatThrownBy(() -> KnapsackReader.parse("k", "3 10\n5 4\n4 3\n6 6\n1 0 2\n"))
                .hasMessage("k:5: solution item 2: expected 0 or 1, found '2'");
        assertThatThrownBy(() -> KnapsackReader.parse("k", "2 10\n5 4\n4 3\n1 0\n0 0\n"))
                .hasMessage("k:5: end of file: unexpected data after the 2 items and the solution vector");
    }

    static List<Path> stagedFiles() throws IOException {
        Path root = TestData.require("knapsack");
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getParent().getFileName().toString().endsWith("-optimum")).sorted().toList();
        }
    }
}
