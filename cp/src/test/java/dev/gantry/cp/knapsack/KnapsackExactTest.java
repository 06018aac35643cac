package dev.gantry.cp.knapsack;

import dev.gantry.cp.SearchLimits;
import dev.gantry.cp.knapsack.KnapsackExact.Method;
import dev.gantry.cp.knapsack.KnapsackExact.Result;
import dev.gantry.instances.TestData;
import dev.gantry.instances.knapsack.KnapsackFile;
import dev.gantry.instances.knapsack.KnapsackGenerator;
import dev.gantry.instances.knapsack.KnapsackOptimum;
import dev.gantry.instances.knapsack.KnapsackReader;
import dev.gantry.modeling.knapsack.Knapsack;
import dev.gantry.modeling.knapsack.Selection;
import dev.gantry.verify.VerificationReport;
import dev.gantry.verify.knapsack.SelectionVerifier;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class KnapsackExactTest {

    private static List<Path> stagedFiles() throws IOException {
        Path root = TestData.require("knapsack");
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getParent().getFileName().toString().endsWith("-optimum")).sorted().toList();
        }
    }

    @Test
    void everyStagedFileReachesItsStoredOptimumAndTheVerifierAgrees() throws IOException {
        List<Path> files = stagedFiles();

        assertThat(files).hasSize(16);
        for (Path file : files) {
            KnapsackFile read = KnapsackReader.read(file);
            Knapsack k = read.knapsack();
            KnapsackOptimum optimum = KnapsackOptimum.read(KnapsackOptimum.fileFor(file));

            Result r = KnapsackExact.solve(k);

            assertThat(r.proven()).as(k.name()).isTrue();
            assertThat(r.method()).as(k.name())
                    .isEqualTo(k.isIntegral() ? Method.DYNAMIC_PROGRAMMING : Method.BRANCH_AND_BOUND);
            assertThat(optimum.matches(r.profit())).as(k.name() + ": " + r.profit() + " vs " + optimum.value()).isTrue();
            VerificationReport report = SelectionVerifier.verify(k, r.selection());
            assertThat(report.valid()).as(k.name() + ": " + report.violations()).isTrue();
            assertThat(report.objective().doubleValue()).isEqualTo(r.profit());
            if (read.storedSolution().isPresent()) {
                VerificationReport stored = SelectionVerifier.verify(k, read.storedSolution().get());
                assertThat(stored.valid()).as(k.name() + " stored vector").isTrue();
                assertThat(stored.objective().doubleValue()).as(k.name() + " stored vector").isEqualTo(r.profit());
            }
        }
    }

    /** f5 is the one fractional file: its exact optimum is 481.069368 (the data set prints 481.0694). */
    @Test
    void branchAndBoundFindsF5sExactFractionalOptimum() throws IOException {
        Knapsack f5 = KnapsackReader.read(TestData.require("knapsack/low-dimensional/f5_l-d_kp_15_375")).knapsack();

        Result r = KnapsackExact.solve(f5);

        assertThat(r.profit()).isCloseTo(481.069368, within(1e-9));
        assertThat(r.selection().chosen()).containsExactly(false, false, true, false, true, false, true, true, false,
                true, true, true, false, true, true);
    }

    @Test
    void branchAndBoundAgreesWithTheDpOnEveryIntegralStagedFile() throws IOException {
        for (Path file : stagedFiles()) {
            Knapsack k = KnapsackReader.read(file).knapsack();
            if (!k.isIntegral()) {
                continue;
            }
            Result dp = KnapsackExact.dynamicProgramming(k);
            Result bb = KnapsackExact.branchAndBound(k, SearchLimits.NONE);

            assertThat(bb.proven()).as(k.name()).isTrue();
            assertThat(bb.profit()).as(k.name()).isEqualTo(dp.profit());
            assertThat(SelectionVerifier.verify(k, bb.selection()).valid()).as(k.name()).isTrue();
        }
    }

    /** Fractional instances of the Neural SA distribution, checked against all 2¹⁶ subsets. */
    @Test
    void branchAndBoundMatchesExhaustiveSearchOnSmallFractionalInstances() {
        for (long seed = 1; seed <= 20; seed++) {
            Knapsack k = KnapsackGenerator.generate(16, 4.0, seed);

            Result r = KnapsackExact.solve(k);

            assertThat(r.method()).isEqualTo(Method.BRANCH_AND_BOUND);
            assertThat(r.proven()).isTrue();
            assertThat(r.profit()).as(k.name()).isEqualTo(bruteForce(k));
        }
    }

    private static double bruteForce(Knapsack k) {
        double best = 0;
        for (int mask = 0; mask < 1 << k.size(); mask++) {
            double weight = 0;
            double profit = 0;
            for (int i = 0; i < k.size(); i++) {
                if ((mask >> i & 1) != 0) {
                    weight += k.weight(i);
                    profit += k.profit(i);
                }
            }
            if (weight <= k.capacity()) {
                best = Math.max(best, profit);
            }
        }
        return best;
    }

    @Test
    void aNodeLimitStopsTheSearchWithAFeasibleUnprovenSelectionAndAValidBound() {
        Knapsack k = KnapsackGenerator.generate(1000, 3);
        Result optimal = KnapsackExact.solve(k);

        Result stopped = KnapsackExact.solve(k, SearchLimits.nodes(50));

        assertThat(optimal.proven()).isTrue();
        assertThat(stopped.proven()).isFalse();
        assertThat(stopped.nodes()).isEqualTo(51);
        assertThat(SelectionVerifier.verify(k, stopped.selection()).valid()).isTrue();
        assertThat(stopped.profit()).isLessThanOrEqualTo(optimal.profit());
        assertThat(stopped.bound()).isGreaterThanOrEqualTo(optimal.profit());
        assertThat(optimal.bound()).isEqualTo(optimal.profit());
    }

    @Test
    void aTimeLimitAlsoStopsItAndLimitsMustBePositive() {
        Knapsack k = KnapsackReader.parse("f8", "23 10000\n981 983\n980 982\n979 981\n978 980\n977 979\n976 978\n"
                + "487 488\n974 976\n970 972\n485 486\n485 486\n970 972\n970 972\n484 485\n484 485\n976 969\n"
                + "974 966\n482 483\n962 964\n961 963\n959 961\n958 958\n857 959\n").knapsack();

        // f8 takes millions of nodes by branch and bound, far beyond a millisecond.
        Result stopped = KnapsackExact.branchAndBound(k, SearchLimits.time(Duration.ofMillis(1)));

        assertThat(stopped.proven()).isFalse();
        assertThat(SelectionVerifier.verify(k, stopped.selection()).valid()).isTrue();
        assertThatThrownBy(() -> SearchLimits.nodes(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SearchLimits.time(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void takesFreeItemsAndLeavesItemsThatCanNeverFit() {
        Knapsack k = new Knapsack("edge", new double[] {3, 10, 4, 0, 5}, new double[] {0, 11, 5, 2, 5}, 10);

        for (Result r : List.of(KnapsackExact.dynamicProgramming(k), KnapsackExact.branchAndBound(k, SearchLimits.NONE))) {
            assertThat(r.selection()).isEqualTo(new Selection(new boolean[] {true, false, true, false, true}));
            assertThat(r.profit()).isEqualTo(12);
            assertThat(r.proven()).isTrue();
        }
    }

    @Test
    void usesTheDpOnlyWithinItsLimits() {
        Knapsack wide = new Knapsack("wide", new double[] {1, 2, 3}, new double[] {1, 2, 3},
                KnapsackExact.DP_CAPACITY_LIMIT + 1);
        Knapsack empty = new Knapsack("empty", new double[0], new double[0], 5);

        assertThat(KnapsackExact.dynamicProgrammingApplies(wide)).isFalse();
        assertThat(KnapsackExact.solve(wide).method()).isEqualTo(Method.BRANCH_AND_BOUND);
        assertThat(KnapsackExact.solve(wide).profit()).isEqualTo(6);
        assertThatThrownBy(() -> KnapsackExact.dynamicProgramming(wide)).isInstanceOf(IllegalArgumentException.class);
        assertThat(KnapsackExact.solve(empty).profit()).isZero();
        assertThat(KnapsackExact.solve(empty).proven()).isTrue();
    }
}
