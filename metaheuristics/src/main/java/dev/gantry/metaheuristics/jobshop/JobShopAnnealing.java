package dev.gantry.metaheuristics.jobshop;

import dev.gantry.metaheuristics.sa.AnnealingProblem;
import dev.gantry.metaheuristics.sa.AnnealingState;
import dev.gantry.metaheuristics.sa.Permutations;
import dev.gantry.metaheuristics.sa.Start;
import dev.gantry.modeling.jobshop.JobShop;
import java.util.SplittableRandom;

/**
 * The job shop as an annealing problem over operation sequences (spec §3.4): makespan of the semi-active
 * decoding, swap and insertion moves. A naive start is a random sequence, a constructive one the level order;
 * the polish re-sequences the final best by the start times of its active decoding, which never makes it worse.
 */
public final class JobShopAnnealing implements AnnealingProblem<OperationSequence> {
    private final JobShop shop;

    public JobShopAnnealing(JobShop shop) {
        this.shop = shop;
    }

    @Override
    public JobShopState start(Start start, SplittableRandom random) {
        int[] order = JobShopDecoder.levelOrder(shop);
        if (start == Start.NAIVE) {
            Permutations.shuffle(order, random);
        }
        return new JobShopState(shop, order);
    }

    @Override
    public JobShopState start(OperationSequence solution, SplittableRandom random) {
        return new JobShopState(shop, solution.jobs());
    }

    @Override
    public void polish(AnnealingState<OperationSequence> state) {
        OperationSequence active = JobShopDecoder.byStart(JobShopDecoder.active(shop, state.snapshot()));
        if (JobShopDecoder.semiActive(shop, active).makespan() < state.objective()) {
            state.load(active);
        }
    }
}
