package dev.gantry.heuristics.smtt;

import dev.gantry.modeling.smtt.SingleMachineTardiness;
import java.util.Comparator;
import java.util.stream.IntStream;

/** The initial job orders the rules start from. */
final class JobOrders {
    private JobOrders() {
    }

    /** Jobs sorted by (d, j): the EDD order. The index key makes the order independent of the sort's stability. */
    static int[] byDueDate(SingleMachineTardiness instance) {
        return sorted(instance, Comparator.comparingInt(instance::dueDate));
    }

    /** Jobs sorted by (p, d, j): SPT, due date breaking ties (EDDC's and PSK's start). */
    static int[] byProcessingThenDueDate(SingleMachineTardiness instance) {
        return sorted(instance, Comparator.<Integer>comparingInt(instance::processing).thenComparingInt(instance::dueDate));
    }

    /** Jobs sorted by (d, p, j): MDDC's candidate list, whose order decides its ties. */
    static int[] byDueDateThenProcessing(SingleMachineTardiness instance) {
        return sorted(instance, Comparator.<Integer>comparingInt(instance::dueDate).thenComparingInt(instance::processing));
    }

    static int[] identity(int n) {
        return IntStream.range(0, n).toArray();
    }

    private static int[] sorted(SingleMachineTardiness instance, Comparator<Integer> keys) {
        return IntStream.range(0, instance.size()).boxed()
                .sorted(keys.thenComparingInt(j -> j))
                .mapToInt(Integer::intValue)
                .toArray();
    }
}
