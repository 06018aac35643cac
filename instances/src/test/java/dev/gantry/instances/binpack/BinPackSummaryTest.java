package dev.gantry.instances.binpack;

import dev.gantry.instances.TestData;
import dev.gantry.modeling.api.InputFormatException;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BinPackSummaryTest {

    @Test
    void readsEightyRowsWithTheFiveGapsTheSpecNames() throws IOException {
        BinPackSummary summary = BinPackSummary.read(TestData.require("binpack/summary.csv"));

        assertThat(summary.all()).hasSize(80);
        assertThat(summary.all().values().stream().filter(e -> !e.bestKnownIsOptimal()).map(BinPackSummary.Entry::instance))
                .containsExactlyInAnyOrder("u120_08", "u120_19", "u250_07", "u250_12", "u250_13");
        assertThat(summary.forInstance("u120_08")).contains(
                new BinPackSummary.Entry("binpack1.txt", "u120_08", 150, 120, 51, 50, 7478));
    }

    @Test
    void reportsBadRowsWithFileLineAndColumn() {
        String header = "file,instance,capacity,n,best_known_in_file,L1_ceil_sum_over_C,sum_sizes\n";
        assertThatThrownBy(() -> BinPackSummary.parse("s.csv", header + "b1,u1,150,120,48,49,7078.0\n"))
                .isInstanceOf(InputFormatException.class)
                .hasMessage("s.csv:2: L1_ceil_sum_over_C: lower bound 49 exceeds the best known 48");
        assertThatThrownBy(() -> BinPackSummary.parse("s.csv", header + "b1,u1,wide,120,48,48,7078.0\n"))
                .hasMessage("s.csv:2: capacity: expected a number, found 'wide'");
        assertThatThrownBy(() -> BinPackSummary.parse("s.csv", header + "b1,,150,120,48,48,7078.0\n"))
                .hasMessage("s.csv:2: instance: empty cell");
        assertThatThrownBy(() -> BinPackSummary.parse("s.csv", header + "b1,\"u1\",150,120,48,48,7078.0\n"))
                .hasMessage("s.csv:2: row: quoted cells are not supported");
    }
}
