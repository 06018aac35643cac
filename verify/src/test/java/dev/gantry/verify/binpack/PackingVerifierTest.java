package dev.gantry.verify.binpack;

import dev.gantry.instances.TestData;
import dev.gantry.instances.binpack.BinPackInstance;
import dev.gantry.instances.binpack.BinPackReader;
import dev.gantry.instances.binpack.PackingDocument;
import dev.gantry.instances.binpack.PackingJson;
import dev.gantry.modeling.binpack.BinPacking;
import dev.gantry.modeling.binpack.Packing;
import dev.gantry.verify.VerificationReport;
import dev.gantry.verify.Violation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class PackingVerifierTest {
    /** Sizes 6, 5, 4, 5 in bins of 10: two bins suffice ({0, 2} and {1, 3}). */
    private static final BinPacking FOUR = new BinPacking("four", 10, new double[] {6, 5, 4, 5});

    private static PackingDocument plan(List<List<Integer>> bins, Integer binCount) {
        return new PackingDocument("four", bins, binCount, "plan.json");
    }

    @Test
    void acceptsAValidPackingAndReportsItsBinCount() {
        assertThat(PackingVerifier.verify(FOUR, plan(List.of(List.of(0, 2), List.of(3, 1)), 2)))
                .isEqualTo(new VerificationReport(true, 2L, List.of()));
        assertThat(PackingVerifier.verify(FOUR, new Packing(new int[] {0, 1, 2, 1})))
                .isEqualTo(new VerificationReport(true, 3L, List.of()));
    }

    @Test
    void flagsAnOverfullBinAndAWrongClaimedCount() {
        assertThat(PackingVerifier.verify(FOUR, plan(List.of(List.of(0, 1), List.of(2, 3)), 1)))
                .isEqualTo(new VerificationReport(false, 2L, List.of(
                        new Violation("B5", List.of("bin 0"), "bin 0 holds 11, over the capacity 10 (items 0, 1)"),
                        new Violation("B6", List.of(), "stated bin count 1 differs from the 2 bins listed"))));
    }

    @Test
    void flagsUnknownRepeatedAndMissingItemsAndEmptyBins() {
        assertThat(PackingVerifier.verify(FOUR, plan(List.of(List.of(0, 7), List.of(), List.of(0, 2)), null)))
                .isEqualTo(new VerificationReport(false, 3L, List.of(
                        new Violation("B1", List.of("bins[0][1]"), "bins[0][1] = 7 is not an item of four (0..3)"),
                        new Violation("B4", List.of("bin 1"), "bin 1 is empty"),
                        new Violation("B2", List.of("item 0"), "item 0 is packed 2 times (bins[0][0], bins[2][0])"),
                        new Violation("B3", List.of("item 1", "item 3"), "2 items are in no bin: 1, 3"))));
    }

    @Test
    void anInMemoryPackingWithAGapShowsAnEmptyBin() {
        assertThat(PackingVerifier.verify(FOUR, new Packing(new int[] {0, 2, 0, 2})))
                .isEqualTo(new VerificationReport(false, 3L, List.of(
                        new Violation("B4", List.of("bin 1"), "bin 1 is empty"))));
    }

    @Test
    void fractionalSizesThatFillABinExactlyFitDespiteRounding() {
        // 0.1 + 0.2 + 0.3 is 0.6000000000000001 in doubles: a full bin, not an overfull one.
        BinPacking fractional = new BinPacking("frac", 0.6, new double[] {0.1, 0.2, 0.3, 0.35});
        String json = "{\"problem\":\"binpack\",\"bins\":[[0,1,2],[3]],\"binCount\":2}";

        assertThat(PackingVerifier.verify(fractional, PackingJson.parse("plan.json", json)))
                .isEqualTo(new VerificationReport(true, 2L, List.of()));
        assertThat(PackingVerifier.verify(fractional, plan(List.of(List.of(0, 1, 2, 3)), null)).violations())
                .containsExactly(new Violation("B5", List.of("bin 0"),
                        "bin 0 holds 0.9500000000000001, over the capacity 0.6 (items 0, 1, 2, 3)"));
    }

    /** One item per bin is always feasible: u120_00 then needs 120 bins, and the verifier agrees. */
    @Test
    void acceptsOneItemPerBinOnAStagedInstance() throws IOException {
        BinPackInstance u120 = BinPackReader.read(TestData.require("binpack/binpack1.txt")).get(0);
        int[] ownBin = IntStream.range(0, 120).toArray();

        assertThat(PackingVerifier.verify(u120.binPacking(), new Packing(ownBin)))
                .isEqualTo(new VerificationReport(true, 120L, List.of()));
    }
}
