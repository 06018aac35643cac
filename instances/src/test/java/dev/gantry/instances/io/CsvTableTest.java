package dev.gantry.instances.io;

import dev.gantry.modeling.api.InputFormatException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvTableTest {

    @Test
    void readsCellsByColumnNameSkippingBlankLinesAndKeepingLineNumbers() {
        CsvTable table = CsvTable.parse("t.csv", "\nname, n ,extra\r\na,3,x\n\nb , 4.5e1,\n", List.of("name", "n"));

        assertThat(table.columns()).containsExactly("name", "n", "extra");
        assertThat(table.rows()).hasSize(2);
        CsvTable.Row second = table.rows().get(1);
        assertThat(second.line()).isEqualTo(5);
        assertThat(second.text("name")).isEqualTo("b");
        assertThat(second.number("n")).isEqualTo(45.0);
        assertThat(table.rows().get(0).nonNegativeLong("n")).isEqualTo(3);
        assertThatThrownBy(() -> second.text("extra"))
                .isInstanceOf(InputFormatException.class)
                .hasMessage("t.csv:5: extra: empty cell");
        assertThatThrownBy(() -> second.nonNegativeLong("n"))
                .hasMessage("t.csv:5: n: expected a non-negative integer, found '4.5e1'");
    }

    @Test
    void rejectsARepeatedColumn() {
        assertThatThrownBy(() -> CsvTable.parse("t.csv", "a,b,a\n1,2,3\n", List.of("a")))
                .isInstanceOf(InputFormatException.class)
                .hasMessage("t.csv:1: header: column 'a' appears twice");
    }
}
