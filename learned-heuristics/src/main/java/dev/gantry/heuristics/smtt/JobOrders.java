package dev.gantry.heuristics.smtt;

import dev.gantry.modeling.smtt.SingleMachineTardiness;
import java.util.Comparator;
import java.util.stream.IntStream;

/** The initial job orders the rules start from, and the input check they share. */
final class JobOrders {
    private JobOrders() {
    }

    /**
     * Fails on a processing time below 1: the model admits 0, but the spec rejects it and the ratio rules
     * (MDDC, Panneerselvam) would divide by zero.
     */
    static void requirePositiveProcessing(SingleMachineTardiness instance) {
        for (int j = 0; j < instance.size(); j++) {
            if (instance.processing(j) < 1) {
                throw new IllegalArgumentException("tardiness instance " + instance.name() + ": job " + j
                        + " has processing time " + instance.processing(j) + "; the heuristics need >= 1");
            }
        }
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
