package dev.gantry.heuristics.smtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.modeling.smtt.JobSequence;
import dev.gantry.modeling.smtt.SingleMachineTardiness;
import dev.gantry.verify.smtt.SequenceVerifier;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SmttHeuristicsTest {
    /** The paper's 6-job example (spec §2.6); the optimum is 141. */
    private static final SingleMachineTardiness PAPER_EXAMPLE = SingleMachineTardiness.unweighted("paper-6",
            new int[] {10, 11, 10, 10, 11, 10}, new int[] {15, 11, 13, 11, 12, 11});

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "edd; 1,3,5,4,2,0; 146",
        "eddc; 3,5,2,0,1,4; 141",
        "mdd; 1,0,2,3,5,4; 144",
        "mddc; 3,5,2,0,1,4; 141",
        "augmented-mdd; 1,0,2,3,5,4; 144",
        "augmented-mddc; 3,5,2,0,1,4; 141",
        "psk; 3,5,2,0,1,4; 141",
        "panneerselvam; 5,3,2,1,4,0; 143",
    })
    void reproducesThePaperExample(String id, String sequence, long tardiness) {
        int[] expected = Arrays.stream(sequence.split(",")).mapToInt(Integer::parseInt).toArray();
        JobSequence s = SmttHeuristics.byId(id).sequence(PAPER_EXAMPLE);
        assertThat(s.order()).containsExactly(expected);
        assertThat(SequenceVerifier.tardinessOf(PAPER_EXAMPLE, s)).isEqualTo(tardiness);
    }

    @Test
    void everyRuleReturnsAPermutationIncludingNegativeDueDates() {
        Random random = new Random(9);
        for (int trial = 0; trial < 200; trial++) {
            int n = random.nextInt(12);
            int[] p = IntStream.range(0, n).map(j -> 1 + random.nextInt(6)).toArray();
            int[] d = IntStream.range(0, n).map(j -> random.nextInt(30) - 8).toArray(); // many ties, some < 0
            SingleMachineTardiness instance = SingleMachineTardiness.unweighted("random-" + trial, p, d);
            for (SequencingHeuristic h : SmttHeuristics.all()) {
                int[] order = h.sequence(instance).order();
                assertThat(order).as("%s on %s", h.id(), Arrays.toString(d)).containsExactlyInAnyOrder(IntStream.range(0, n).toArray());
            }
        }
    }

    @Test
    void registryListsTheSpecIdsInOrder() {
        assertThat(SmttHeuristics.all()).extracting(SequencingHeuristic::id).containsExactly(
                "edd", "mdd", "eddc", "mddc", "augmented-mdd", "augmented-mddc", "psk", "panneerselvam");
        assertThatThrownBy(() -> SmttHeuristics.byId("spt")).hasMessageContaining("mddc");
    }

    @Test
    void zeroProcessingTimesAreRejectedWhenTheInstanceIsBuilt() {
        // spec §1: p >= 1; the model refuses anything else, so no rule ever sees it
        assertThatThrownBy(() -> SingleMachineTardiness.unweighted("zero", new int[] {1, 0}, new int[] {1, 1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("job 1");
    }

    @Test
    void emptyInstanceGivesEmptySequence() {
        SingleMachineTardiness empty = SingleMachineTardiness.unweighted("empty", new int[0], new int[0]);
        for (SequencingHeuristic h : SmttHeuristics.all()) {
            assertThat(h.sequence(empty).order()).as(h.id()).isEmpty();
        }
    }

    // --- tie-breaking, hand-checked ---

    @Test
    void eddBreaksDueDateTiesByIndex() {
        assertThat(order("edd", new int[] {1, 1, 1, 1}, new int[] {3, 1, -2, 1})).containsExactly(2, 1, 3, 0);
    }

    @Test
    void mddBreaksTiesByLowestIndex() {
        // t = 0: max(2, 5) = max(1, 5) = 5, so job 0 goes first although job 1 is shorter.
        assertThat(order("mdd", new int[] {2, 1}, new int[] {5, 5})).containsExactly(0, 1);
        // Past due dates: max(t + p, d) = t + p, so MDD is SPT, ties by index.
        assertThat(order("mdd", new int[] {3, 1, 1}, new int[] {-4, -1, -9})).containsExactly(1, 2, 0);
    }

    @Test
    void mddcBreaksExactTiesByCandidateListOrder() {
        // Identical jobs tie exactly; the (d, p, j) list puts the lowest index first.
        assertThat(order("mddc", new int[] {3, 3, 3}, new int[] {5, 5, 5})).containsExactly(0, 1, 2);
        // Hand-computed: job 1 (p=1): max(1.1, 4)·1.2 + 1/1.5 ≈ 5.47 beats job 0 (p=2): 4·1.5 + 2/1.5 ≈ 7.33.
        assertThat(order("mddc", new int[] {2, 1}, new int[] {4, 4})).containsExactly(1, 0);
    }

    @Test
    void eddcSwapsOnlyWhileThePredecessorWouldStillBeEarly() {
        // SPT start [0, 1]; job 1 is due earlier; job 0 completes at 4: due 5 > 4 swaps, due 4 (not >) does not.
        assertThat(order("eddc", new int[] {4, 5}, new int[] {5, 3})).containsExactly(1, 0);
        assertThat(order("eddc", new int[] {4, 5}, new int[] {4, 3})).containsExactly(0, 1);
        // Equal due dates never swap (strict <).
        assertThat(order("eddc", new int[] {1, 2}, new int[] {3, 3})).containsExactly(0, 1);
        // SPT ties broken by due date then index.
        assertThat(order("eddc", new int[] {2, 2, 2}, new int[] {-1, -3, -3})).containsExactly(1, 2, 0);
    }

    @Test
    void pskAppendsTheActiveJobAtTheEndOfTheList() {
        // Identical jobs: job 0 is not late, no later job makes it late or is due earlier: append 0 at the list end.
        assertThat(order("psk", new int[] {2, 2}, new int[] {10, 10})).containsExactly(0, 1);
        // A late first job goes first: 0 + 3 >= 2.
        assertThat(order("psk", new int[] {3, 5}, new int[] {2, 1})).containsExactly(0, 1);
        // Job 1 is due earlier than the active job 0 and is last: it becomes active and is appended.
        assertThat(order("psk", new int[] {1, 2}, new int[] {20, 10})).containsExactly(1, 0);
    }

    @Test
    void panneerselvamBreaksTiesByLargestIndex() {
        assertThat(order("panneerselvam", new int[] {1, 1, 1}, new int[] {0, 0, 0})).containsExactly(2, 1, 0);
    }

    @Test
    void augmentedMovesTheFirstBestJobToTheEnd() {
        // [0, 1, 2] with p = 1 and d = [3, 0, 0]: T = 0 + 2 + 3 = 5. Moving job 0 to the end gives [1, 2, 0]:
        // 1 + 2 + 0 = 3; moving job 1 gives [0, 2, 1]: 0 + 2 + 3 = 5. Job 0 moves.
        SingleMachineTardiness instance = SingleMachineTardiness.unweighted("move", new int[] {1, 1, 1}, new int[] {3, 0, 0});
        int[] order = {0, 1, 2};
        MoveToEnd.improve(instance, order, 3);
        assertThat(order).containsExactly(1, 2, 0);
        // No strictly improving trial: unchanged.
        int[] optimal = {1, 2, 0};
        MoveToEnd.improve(instance, optimal, 3);
        assertThat(optimal).containsExactly(1, 2, 0);
    }

    @Test
    void moveToEndDeltaMatchesFullEvaluation() {
        Random random = new Random(99);
        for (int trial = 0; trial < 300; trial++) {
            int n = 2 + random.nextInt(9);
            int[] p = IntStream.range(0, n).map(j -> 1 + random.nextInt(9)).toArray();
            int[] d = IntStream.range(0, n).map(j -> random.nextInt(40) - 10).toArray();
            SingleMachineTardiness instance = SingleMachineTardiness.unweighted("delta", p, d);
            int[] order = IntStream.range(0, n).toArray();
            int[] expected = bruteForceMoveToEnd(instance, order);
            MoveToEnd.improve(instance, order, n);
            assertThat(order).isEqualTo(expected);
        }
    }

    @Test
    void eddcPrefixSumsMatchRecomputingTheCompletionTime() {
        Random random = new Random(6841);
        for (int trial = 0; trial < 300; trial++) {
            int n = 1 + random.nextInt(15);
            int[] p = IntStream.range(0, n).map(j -> 1 + random.nextInt(8)).toArray();
            int[] d = IntStream.range(0, n).map(j -> random.nextInt(50) - 10).toArray();
            SingleMachineTardiness instance = SingleMachineTardiness.unweighted("eddc", p, d);
            assertThat(new Eddc().sequence(instance).order()).isEqualTo(referenceEddc(instance));
        }
    }

    /** EDDC as the reference runs it, O(n³): the completion time A is summed afresh at each comparison. */
    private static int[] referenceEddc(SingleMachineTardiness instance) {
        int[] s = JobOrders.byProcessingThenDueDate(instance);
        for (int i = 1; i < s.length; i++) {
            int x = i;
            while (x > 0 && instance.dueDate(s[x]) < instance.dueDate(s[x - 1])) {
                long a = 0;
                for (int k = 0; k < x; k++) {
                    a += instance.processing(s[k]);
                }
                if (instance.dueDate(s[x - 1]) > a) {
                    int t = s[x];
                    s[x] = s[x - 1];
                    s[x - 1] = t;
                }
                x--;
            }
        }
        return s;
    }

    /** The reference's step: evaluate each trial from scratch, keep the first strictly best below base. */
    private static int[] bruteForceMoveToEnd(SingleMachineTardiness instance, int[] order) {
        long best = instance.totalWeightedTardiness(order);
        int[] result = order.clone();
        for (int i = 0; i < order.length - 1; i++) {
            int[] trial = new int[order.length];
            int k = 0;
            for (int j = 0; j < order.length; j++) {
                if (j != i) {
                    trial[k++] = order[j];
                }
            }
            trial[k] = order[i];
            long value = instance.totalWeightedTardiness(trial);
            if (value < best) {
                best = value;
                result = trial;
            }
        }
        return result;
    }

    private static int[] order(String id, int[] p, int[] d) {
        return SmttHeuristics.byId(id).sequence(SingleMachineTardiness.unweighted(id + "-case", p, d)).order();
    }
}
