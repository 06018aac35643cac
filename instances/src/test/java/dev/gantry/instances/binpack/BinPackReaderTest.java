package dev.gantry.instances.binpack;

import dev.gantry.instances.TestData;
import dev.gantry.modeling.api.InputFormatException;
import dev.gantry.modeling.binpack.BinPacking;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BinPackReaderTest {
    private static final String TWO = "2\n u1 \n 10 3 2\n6\n5\n4\n u2 \n10 2 1\n2.5\n7.5\n";

    @Test
    void readsProblemsWithSpacedIdentifiersAndDecimalSizes() {
        List<BinPackInstance> problems = BinPackReader.parse("b.txt", TWO);

        assertThat(problems).containsExactly(
                new BinPackInstance(new BinPacking("u1", 10, new double[] {6, 5, 4}), 2),
                new BinPackInstance(new BinPacking("u2", 10, new double[] {2.5, 7.5}), 1));
    }

    @Test
    void eachStagedFileHoldsTwentyProblemsWhoseBestKnownMatchesTheSummary() throws IOException {
        BinPackSummary summary = BinPackSummary.read(TestData.require("binpack/summary.csv"));
        int[] sizes = {120, 250, 500, 1000};
        int checked = 0;
        for (int f = 1; f <= 4; f++) {
            String file = "binpack" + f + ".txt";
            List<BinPackInstance> problems = BinPackReader.read(TestData.require("binpack/" + file));

            assertThat(problems).as(file).hasSize(20);
            for (BinPackInstance p : problems) {
                BinPackSummary.Entry entry = summary.forInstance(p.name()).orElseThrow();
                assertThat(entry.file()).isEqualTo(file);
                assertThat(p.binPacking().size()).as(p.name()).isEqualTo(sizes[f - 1]).isEqualTo(entry.items());
                assertThat(p.binPacking().capacity()).as(p.name()).isEqualTo(150).isEqualTo(entry.capacity());
                assertThat(p.bestKnown()).as(p.name()).isEqualTo(entry.bestKnownInFile());
                assertThat(p.binPacking().totalSize()).as(p.name()).isEqualTo(entry.sumSizes());
                assertThat(p.binPacking().lowerBoundL1()).as(p.name()).isEqualTo(entry.lowerBoundL1());
                checked++;
            }
        }
        assertThat(checked).isEqualTo(80);
    }

    @Test
    void readsTheFirstAndLastProblemOfTheStagedFilesExactly() throws IOException {
        BinPackInstance first = BinPackReader.read(TestData.require("binpack/binpack1.txt")).get(0);
        List<BinPackInstance> last = BinPackReader.read(TestData.require("binpack/binpack4.txt"));

        assertThat(first.name()).isEqualTo("u120_00");
        assertThat(first.bestKnown()).isEqualTo(48);
        assertThat(first.binPacking().itemSize(0)).isEqualTo(42);
        assertThat(first.binPacking().itemSize(119)).isEqualTo(39);
        assertThat(last.get(19).name()).isEqualTo("u1000_19");
        assertThat(last.get(19).binPacking().itemSize(999)).isEqualTo(22);
    }

    @Test
    void rejectsAnEmptyFileAndABadProblemCount() {
        assertThatThrownBy(() -> BinPackReader.parse("b.txt", "  \n"))
                .isInstanceOf(InputFormatException.class)
                .hasMessage("b.txt: problem count: the file is empty; expected the number of problems on the first line");
        assertThatThrownBy(() -> BinPackReader.parse("b.txt", "two\n"))
                .hasMessage("b.txt:1: problem count: expected a non-negative integer, found 'two'");
        assertThatThrownBy(() -> BinPackReader.parse("b.txt", TWO.replaceFirst("2", "3")))
                .hasMessage("b.txt:10: problem 2 identifier: the first line announces 3 problems, found only 2");
        assertThatThrownBy(() -> BinPackReader.parse("b.txt", TWO.replaceFirst("2", "1")))
                .hasMessage("b.txt:7: end of file: unexpected data after the 1 problems the first line announces");
    }

    @Test
    void rejectsATruncatedItemListNamingProblemAndItem() {
        assertThatThrownBy(() -> BinPackReader.parse("b.txt", "1\n u1 \n 10 3 2\n6\n5\n"))
                .isInstanceOf(InputFormatException.class)
                .hasMessage("b.txt:5: u1 item 2: the header (line 3) announces 3 items, found only 2");
        assertThatThrownBy(() -> BinPackReader.parse("b.txt", "1\n u1 \n 10 2000000000 2\n6\n"))
                .hasMessage("b.txt:4: u1 item 1: the header (line 3) announces 2000000000 items, found only 1");
        assertThatThrownBy(() -> BinPackReader.parse("b.txt", TWO.replace("10 3 2", "10 4 2")))
                .hasMessage("b.txt:7: u1 item 3: expected a number, found 'u2'");
        assertThatThrownBy(() -> BinPackReader.parse("b.txt", "2\n u1 \n 10 3 2\n6\n5\n u2 \n10 2 1\n2.5\n7.5\n"))
                .hasMessage("b.txt:6: u1 item 2: expected a number, found 'u2'");
    }

    @Test
    void rejectsBadHeadersSizesAndRepeatedIdentifiers() {
        assertThatThrownBy(() -> BinPackReader.parse("b.txt", "1\n u1 \n 10 3\n"))
                .hasMessage("b.txt:3: u1 header: expected 'capacity n best_known', found 2 tokens");
        assertThatThrownBy(() -> BinPackReader.parse("b.txt", "1\n 10 3 2\n"))
                .hasMessage("b.txt:2: problem 0 identifier: expected one identifier such as 'u120_00', found '10 3 2'");
        assertThatThrownBy(() -> BinPackReader.parse("b.txt", TWO.replace("\n5\n", "\n11\n")))
                .hasMessage("b.txt:5: u1 item 1: size 11 is outside (0, capacity 10]");
        assertThatThrownBy(() -> BinPackReader.parse("b.txt", TWO.replace("\n5\n", "\n0\n")))
                .hasMessage("b.txt:5: u1 item 1: size 0 is outside (0, capacity 10]");
        assertThatThrownBy(() -> BinPackReader.parse("b.txt", TWO.replace("\n5\n", "\n5 5\n")))
                .hasMessage("b.txt:5: u1 item 1: expected one item size, found '5 5'");
        assertThatThrownBy(() -> BinPackReader.parse("b.txt", TWO.replace("u2", "u1")))
                .hasMessage("b.txt:7: problem 1 identifier: 'u1' appears twice (first at line 2)");
        assertThatThrownBy(() -> BinPackReader.parse("b.txt", TWO.replace("10 3 2", "10 3 4")))
                .hasMessage("b.txt:3: u1 best_known: best known 4 exceeds the item count 3");
    }
}
