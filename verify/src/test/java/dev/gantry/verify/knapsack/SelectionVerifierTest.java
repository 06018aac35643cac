package dev.gantry.verify.knapsack;

import dev.gantry.instances.TestData;
import dev.gantry.instances.knapsack.KnapsackFile;
import dev.gantry.instances.knapsack.KnapsackReader;
import dev.gantry.instances.knapsack.SelectionDocument;
import dev.gantry.instances.knapsack.SelectionJson;
import dev.gantry.modeling.knapsack.Knapsack;
import dev.gantry.modeling.knapsack.Selection;
import dev.gantry.verify.VerificationReport;
import dev.gantry.verify.Violation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

class SelectionVerifierTest {
    /** f3 of the low-dimensional set: capacity 20, optimum 35 with items 0, 1, 3 (weights 6 + 5 + 7 = 18). */
    private static final Knapsack F3 = new Knapsack("f3", new double[] {9, 11, 13, 15}, new double[] {6, 5, 9, 7}, 20);
    private static final Knapsack FRACTIONAL = new Knapsack("frac", new double[] {0.5, 0.25, 0.125},
            new double[] {0.1, 0.2, 0.3}, 0.6);

    private static SelectionDocument plan(List<Integer> items, Double profit, Double weight) {
        return new SelectionDocument("f3", items, profit, weight, "plan.json");
    }

    @Test
    void acceptsAFeasibleSelectionAndReportsItsProfit() {
        assertThat(SelectionVerifier.verify(F3, plan(List.of(3, 0, 1), 35.0, 18.0)))
                .isEqualTo(new VerificationReport(true, 35L, List.of()));
        assertThat(SelectionVerifier.verify(F3, new Selection(new boolean[] {true, true, false, true})))
                .isEqualTo(new VerificationReport(true, 35L, List.of()));
    }

    @Test
    void flagsAnOverfullKnapsackAndWrongClaims() {
        assertThat(SelectionVerifier.verify(F3, plan(List.of(1, 2, 3), 38.0, 20.0)))
                .isEqualTo(new VerificationReport(false, 39L, List.of(
                        new Violation("K3", List.of(), "the chosen items weigh 21, over the capacity 20 of f3"),
                        new Violation("K4", List.of(), "stated profit 38 differs from the recomputed profit 39"),
                        new Violation("K5", List.of(), "stated weight 20 differs from the recomputed weight 21"))));
    }

    @Test
    void flagsOutOfRangeAndRepeatedItemsAndCountsEachItemOnce() {
        assertThat(SelectionVerifier.verify(F3, plan(List.of(0, 4, 0, -2), 18.0, null)))
                .isEqualTo(new VerificationReport(false, 9L, List.of(
                        new Violation("K1", List.of("items[1]"), "items[1] = 4 is not an item of f3 (0..3)"),
                        new Violation("K1", List.of("items[3]"), "items[3] = -2 is not an item of f3 (0..3)"),
                        new Violation("K2", List.of("item 0"), "item 0 is listed 2 times (items[0], items[2])"),
                        new Violation("K4", List.of(), "stated profit 18 differs from the recomputed profit 9"))));
    }

    @Test
    void fractionalWeightsThatFillTheKnapsackExactlyFitDespiteRounding() {
        // 0.1 + 0.2 + 0.3 is 0.6000000000000001 in doubles: a full knapsack, not an overfull one.
        assertThat(0.1 + 0.2 + 0.3).isGreaterThan(0.6);
        VerificationReport report = SelectionVerifier.verify(FRACTIONAL,
                new SelectionDocument("frac", List.of(0, 1, 2), 0.875, 0.6, "p"));

        assertThat(report).isEqualTo(new VerificationReport(true, 0.875, List.of()));
        assertThat(SelectionVerifier.verify(new Knapsack("frac", FRACTIONAL.profits(), FRACTIONAL.weights(), 0.59),
                new SelectionDocument("frac", List.of(0, 1, 2), null, null, "p")).violations())
                .containsExactly(new Violation("K3", List.of(), "the chosen items weigh 0.6000000000000001, over the "
                        + "capacity 0.59 of frac"));
    }

    @Test
    void acceptsF5sOptimumClaimedAtTheFourDecimalsTheDataSetPrints() throws IOException {
        KnapsackFile f5 = KnapsackReader.read(TestData.require("knapsack/low-dimensional/f5_l-d_kp_15_375"));
        // The optimal set, found by exhaustive search over the 2^15 subsets outside Gantry: 481.069368.
        String json = "{\"problem\":\"knapsack\",\"items\":[2,4,6,7,9,10,11,13,14],\"profit\":481.0694}";

        VerificationReport report = SelectionVerifier.verify(f5.knapsack(), SelectionJson.parse("plan.json", json));

        assertThat(report.violations()).isEmpty();
        assertThat(report.objective().doubleValue()).isCloseTo(481.069368, offset(1e-9));
    }
}
