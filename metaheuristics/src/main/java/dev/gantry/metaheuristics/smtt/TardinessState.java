package dev.gantry.metaheuristics.smtt;

import dev.gantry.metaheuristics.sa.Permutations;
import dev.gantry.metaheuristics.sa.AnnealingState;
import dev.gantry.metaheuristics.sa.MoveTypes;
import dev.gantry.modeling.smtt.JobSequence;
import dev.gantry.modeling.smtt.SingleMachineTardiness;
import java.util.SplittableRandom;

/**
 * A job sequence with completion times kept per position, and processing times, weights and due dates copied
 * into position order (structure of arrays), so the jobs a move shifts form one contiguous range: a swap or an
 * insertion changes their tardiness by a shift of a constant, which {@link SegmentDelta} sums in one pass.
 */
public final class TardinessState implements AnnealingState<JobSequence> {
    private static final int SWAP = 0;
    private static final int INSERT = 1;

    private final SingleMachineTardiness instance;
    private final SegmentDelta segmentDelta;
    private final int n;
    private final int[] sequence;
    private final int[] processing;
    private final int[] weight;
    private final int[] due;
    private final int[] completion;
    private final MoveTypes moveTypes = MoveTypes.of("swap", "insert");
    private long cost;

    private int pendingKind;
    private int pendingFrom;
    private int pendingTo;
    private long pendingDelta;

    TardinessState(SingleMachineTardiness instance, SegmentDelta segmentDelta, int[] order) {
        this.instance = instance;
        this.segmentDelta = segmentDelta;
        this.n = instance.size();
        this.sequence = new int[n];
        this.processing = new int[n];
        this.weight = new int[n];
        this.due = new int[n];
        this.completion = new int[n];
        set(order);
    }

    private void set(int[] order) {
        if (order.length != n) {
            throw new IllegalArgumentException("a sequence of " + order.length + " jobs for an instance of " + n);
        }
        boolean[] seen = new boolean[n];
        for (int k = 0; k < n; k++) {
            int job = order[k];
            if (job < 0 || job >= n || seen[job]) {
                throw new IllegalArgumentException("not a permutation of 0.." + (n - 1) + ": job " + job + " at position " + k);
            }
            seen[job] = true;
            sequence[k] = job;
            processing[k] = instance.processing(job);
            weight[k] = instance.weight(job);
            due[k] = instance.dueDate(job);
        }
        recompute(0, n - 1);
        cost = instance.totalWeightedTardiness(sequence);
    }

    private void recompute(int from, int to) {
        int time = from == 0 ? 0 : completion[from - 1];
        for (int k = from; k <= to; k++) {
            time += processing[k];
            completion[k] = time;
        }
    }

    private static long tardiness(int weight, int completion, int due) {
        return (long) weight * Math.max(0, completion - due);
    }

    @Override
    public double objective() {
        return cost;
    }

    @Override
    public MoveTypes moveTypes() {
        return moveTypes;
    }

    @Override
    public double propose(int moveType, SplittableRandom random) {
        if (n < 2) {
            return Double.NaN;
        }
        int i = random.nextInt(n);
        int j = random.nextInt(n - 1);
        if (j >= i) {
            j++;
        }
        return moveType == SWAP ? swap(Math.min(i, j), Math.max(i, j)) : insert(i, j);
    }

    /** The change of cost when the jobs at positions i < j trade places. */
    public double swap(int i, int j) {
        int before = i == 0 ? 0 : completion[i - 1];
        int shift = processing[j] - processing[i];
        long delta = tardiness(weight[j], before + processing[j], due[j]) - tardiness(weight[i], completion[i], due[i])
                + segmentDelta.sum(completion, weight, due, i + 1, j, shift)
                + tardiness(weight[i], completion[j], due[i]) - tardiness(weight[j], completion[j], due[j]);
        pendingKind = SWAP;
        pendingFrom = i;
        pendingTo = j;
        pendingDelta = delta;
        return delta;
    }

    /** The change of cost when the job at position {@code from} moves to position {@code to}. */
    public double insert(int from, int to) {
        long delta;
        if (from < to) {
            delta = segmentDelta.sum(completion, weight, due, from + 1, to + 1, -processing[from])
                    + tardiness(weight[from], completion[to], due[from]) - tardiness(weight[from], completion[from], due[from]);
        } else {
            int before = to == 0 ? 0 : completion[to - 1];
            delta = segmentDelta.sum(completion, weight, due, to, from, processing[from])
                    + tardiness(weight[from], before + processing[from], due[from]) - tardiness(weight[from], completion[from], due[from]);
        }
        pendingKind = INSERT;
        pendingFrom = from;
        pendingTo = to;
        pendingDelta = delta;
        return delta;
    }

    @Override
    public void commit() {
        int i = pendingFrom;
        int j = pendingTo;
        if (pendingKind == SWAP) {
            Permutations.swap(sequence, i, j);
            Permutations.swap(processing, i, j);
            Permutations.swap(weight, i, j);
            Permutations.swap(due, i, j);
            recompute(i, j);
        } else {
            Permutations.move(sequence, i, j);
            Permutations.move(processing, i, j);
            Permutations.move(weight, i, j);
            Permutations.move(due, i, j);
            recompute(Math.min(i, j), Math.max(i, j));
        }
        cost += pendingDelta;
    }


    @Override
    public double evaluate() {
        return instance.totalWeightedTardiness(sequence);
    }

    @Override
    public JobSequence snapshot() {
        return new JobSequence(sequence);
    }

    @Override
    public void load(JobSequence solution) {
        set(solution.order());
    }
}
