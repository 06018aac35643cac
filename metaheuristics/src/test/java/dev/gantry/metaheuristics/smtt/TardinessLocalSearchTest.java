package dev.gantry.metaheuristics.smtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.gantry.heuristics.smtt.SmttHeuristics;
import dev.gantry.instances.TestData;
import dev.gantry.instances.smtt.SmttJsonReader;
import dev.gantry.metaheuristics.sa.Permutations;
import dev.gantry.modeling.smtt.JobSequence;
import dev.gantry.verify.smtt.SequenceVerifier;
import dev.gantry.modeling.smtt.SingleMachineTardiness;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TardinessLocalSearchTest {

    /** Random instances, weighted or not, with negative due dates among them (spec §1). */
    static SingleMachineTardiness random(int n, boolean weighted, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int[] p = new int[n];
        int[] w = new int[n];
        int[] d = new int[n];
        int total = 0;
        for (int j = 0; j < n; j++) {
            p[j] = 1 + r.nextInt(100);
            w[j] = weighted ? 1 + r.nextInt(10) : 1;
            total += p[j];
        }
        for (int j = 0; j < n; j++) {
            d[j] = r.nextInt(total) - total / 5;
        }
        return new SingleMachineTardiness("random" + n + "-" + seed, p, w, d);
    }

    static JobSequence shuffled(int n, long seed) {
        return new JobSequence(Permutations.random(n, new SplittableRandom(seed)));
    }

    private static void assertPermutation(JobSequence s, int n) {
        int[] sorted = s.order();
        Arrays.sort(sorted);
        assertThat(sorted).isEqualTo(IntStream.range(0, n).toArray());
    }

    @Test
    void everyDeltaEqualsTheRecomputedCost() {
        for (long seed = 0; seed < 6; seed++) {
            SingleMachineTardiness instance = random(17, seed % 2 == 0, seed);
            JobSequence start = shuffled(17, seed);
            int n = instance.size();
            TardinessLocalSearch.Work work = new TardinessLocalSearch.Work(instance, start);
            long base = instance.totalWeightedTardiness(start.order());
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (i == j) {
                        continue;
                    }
                    int[] moved = start.order();
                    int job = moved[i];
                    List<Integer> list = new ArrayList<>(Arrays.stream(moved).boxed().toList());
                    list.remove(i);
                    list.add(j, job);
                    long inserted = instance.totalWeightedTardiness(list.stream().mapToInt(Integer::intValue).toArray());
                    assertThat(work.insertDelta(i, j)).as("insert %d→%d", i, j).isEqualTo(inserted - base);
                    if (i < j) {
                        int[] swapped = start.order();
                        swapped[i] = moved[j];
                        swapped[j] = moved[i];
                        assertThat(work.swapDelta(i, j)).as("swap %d,%d", i, j)
                                .isEqualTo(instance.totalWeightedTardiness(swapped) - base);
                    }
                }
            }
        }
    }

    @Test
    void descentsNeverWorsenAndKeepTheirValuesExact() {
        for (long seed = 0; seed < 20; seed++) {
            int n = 5 + (int) (seed * 3);
            SingleMachineTardiness instance = random(n, seed % 2 == 1, seed);
            JobSequence start = shuffled(n, seed + 100);
            long startValue = instance.totalWeightedTardiness(start.order());
            JobSequence ins = TardinessLocalSearch.insertionDescent(instance, start);
            JobSequence swp = TardinessLocalSearch.swapDescent(instance, start);
            JobSequence dyn = TardinessLocalSearch.dynasearch(instance, start);
            for (JobSequence s : List.of(ins, swp, dyn)) {
                assertPermutation(s, n);
                assertThat(SequenceVerifier.tardinessOf(instance, s)).isLessThanOrEqualTo(startValue);
            }
            // Local optimality: no single insertion improves an insertion descent; no swap or insertion improves dynasearch.
            TardinessLocalSearch.Work atIns = new TardinessLocalSearch.Work(instance, ins);
            TardinessLocalSearch.Work atDyn = new TardinessLocalSearch.Work(instance, dyn);
            TardinessLocalSearch.Work atSwp = new TardinessLocalSearch.Work(instance, swp);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (i != j) {
                        assertThat(atIns.insertDelta(i, j)).isGreaterThanOrEqualTo(0);
                        assertThat(atDyn.insertDelta(i, j)).isGreaterThanOrEqualTo(0);
                    }
                    if (i < j) {
                        assertThat(atDyn.swapDelta(i, j)).isGreaterThanOrEqualTo(0);
                        assertThat(atSwp.swapDelta(i, j)).isGreaterThanOrEqualTo(0);
                    }
                }
            }
            // The work's running cost after a descent equals the recomputed one.
            TardinessLocalSearch.Work work = new TardinessLocalSearch.Work(instance, start);
            work.dynasearchDescent();
            assertThat(work.cost).isEqualTo(instance.totalWeightedTardiness(work.sequence.clone()));
            work.insertionDescent();
            work.swapDescent();
            assertThat(work.cost).isEqualTo(instance.totalWeightedTardiness(work.sequence.clone()));
        }
    }

    @Test
    void iteratedLocalSearchIsSeededExactAndNeverWorseThanItsStart() {
        SingleMachineTardiness instance = random(40, true, 7);
        JobSequence start = TardinessAnnealing.earliestDueDate(instance);
        long startValue = instance.totalWeightedTardiness(start.order());
        for (boolean dyna : new boolean[] {false, true}) {
            TardinessLocalSearch.Result a = TardinessLocalSearch.iteratedLocalSearch(instance, start, null, 50, 11, dyna);
            TardinessLocalSearch.Result b = TardinessLocalSearch.iteratedLocalSearch(instance, start, null, 50, 11, dyna);
            assertThat(a.sequence()).isEqualTo(b.sequence());
            assertPermutation(a.sequence(), 40);
            assertThat(a.value()).isEqualTo(SequenceVerifier.tardinessOf(instance, a.sequence())).isLessThanOrEqualTo(startValue);
            assertThat(a.value()).isLessThanOrEqualTo(
                    instance.totalWeightedTardiness(TardinessLocalSearch.insertionDescent(instance, start).order()));
        }
        TardinessLocalSearch.Result timed = TardinessLocalSearch.iteratedLocalSearch(instance, start, java.time.Duration.ofMillis(30), 3);
        assertThat(timed.value()).isEqualTo(SequenceVerifier.tardinessOf(instance, timed.sequence()));
        assertThat(timed.time()).isLessThan(java.time.Duration.ofSeconds(2));
    }

    @Test
    void stopsAtATargetAndRespectsATimeLimit() {
        SingleMachineTardiness instance = random(30, true, 9);
        JobSequence start = TardinessAnnealing.earliestDueDate(instance);
        long reference = TardinessLocalSearch.iteratedLocalSearch(instance, start, null, 100, 5, true).value();
        TardinessLocalSearch.Result stopped = TardinessLocalSearch.iteratedLocalSearch(instance, start, null, 1_000_000, reference, 5, true);
        assertThat(stopped.value()).isLessThanOrEqualTo(reference);
        assertThat(stopped.iterations()).isLessThanOrEqualTo(100);
        for (TardinessLocalSearch.Result r : List.of(
                TardinessLocalSearch.baselineIteratedLocalSearch(instance, start, java.time.Duration.ofMillis(20), 2),
                TardinessLocalSearch.iteratedLocalSearch(instance, start, java.time.Duration.ofMillis(20), 2))) {
            assertPermutation(r.sequence(), 30);
            assertThat(r.value()).isEqualTo(SequenceVerifier.tardinessOf(instance, r.sequence()))
                    .isLessThanOrEqualTo(instance.totalWeightedTardiness(start.order()));
            assertThat(r.time()).isLessThan(java.time.Duration.ofSeconds(2));
        }
    }

    @Test
    void findsTheOptimumOfThePapersSixJobExample() {
        // Spec §2.6: optimum 141; MDD gives 144.
        SingleMachineTardiness instance = SingleMachineTardiness.unweighted("six", new int[] {10, 11, 10, 10, 11, 10},
                new int[] {15, 11, 13, 11, 12, 11});
        JobSequence mdd = new JobSequence(new int[] {1, 0, 2, 3, 5, 4});
        assertThat(TardinessLocalSearch.iteratedLocalSearch(instance, mdd, null, 200, 1, true).value()).isEqualTo(141);
        assertThat(TardinessLocalSearch.iteratedLocalSearch(instance, mdd, null, 200, 1, false).value()).isEqualTo(141);
    }

    @Test
    void handlesTinyInstances() {
        SingleMachineTardiness one = SingleMachineTardiness.unweighted("one", new int[] {3}, new int[] {-1});
        JobSequence s = new JobSequence(new int[] {0});
        assertThat(TardinessLocalSearch.dynasearch(one, s)).isEqualTo(s);
        assertThat(TardinessLocalSearch.insertionDescent(one, s)).isEqualTo(s);
        assertThat(TardinessLocalSearch.iteratedLocalSearch(one, s, null, 10, 1, true).value()).isEqualTo(4);
    }

    static Stream<Arguments> regression() {
        return Stream.of(
                Arguments.of("smtt_n20_800.jsonl", "mdd", 0.647, 625),
                Arguments.of("smtt_n20_800.jsonl", "mddc", 0.426, 658),
                Arguments.of("smtt_n100_200.jsonl", "mdd", 0.643, 85),
                Arguments.of("smtt_n100_200.jsonl", "mddc", 0.536, 89));
    }

    /** Spec §5: the reference insertion descent from MDD and MDDC, exact regression values (gap as in §6). */
    @ParameterizedTest(name = "{0} {1} + insertion: {2}% gap, {3} optima")
    @MethodSource("regression")
    void insertionDescentReproducesTheSpecTable(String file, String rule, double averageGap, int optima) {
        List<Staged> staged = read(TestData.require("smtt/" + file));
        double gapSum = 0;
        int nonzero = 0;
        int hits = 0;
        for (Staged s : staged) {
            JobSequence start = SmttHeuristics.byId(rule).sequence(s.instance());
            JobSequence local = TardinessLocalSearch.insertionDescent(s.instance(), start);
            long value = SequenceVerifier.tardinessOf(s.instance(), local);
            assertThat(value).as("%s on %s", rule, s.instance().name()).isGreaterThanOrEqualTo(s.optimum())
                    .isLessThanOrEqualTo(s.instance().totalWeightedTardiness(start.order()));
            if (value == s.optimum()) {
                hits++;
            }
            if (s.optimum() > 0) {
                gapSum += 100.0 * (value - s.optimum()) / s.optimum();
                nonzero++;
            }
        }
        assertThat(gapSum / nonzero).as("%s + insertion average gap on %s", rule, file).isCloseTo(averageGap, within(0.0005));
        assertThat(hits).as("%s + insertion optima on %s", rule, file).isEqualTo(optima);
    }

    private record Staged(SingleMachineTardiness instance, long optimum) {
    }

    private static List<Staged> read(Path file) {
        try {
            return SmttJsonReader.readLines(file).stream().map(c -> new Staged(c.instance(), c.optimum().getAsLong())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
