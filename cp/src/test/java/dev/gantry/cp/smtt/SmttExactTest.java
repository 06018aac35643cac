package dev.gantry.cp.smtt;

import dev.gantry.cp.SearchLimits;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.instances.TestData;
import dev.gantry.instances.smtt.SmttJsonReader;
import dev.gantry.modeling.smtt.JobSequence;
import dev.gantry.modeling.smtt.SingleMachineTardiness;
import dev.gantry.verify.VerificationReport;
import dev.gantry.verify.smtt.SequenceVerifier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The decomposition solver against the subset DP and brute force, and against the staged optima (spec smtt §4.2–4.3). */
class SmttExactTest {

    private static long bruteForce(SingleMachineTardiness inst) {
        int n = inst.size();
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        long best = Long.MAX_VALUE;
        // Heap's algorithm over all n! orders.
        int[] c = new int[n];
        best = Math.min(best, inst.totalWeightedTardiness(perm));
        int i = 0;
        while (i < n) {
            if (c[i] < i) {
                int a = i % 2 == 0 ? 0 : c[i];
                int t = perm[a];
                perm[a] = perm[i];
                perm[i] = t;
                best = Math.min(best, inst.totalWeightedTardiness(perm));
                c[i]++;
                i = 0;
            } else {
                c[i] = 0;
                i++;
            }
        }
        return best;
    }

    private static void assertPermutation(int[] order, int n) {
        int[] sorted = order.clone();
        Arrays.sort(sorted);
        int[] ids = new int[n];
        Arrays.setAll(ids, j -> j);
        assertThat(sorted).isEqualTo(ids);
    }

    /** The independent verifier accepts the sequence and recomputes the claimed value. */
    private static void assertVerified(SingleMachineTardiness inst, JobSequence sequence, long claimed) {
        VerificationReport report = SequenceVerifier.verify(inst, sequence);
        assertThat(report.violations()).as("%s: %s", inst.name(), sequence).isEmpty();
        assertThat(report.valid()).isTrue();
        assertThat(report.objective()).as("%s: verified value of %s", inst.name(), sequence).isEqualTo(claimed);
    }

    /**
     * Random instances with small p ranges (ties in p and d), due dates spanning negative values to beyond Σp, so that
     * zero-tardiness and all-late instances both occur.
     */
    static SingleMachineTardiness random(Random rnd, int n, boolean weighted, int id) {
        int pMax = 1 + rnd.nextInt(rnd.nextBoolean() ? 4 : 30);
        int[] p = new int[n];
        int[] w = new int[n];
        int[] d = new int[n];
        int total = 0;
        for (int j = 0; j < n; j++) {
            p[j] = 1 + rnd.nextInt(pMax);
            w[j] = weighted ? 1 + rnd.nextInt(10) : 1;
            total += p[j];
        }
        double scale = 0.2 + 1.3 * rnd.nextDouble();
        for (int j = 0; j < n; j++) {
            d[j] = (int) Math.round((rnd.nextDouble() * 1.2 - 0.2) * total * scale);
        }
        return new SingleMachineTardiness("rnd" + id, p, w, d);
    }

    @Test
    void paperExampleHasOptimum141() {
        var inst = SingleMachineTardiness.unweighted("paper6", new int[] {10, 11, 10, 10, 11, 10}, new int[] {15, 11, 13, 11, 12, 11});
        var r = SmttDecompositionSolver.solve(inst);
        assertThat(r.value()).isEqualTo(141);
        assertThat(r.proven()).isTrue();
        assertVerified(inst, r.sequence(), 141);
        assertThat(SubsetDpSolver.solve(inst).value()).isEqualTo(141);
        assertThat(bruteForce(inst)).isEqualTo(141);
    }

    @Test
    void bruteForceSubsetDpAndDecompositionAgreeOnSmallRandomInstances() {
        Random rnd = new Random(20261202L);
        int zero = 0;
        for (int it = 0; it < 600; it++) {
            int n = 1 + rnd.nextInt(8);
            var inst = random(rnd, n, false, it);
            long brute = bruteForce(inst);
            var dp = SubsetDpSolver.solve(inst);
            var dec = SmttDecompositionSolver.solve(inst);
            assertThat(dp.value()).as("subset DP on %s", Arrays.toString(inst.dueDates())).isEqualTo(brute);
            assertThat(dec.value()).as("decomposition, p=%s d=%s", Arrays.toString(inst.processing()),
                    Arrays.toString(inst.dueDates())).isEqualTo(brute);
            assertThat(dec.proven()).isTrue();
            assertPermutation(dp.sequence().order(), n);
            assertPermutation(dec.sequence().order(), n);
            assertVerified(inst, dp.sequence(), brute);
            assertVerified(inst, dec.sequence(), brute);
            zero += brute == 0 ? 1 : 0;
        }
        assertThat(zero).as("zero-tardiness instances exercised").isGreaterThan(10);
    }

    @Test
    void weightedSubsetDpMatchesBruteForce() {
        Random rnd = new Random(7L);
        for (int it = 0; it < 300; it++) {
            int n = 1 + rnd.nextInt(8);
            var inst = random(rnd, n, true, it);
            var dp = SubsetDpSolver.solve(inst);
            long brute = bruteForce(inst);
            assertThat(dp.value()).isEqualTo(brute);
            assertPermutation(dp.sequence().order(), n);
            assertVerified(inst, dp.sequence(), brute);
        }
    }

    @Test
    void decompositionMatchesSubsetDpUpToSixteenJobs() {
        Random rnd = new Random(99L);
        for (int it = 0; it < 150; it++) {
            int n = 9 + rnd.nextInt(8);
            var inst = random(rnd, n, false, it);
            var dp = SubsetDpSolver.solve(inst);
            var dec = SmttDecompositionSolver.solve(inst);
            assertThat(dec.value()).as("p=%s d=%s", Arrays.toString(inst.processing()), Arrays.toString(inst.dueDates()))
                    .isEqualTo(dp.value());
            assertPermutation(dec.sequence().order(), n);
            assertVerified(inst, dec.sequence(), dec.value());
        }
    }

    @Test
    void rejectsWeightedInstancesAndNonPositiveProcessing() {
        var weighted = new SingleMachineTardiness("w", new int[] {1, 2}, new int[] {1, 3}, new int[] {0, 0});
        assertThatThrownBy(() -> SmttDecompositionSolver.solve(weighted)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("weighted");
        // p ≤ 0 is rejected by the instance itself (spec §1), before any solver sees it
        assertThatThrownBy(() -> SingleMachineTardiness.unweighted("z", new int[] {0, 2}, new int[] {0, 0}))
                .isInstanceOf(IllegalArgumentException.class);
        int[] ones = new int[SubsetDpSolver.MAX_JOBS + 1];
        Arrays.fill(ones, 1);
        var big = SingleMachineTardiness.unweighted("big", ones, new int[ones.length]);
        assertThatThrownBy(() -> SubsetDpSolver.solve(big)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void emptyInstanceIsZero() {
        var r = SmttDecompositionSolver.solve(SingleMachineTardiness.unweighted("empty", new int[0], new int[0]));
        assertThat(r.value()).isZero();
        assertThat(r.proven()).isTrue();
        assertThat(r.sequence().size()).isZero();
    }

    @Test
    void nodeLimitReturnsTheEddSequenceUnproven() throws IOException {
        Random rnd = new Random(3L);
        int n = 60;
        int[] p = new int[n];
        int[] d = new int[n];
        int total = 0;
        for (int j = 0; j < n; j++) {
            p[j] = 1 + rnd.nextInt(100);
            total += p[j];
        }
        for (int j = 0; j < n; j++) {
            d[j] = (int) (total * (0.3 + 0.2 * rnd.nextDouble()));
        }
        var inst = SingleMachineTardiness.unweighted("limited", p, d);
        var r = SmttDecompositionSolver.solve(inst, SearchLimits.nodes(5));
        assertThat(r.proven()).isFalse();
        assertPermutation(r.sequence().order(), n);
        assertVerified(inst, r.sequence(), r.value());
        var full = SmttDecompositionSolver.solve(inst);
        assertThat(full.proven()).isTrue();
        assertThat(full.value()).isLessThanOrEqualTo(r.value());
    }

    private record Staged(SingleMachineTardiness instance, long opt) {
    }

    private static List<Staged> read(Path file) throws IOException {
        return SmttJsonReader.readLines(file).stream().map(c -> new Staged(c.instance(), c.optimum().getAsLong())).toList();
    }

    private static Duration proveAll(String relative, int expected) {
        List<Staged> set;
        try {
            set = read(TestData.require(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(set).hasSize(expected);
        long nanos = 0;
        long max = 0;
        for (Staged s : set) {
            var r = SmttDecompositionSolver.solve(s.instance());
            nanos += r.time().toNanos();
            max = Math.max(max, r.time().toNanos());
            assertThat(r.proven()).as(s.instance().name()).isTrue();
            assertThat(r.value()).as(s.instance().name()).isEqualTo(s.opt());
            assertPermutation(r.sequence().order(), s.instance().size());
            assertVerified(s.instance(), r.sequence(), s.opt());
        }
        System.out.printf("SMTT exact %s: %d instances proven, total %.3f s, max %.3f s%n", relative, set.size(), nanos / 1e9, max / 1e9);
        return Duration.ofNanos(nanos);
    }

    @Test
    void provesEveryStagedOptimumOfTheTwentyJobSet() {
        proveAll("smtt/smtt_n20_800.jsonl", 800);
    }

    @Test
    void provesEveryStagedOptimumOfTheHundredJobSet() {
        // Spec target: ≤ 5 s total on one thread; the generous bound here only catches pathological regressions.
        assertThat(proveAll("smtt/smtt_n100_200.jsonl", 200)).isLessThan(Duration.ofSeconds(60));
    }
}
