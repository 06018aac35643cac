package dev.gantry.instances.knapsack;

import dev.gantry.modeling.api.InputFormatException;
import dev.gantry.modeling.knapsack.Knapsack;
import dev.gantry.modeling.knapsack.Selection;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SelectionJsonTest {
    private static final Knapsack SMALL = new Knapsack("small", new double[] {5, 4.5, 6}, new double[] {4, 3, 6}, 10);

    @Test
    void writesTheChosenItemsAscendingWithTheirTotals() {
        String json = SelectionJson.write(SMALL, new Selection(new boolean[] {false, true, true}));

        assertThat(json).isEqualTo("{\n  \"problem\": \"knapsack\",\n  \"instance\": \"small\",\n  \"items\": [1,2],\n"
                + "  \"profit\": 10.5,\n  \"weight\": 9\n}\n");
        assertThat(SelectionJson.parse("s.json", json))
                .isEqualTo(new SelectionDocument("small", List.of(1, 2), 10.5, 9.0, "s.json"));
    }

    @Test
    void claimsAreOptionalAndTheListIsKeptAsWritten() {
        assertThat(SelectionJson.parse("s.json", "{\"problem\":\"knapsack\",\"items\":[2,2,7]}"))
                .isEqualTo(new SelectionDocument(null, List.of(2, 2, 7), null, null, "s.json"));
        assertThat(SelectionJson.parse("s.json", "{\"problem\":\"knapsack\",\"items\":[]}").items()).isEmpty();
    }

    @Test
    void rejectsMissingFieldsWrongTypesAndOtherProblems() {
        assertThatThrownBy(() -> SelectionJson.parse("s.json", "{\"problem\":\"knapsack\"}"))
                .isInstanceOf(InputFormatException.class)
                .hasMessage("s.json:1: items: missing; expected an array of the chosen items' 0-based indices");
        assertThatThrownBy(() -> SelectionJson.parse("s.json", "{\"problem\":\"binpack\",\"items\":[1]}"))
                .hasMessage("s.json:1: problem: expected \"knapsack\", found \"binpack\"");
        assertThatThrownBy(() -> SelectionJson.parse("s.json", "{\"items\":[1]}"))
                .hasMessage("s.json:1: problem: missing; expected \"knapsack\"");
        assertThatThrownBy(() -> SelectionJson.parse("s.json", "{\"problem\":\"knapsack\",\"items\":[1,true]}"))
                .hasMessage("s.json:1: items[1]: expected an integer, found true");
        assertThatThrownBy(() -> SelectionJson.parse("s.json", "{\"problem\":\"knapsack\",\"items\":[1],\n\"profit\":[3]}"))
                .hasMessage("s.json:2: profit: expected a number, found an array");
        assertThatThrownBy(() -> SelectionJson.parse("s.json", "{\"problem\":\"knapsack\",\"items\":[1],\"weight\":null,"
                + "\"profit\":\"lots\"}"))
                .hasMessage("s.json:1: profit: expected a number, found \"lots\"");
    }
}
