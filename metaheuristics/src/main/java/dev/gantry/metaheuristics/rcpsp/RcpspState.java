package dev.gantry.metaheuristics.rcpsp;

import dev.gantry.metaheuristics.sa.AnnealingState;
import dev.gantry.metaheuristics.sa.MoveTypes;
import dev.gantry.metaheuristics.sa.Permutations;
import dev.gantry.modeling.rcpsp.Rcpsp;
import dev.gantry.modeling.rcpsp.SerialSgs;
import java.util.List;
import java.util.SplittableRandom;

/**
 * An activity list under serial SGS decoding. The one move, {@code shift}, takes a job out and puts it back anywhere
 * after its last predecessor and before its first successor in the list, so every list stays precedence-feasible;
 * a move is scored by decoding the whole list (a j120 decode takes microseconds).
 */
public final class RcpspState implements AnnealingState<ActivityList> {
    private final SerialSgs decoder;
    private final int n;
    private final int[][] predecessors;
    private final int[][] successors;
    private final int[] list;
    private final int[] position; // position[job] = index in list
    private final MoveTypes moveTypes = MoveTypes.of("shift");
    private long makespan;

    private int pendingFrom;
    private int pendingTo;
    private long pendingMakespan;

    RcpspState(Rcpsp instance, int[] order) {
        this.decoder = new SerialSgs(instance);
        this.n = instance.jobCount();
        List<List<Integer>> preds = instance.predecessors();
        this.predecessors = new int[n][];
        this.successors = new int[n][];
        for (int i = 0; i < n; i++) {
            predecessors[i] = preds.get(i).stream().mapToInt(Integer::intValue).toArray();
            successors[i] = instance.job(i).successors().stream().mapToInt(Integer::intValue).toArray();
        }
        this.list = new int[n];
        this.position = new int[n];
        set(order);
    }

    private void set(int[] order) {
        // the decoder rejects a list that is not a precedence-feasible permutation
        makespan = decoder.makespan(order);
        System.arraycopy(order, 0, list, 0, n);
        reindex(0, n - 1);
    }

    private void reindex(int from, int to) {
        for (int k = from; k <= to; k++) {
            position[list[k]] = k;
        }
    }

    @Override
    public double objective() {
        return makespan;
    }

    @Override
    public MoveTypes moveTypes() {
        return moveTypes;
    }

    @Override
    public double propose(int moveType, SplittableRandom random) {
        int from = random.nextInt(n);
        int job = list[from];
        int lo = 0;
        for (int p : predecessors[job]) {
            lo = Math.max(lo, position[p] + 1);
        }
        int hi = n - 1;
        for (int s : successors[job]) {
            hi = Math.min(hi, position[s] - 1);
        }
        if (hi == lo) {
            return Double.NaN; // the job has no other place
        }
        int to = lo + random.nextInt(hi - lo);
        if (to >= from) {
            to++; // uniform over [lo, hi] without from
        }
        pendingFrom = from;
        pendingTo = to;
        Permutations.move(list, from, to);
        pendingMakespan = decoder.makespan(list);
        Permutations.move(list, to, from);
        return pendingMakespan - makespan;
    }

    @Override
    public void commit() {
        Permutations.move(list, pendingFrom, pendingTo);
        reindex(Math.min(pendingFrom, pendingTo), Math.max(pendingFrom, pendingTo));
        makespan = pendingMakespan;
    }

    @Override
    public double evaluate() {
        return decoder.makespan(list);
    }

    @Override
    public ActivityList snapshot() {
        return new ActivityList(list);
    }

    @Override
    public void load(ActivityList solution) {
        set(solution.jobs());
    }
}
