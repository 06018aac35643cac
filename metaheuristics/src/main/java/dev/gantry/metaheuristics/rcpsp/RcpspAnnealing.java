package dev.gantry.metaheuristics.rcpsp;

import dev.gantry.metaheuristics.sa.AnnealingProblem;
import dev.gantry.metaheuristics.sa.Start;
import dev.gantry.modeling.rcpsp.CriticalPath;
import dev.gantry.modeling.rcpsp.Rcpsp;
import dev.gantry.modeling.rcpsp.RcpspSchedule;
import dev.gantry.modeling.rcpsp.SerialSgs;
import java.util.SplittableRandom;

/**
 * The RCPSP as an annealing problem over activity lists (spec §2.4, metaheuristics spec): the makespan of the serial
 * SGS decoding, with shift moves that keep the list precedence-feasible. A naive start is the list of random keys,
 * a constructive one the LFT list (latest finish of the CPM backward pass, ties to the lowest job number).
 */
public final class RcpspAnnealing implements AnnealingProblem<ActivityList> {
    private final Rcpsp instance;

    public RcpspAnnealing(Rcpsp instance) {
        this.instance = instance;
    }

    @Override
    public RcpspState start(Start start, SplittableRandom random) {
        long[] keys = new long[instance.jobCount()];
        if (start == Start.NAIVE) {
            for (int i = 0; i < keys.length; i++) {
                keys[i] = random.nextLong();
            }
        } else {
            CriticalPath cpm = instance.criticalPath();
            for (int i = 0; i < keys.length; i++) {
                keys[i] = cpm.latestFinish(i);
            }
        }
        return new RcpspState(instance, SerialSgs.activityList(instance, keys));
    }

    @Override
    public RcpspState start(ActivityList solution, SplittableRandom random) {
        return new RcpspState(instance, solution.jobs());
    }

    /** The schedule of a list: the serial SGS decoding the annealer scored. */
    public RcpspSchedule decode(ActivityList list) {
        return new SerialSgs(instance).schedule(list.jobs());
    }
}
