package dev.gantry.metaheuristics.smtt;

import dev.gantry.metaheuristics.kernel.BatchKernels;
import dev.gantry.metaheuristics.sa.AnnealingProblem;
import dev.gantry.metaheuristics.sa.Permutations;
import dev.gantry.metaheuristics.sa.Start;
import dev.gantry.modeling.smtt.JobSequence;
import dev.gantry.modeling.smtt.SingleMachineTardiness;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Single-machine (weighted) tardiness as an annealing problem over permutations with swap and insertion moves.
 * A naive start is a random order; a constructive one is earliest due date (ties by index).
 */
public final class TardinessAnnealing implements AnnealingProblem<JobSequence> {
    private final SingleMachineTardiness instance;
    private final SegmentDelta segmentDelta;

    public TardinessAnnealing(SingleMachineTardiness instance, SegmentDelta segmentDelta) {
        this.instance = instance;
        this.segmentDelta = segmentDelta;
    }

    /** With the best batch kernel of this JVM: SIMD when the Vector API is present, else its scalar twin. */
    public TardinessAnnealing(SingleMachineTardiness instance) {
        this(instance, BatchKernels.best()::shiftedTardinessDelta);
    }

    @Override
    public TardinessState start(Start start, SplittableRandom random) {
        int n = instance.size();
        int[] order;
        if (start == Start.NAIVE) {
            order = Permutations.random(n, random);
        } else {
            order = earliestDueDate(instance).order();
        }
        return new TardinessState(instance, segmentDelta, order);
    }

    @Override
    public TardinessState start(JobSequence solution, SplittableRandom random) {
        return new TardinessState(instance, segmentDelta, solution.order());
    }

    /** Jobs by due date, ties by index. */
    public static JobSequence earliestDueDate(SingleMachineTardiness instance) {
        return new JobSequence(IntStream.range(0, instance.size()).boxed()
                .sorted(Comparator.comparingInt(instance::dueDate).thenComparingInt(j -> j)).mapToInt(Integer::intValue).toArray());
    }
}
