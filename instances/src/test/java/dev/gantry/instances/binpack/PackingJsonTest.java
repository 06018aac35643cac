package dev.gantry.instances.binpack;

import dev.gantry.modeling.api.InputFormatException;
import dev.gantry.modeling.binpack.BinPacking;
import dev.gantry.modeling.binpack.Packing;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PackingJsonTest {
    private static final BinPacking FOUR = new BinPacking("four", 10, new double[] {6, 5, 4, 5});

    @Test
    void writesOneBinPerLineAndReadsItBack() {
        String json = PackingJson.write(FOUR, new Packing(new int[] {0, 1, 0, 1}));

        assertThat(json).isEqualTo("{\n  \"problem\": \"binpack\",\n  \"instance\": \"four\",\n  \"bins\": [\n"
                + "    [0,2],\n    [1,3]\n  ],\n  \"binCount\": 2\n}\n");
        assertThat(PackingJson.parse("b.json", json))
                .isEqualTo(new PackingDocument("four", List.of(List.of(0, 2), List.of(1, 3)), 2, "b.json"));
    }

    @Test
    void aPackingWithAGapOrAnUnassignedItemKeepsBothForTheVerifier() {
        PackingDocument doc = PackingDocument.of(FOUR, new Packing(new int[] {0, 2, -1, 2}));

        assertThat(doc.bins()).containsExactly(List.of(0), List.of(), List.of(1, 3));
        assertThat(doc.binCount()).isEqualTo(3);
    }

    @Test
    void rejectsMissingFieldsWrongTypesAndOtherProblems() {
        assertThatThrownBy(() -> PackingJson.parse("b.json", "{\"problem\":\"binpack\",\"binCount\":2}"))
                .isInstanceOf(InputFormatException.class)
                .hasMessage("b.json:1: bins: missing; expected an array of bins, each an array of 0-based item indices");
        assertThatThrownBy(() -> PackingJson.parse("b.json", "{\"problem\":\"bin-packing\",\"bins\":[]}"))
                .hasMessage("b.json:1: problem: expected \"binpack\", found \"bin-packing\"");
        assertThatThrownBy(() -> PackingJson.parse("b.json", "{\"problem\":\"binpack\",\"bins\":[0,1]}"))
                .hasMessage("b.json:1: bins[0]: expected an array of integers, found 0");
        assertThatThrownBy(() -> PackingJson.parse("b.json", "{\"problem\":\"binpack\",\"bins\":{\"a\":[0]}}"))
                .hasMessage("b.json:1: bins: expected an array of bins (arrays of item indices), found an object");
        assertThatThrownBy(() -> PackingJson.parse("b.json", "{\"problem\":\"binpack\",\"bins\":[\n[0,1],\n[2,\"x\"]]}"))
                .hasMessage("b.json:3: bins[1][1]: expected an integer, found \"x\"");
        assertThatThrownBy(() -> PackingJson.parse("b.json", "{\"problem\":\"binpack\",\"bins\":[[0]],\"binCount\":1.5}"))
                .hasMessage("b.json:1: binCount: expected an integer, found 1.5");
    }
}
