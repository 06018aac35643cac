package dev.gantry.verify.tsp;

import dev.gantry.instances.TestData;
import dev.gantry.instances.tsp.TourDocument;
import dev.gantry.instances.tsp.TourJson;
import dev.gantry.instances.tsp.TspGenerator;
import dev.gantry.instances.tsp.TspReader;
import dev.gantry.modeling.tsp.EdgeWeight;
import dev.gantry.modeling.tsp.Tour;
import dev.gantry.modeling.tsp.Tsp;
import dev.gantry.verify.VerificationReport;
import dev.gantry.verify.Violation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

class TourVerifierTest {
    /** A 3-by-4 rectangle: the perimeter tour 0-1-2-3 has length 14, the crossing tour 0-2-1-3 has 18. */
    private static final Tsp RECTANGLE = new Tsp("rect", new double[] {0, 3, 3, 0}, new double[] {0, 0, 4, 4},
            EdgeWeight.ROUNDED_EUCLIDEAN);

    private static TourDocument plan(List<Integer> tour, Double length) {
        return new TourDocument("rect", tour, length, "plan.json");
    }

    @Test
    void acceptsAValidTourAndReportsItsLength() {
        assertThat(TourVerifier.verify(RECTANGLE, plan(List.of(0, 1, 2, 3), 14.0)))
                .isEqualTo(new VerificationReport(true, 14L, List.of()));
        assertThat(TourVerifier.verify(RECTANGLE, new Tour(new int[] {0, 2, 1, 3})))
                .isEqualTo(new VerificationReport(true, 18L, List.of()));
    }

    @Test
    void flagsAClaimedLengthThatDiffers() {
        assertThat(TourVerifier.verify(RECTANGLE, plan(List.of(0, 2, 1, 3), 14.0)))
                .isEqualTo(new VerificationReport(false, 18L, List.of(
                        new Violation("T5", List.of(), "stated length 14 differs from the recomputed length 18"))));
    }

    @Test
    void flagsAShortTourWithTheMissingCity() {
        // The walk 0-1-2-0 is still measured: 3 + 4 + 5.
        assertThat(TourVerifier.verify(RECTANGLE, plan(List.of(0, 1, 2), null)))
                .isEqualTo(new VerificationReport(false, 12L, List.of(
                        new Violation("T1", List.of(), "the tour lists 3 cities, rect has 4"),
                        new Violation("T4", List.of("city 3"), "1 city is never visited: 3"))));
    }

    @Test
    void flagsOutOfRangeAndRepeatedCitiesAndGivesNoLength() {
        assertThat(TourVerifier.verify(RECTANGLE, plan(List.of(0, 1, 1, 4, -1), 14.0)))
                .isEqualTo(new VerificationReport(false, null, List.of(
                        new Violation("T1", List.of(), "the tour lists 5 cities, rect has 4"),
                        new Violation("T2", List.of("tour[3]"), "tour[3] = 4 is not a city of rect (0..3)"),
                        new Violation("T2", List.of("tour[4]"), "tour[4] = -1 is not a city of rect (0..3)"),
                        new Violation("T3", List.of("city 1"), "city 1 is visited 2 times (tour[1], tour[2])"),
                        new Violation("T4", List.of("city 2", "city 3"), "2 cities are never visited: 2, 3"))));
    }

    @Test
    void anEmptyTourMissesEveryCity() {
        assertThat(TourVerifier.verify(RECTANGLE, plan(List.of(), null)))
                .isEqualTo(new VerificationReport(false, null, List.of(
                        new Violation("T1", List.of(), "the tour lists 0 cities, rect has 4"),
                        new Violation("T4", List.of("city 0", "city 1", "city 2", "city 3"),
                                "4 cities are never visited: 0, 1, 2, 3"))));
    }

    @Test
    void measuresUnroundedToursAsDoublesWithinTheClaimTolerance() {
        Tsp random = TspGenerator.generate(50, 9);
        Tour identity = new Tour(IntStream.range(0, 50).toArray());
        double length = identity.length(random);
        List<Integer> cities = IntStream.range(0, 50).boxed().toList();

        VerificationReport exact = TourVerifier.verify(random, new TourDocument(null, cities, length, "p"));
        VerificationReport printed = TourVerifier.verify(random, new TourDocument(null, cities,
                Math.round(length * 1e7) / 1e7, "p"));
        VerificationReport wrong = TourVerifier.verify(random, new TourDocument(null, cities, length + 1e-3, "p"));

        assertThat(exact.valid()).isTrue();
        assertThat(exact.objective()).isInstanceOf(Double.class);
        assertThat(exact.objective().doubleValue()).isCloseTo(length, offset(1e-9));
        assertThat(printed.valid()).isTrue();
        assertThat(wrong.violations()).extracting(Violation::check).containsExactly("T5");
    }

    /** eil51's identity tour 1, 2, …, 51 measures 1308 (computed outside Gantry), far from the optimum 426. */
    @Test
    void recomputesTheLengthOfAStagedInstanceFromItsCoordinates() throws IOException {
        Tsp eil51 = TspReader.read(TestData.require("tsp/eil51.tsp"));
        String json = "{\"problem\":\"tsp\",\"instance\":\"eil51\",\"tour\":"
                + IntStream.range(0, 51).boxed().toList().toString() + ",\"length\":426}";

        assertThat(TourVerifier.verify(eil51, TourJson.parse("plan.json", json)))
                .isEqualTo(new VerificationReport(false, 1308L, List.of(
                        new Violation("T5", List.of(), "stated length 426 differs from the recomputed length 1308"))));
    }
}
