package dev.gantry.instances.tsp;

import dev.gantry.modeling.api.InputFormatException;
import dev.gantry.modeling.tsp.EdgeWeight;
import dev.gantry.modeling.tsp.Tour;
import dev.gantry.modeling.tsp.Tsp;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TourJsonTest {
    /** A 3-by-4 rectangle: its perimeter tour has length 14. */
    private static final Tsp RECTANGLE = new Tsp("rect", new double[] {0, 3, 3, 0}, new double[] {0, 0, 4, 4},
            EdgeWeight.ROUNDED_EUCLIDEAN);

    @Test
    void writesOneFieldPerLineWithAnIntegralLengthAsAnInteger() {
        String json = TourJson.write(RECTANGLE, new Tour(new int[] {0, 1, 2, 3}));

        assertThat(json).isEqualTo("{\n  \"problem\": \"tsp\",\n  \"instance\": \"rect\",\n  \"tour\": [0,1,2,3],\n"
                + "  \"length\": 14\n}\n");
        assertThat(TourJson.parse("plan.json", json))
                .isEqualTo(new TourDocument("rect", List.of(0, 1, 2, 3), 14.0, "plan.json"));
    }

    @Test
    void aFractionalLengthSurvivesTheRoundTripExactly() {
        Tsp random = TspGenerator.generate(20, 3);
        Tour tour = new Tour(IntStream.range(0, 20).toArray());

        TourDocument back = TourJson.parse("p.json", TourJson.write(random, tour));

        assertThat(back.length()).isEqualTo(tour.length(random));
        assertThat(back.tour()).hasSize(20);
    }

    @Test
    void keepsWhatTheVerifierJudgesAndIgnoresUnknownFields() {
        TourDocument doc = TourJson.parse("p.json", "{\"problem\":\"tsp\",\"tour\":[5,-1,5],\"solver\":{\"x\":1}}");

        assertThat(doc).isEqualTo(new TourDocument(null, List.of(5, -1, 5), null, "p.json"));
    }

    @Test
    void rejectsAMissingOrUnknownProblem() {
        assertThatThrownBy(() -> TourJson.parse("p.json", "{\"tour\":[0,1,2]}"))
                .isInstanceOf(InputFormatException.class)
                .hasMessage("p.json:1: problem: missing; expected \"tsp\"");
        assertThatThrownBy(() -> TourJson.parse("p.json", "{\n\"problem\": \"vrp\", \"tour\":[0,1,2]}"))
                .hasMessage("p.json:2: problem: expected \"tsp\", found \"vrp\"");
        assertThatThrownBy(() -> TourJson.parse("p.json", "{\"problem\": \"knapsack\", \"items\":[0]}"))
                .hasMessage("p.json:1: problem: expected \"tsp\", found \"knapsack\"");
    }

    @Test
    void rejectsAMissingTourAndWrongTypesNamingTheField() {
        assertThatThrownBy(() -> TourJson.parse("p.json", "{\"problem\":\"tsp\",\"length\":3}"))
                .hasMessage("p.json:1: tour: missing; expected an array of 0-based city indices");
        assertThatThrownBy(() -> TourJson.parse("p.json", "{\"problem\":\"tsp\",\"tour\":\"0 1 2\"}"))
                .hasMessage("p.json:1: tour: expected an array of integers, found \"0 1 2\"");
        assertThatThrownBy(() -> TourJson.parse("p.json", "{\"problem\":\"tsp\",\"tour\":[\n0,\n1,\n\"2\"]}"))
                .hasMessage("p.json:4: tour[2]: expected an integer, found \"2\"");
        assertThatThrownBy(() -> TourJson.parse("p.json", "{\"problem\":\"tsp\",\"tour\":[0, 1.0, 2]}"))
                .hasMessage("p.json:1: tour[1]: expected an integer, found 1.0");
        assertThatThrownBy(() -> TourJson.parse("p.json", "{\"problem\":\"tsp\",\"tour\":[0, 4294967296]}"))
                .hasMessage("p.json:1: tour[1]: expected an integer in the 32-bit range, found 4294967296");
        assertThatThrownBy(() -> TourJson.parse("p.json", "{\"problem\":\"tsp\",\"tour\":[0,1,2],\"length\":\"14\"}"))
                .hasMessage("p.json:1: length: expected a number, found \"14\"");
        assertThatThrownBy(() -> TourJson.parse("p.json", "{\"problem\":\"tsp\",\"tour\":[0],\n\"tour\":[1]}"))
                .hasMessage("p.json:2: tour: duplicate field (first at line 1)");
    }

    @Test
    void rejectsEmptyAndMalformedFiles() {
        assertThatThrownBy(() -> TourJson.parse("p.json", ""))
                .hasMessage("p.json: json: the file is empty; expected a JSON document");
        assertThatThrownBy(() -> TourJson.parse("p.json", "[0,1,2]"))
                .hasMessage("p.json:1: json: expected an object, found an array");
        assertThatThrownBy(() -> TourJson.parse("p.json", "{\"problem\":\"tsp\",\n\"tour\":[0,1,}"))
                .isInstanceOf(InputFormatException.class)
                .hasMessageStartingWith("p.json:2: json: malformed JSON: ");
    }
}
