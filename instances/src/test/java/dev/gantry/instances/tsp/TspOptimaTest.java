package dev.gantry.instances.tsp;

import dev.gantry.instances.TestData;
import dev.gantry.modeling.api.InputFormatException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TspOptimaTest {

    @Test
    void readsTheStagedOptimaAsTheSpecListsThem() throws IOException {
        TspOptima optima = TspOptima.read(TestData.require("tsp/optima.csv"));

        Map<String, Long> lengths = new LinkedHashMap<>();
        optima.all().values().forEach(o -> lengths.put(o.instance(), o.length()));
        assertThat(lengths).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(Map.entry("eil51", 426L),
                Map.entry("berlin52", 7542L), Map.entry("st70", 675L), Map.entry("eil76", 538L),
                Map.entry("kroA100", 21282L), Map.entry("eil101", 629L), Map.entry("ch150", 6528L),
                Map.entry("kroA200", 29368L), Map.entry("a280", 2579L), Map.entry("lin318", 42029L),
                Map.entry("u1060", 224094L)));
        assertThat(optima.forInstance("u1060")).contains(new TspOptima.Optimum("u1060", 1060, "EUC_2D", 224094));
        assertThat(optima.forInstance("att48")).isEmpty();
    }

    @Test
    void reportsBadRowsWithFileLineAndColumn() {
        String header = "instance,n,edge_weight_type,optimal_tour_length\n";
        assertThatThrownBy(() -> TspOptima.parse("o.csv", header + "eil51,51,EUC_2D,4x6\n"))
                .isInstanceOf(InputFormatException.class)
                .hasMessage("o.csv:2: optimal_tour_length: expected a non-negative integer, found '4x6'");
        assertThatThrownBy(() -> TspOptima.parse("o.csv", header + "eil51,51,EUC_2D\n"))
                .hasMessage("o.csv:2: row: expected 4 cells as in the header, found 3");
        assertThatThrownBy(() -> TspOptima.parse("o.csv", "instance,n\n"))
                .hasMessage("o.csv:1: header: missing column 'edge_weight_type'; expected columns "
                        + "instance,n,edge_weight_type,optimal_tour_length");
        assertThatThrownBy(() -> TspOptima.parse("o.csv", header + "eil51,51,EUC_2D,426\n\neil51,51,EUC_2D,426\n"))
                .hasMessage("o.csv:4: instance: a second row for eil51 (the first is at line 2)");
        assertThatThrownBy(() -> TspOptima.parse("o.csv", ""))
                .hasMessage("o.csv: header: the file is empty; expected a header row "
                        + "instance,n,edge_weight_type,optimal_tour_length");
    }
}
