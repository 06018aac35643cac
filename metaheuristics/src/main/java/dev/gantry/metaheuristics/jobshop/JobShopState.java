package dev.gantry.metaheuristics.jobshop;

import dev.gantry.metaheuristics.sa.AnnealingState;
import dev.gantry.metaheuristics.sa.MoveTypes;
import dev.gantry.metaheuristics.sa.Permutations;
import dev.gantry.modeling.jobshop.JobShop;
import java.util.SplittableRandom;

/**
 * An operation sequence under semi-active decoding, with the decoder's state saved every {@code stride}
 * positions: a move that changes the sequence from position i on is evaluated by re-decoding from the last
 * checkpoint at or before i (spec §3.4), not from the start.
 */
public final class JobShopState implements AnnealingState<OperationSequence> {
    private static final int SWAP = 0;
    private static final int INSERT = 1;

    private final JobShop shop;
    private final int jobs;
    private final int machines;
    private final int length;
    private final int stride;
    private final int[] firstOperation; // flat operation index of each job's first operation
    private final int[] machineOf;
    private final int[] durationOf;
    private final int[] sequence;
    private final MoveTypes moveTypes = MoveTypes.of("swap", "insert");
    // checkpoint c holds the decoder state before position c·stride
    private final int[][] checkpointNext;
    private final long[][] checkpointJobReady;
    private final long[][] checkpointMachineReady;
    private final long[] checkpointMakespan;
    // scratch for evaluation
    private final int[] next;
    private final long[] jobReady;
    private final long[] machineReady;
    private long makespan;

    private int pendingKind;
    private int pendingFrom;
    private int pendingTo;
    private long pendingMakespan;

    JobShopState(JobShop shop, int[] order) {
        this.shop = shop;
        this.jobs = shop.jobCount();
        this.machines = shop.machineCount();
        this.length = shop.operationCount();
        this.stride = Math.max(1, (int) Math.sqrt(length));
        this.firstOperation = new int[jobs];
        this.machineOf = new int[length];
        this.durationOf = new int[length];
        int at = 0;
        for (int j = 0; j < jobs; j++) {
            firstOperation[j] = at;
            for (var op : shop.jobs().get(j)) {
                machineOf[at] = op.machine();
                durationOf[at] = Math.toIntExact(op.duration());
                at++;
            }
        }
        this.sequence = new int[length];
        int checkpoints = length / stride + 1;
        this.checkpointNext = new int[checkpoints][jobs];
        this.checkpointJobReady = new long[checkpoints][jobs];
        this.checkpointMachineReady = new long[checkpoints][machines];
        this.checkpointMakespan = new long[checkpoints];
        this.next = new int[jobs];
        this.jobReady = new long[jobs];
        this.machineReady = new long[machines];
        set(order);
    }

    private void set(int[] order) {
        if (order.length != length) {
            throw new IllegalArgumentException("a sequence of " + order.length + " operations for a shop of " + length);
        }
        int[] count = new int[jobs];
        for (int k = 0; k < length; k++) {
            int job = order[k];
            if (job < 0 || job >= jobs || ++count[job] > shop.jobs().get(job).size()) {
                throw new IllegalArgumentException("position " + k + ": job " + job + " appears more often than it has operations");
            }
        }
        System.arraycopy(order, 0, sequence, 0, length);
        makespan = decode(0, true);
    }

    /** Decodes from the checkpoint at or before {@code from}; with {@code save}, refreshes the checkpoints after it. */
    private long decode(int from, boolean save) {
        int c = from / stride;
        System.arraycopy(checkpointNext[c], 0, next, 0, jobs);
        System.arraycopy(checkpointJobReady[c], 0, jobReady, 0, jobs);
        System.arraycopy(checkpointMachineReady[c], 0, machineReady, 0, machines);
        long end = checkpointMakespan[c];
        for (int k = c * stride; k < length; k++) {
            if (save && k % stride == 0) {
                int cp = k / stride;
                System.arraycopy(next, 0, checkpointNext[cp], 0, jobs);
                System.arraycopy(jobReady, 0, checkpointJobReady[cp], 0, jobs);
                System.arraycopy(machineReady, 0, checkpointMachineReady[cp], 0, machines);
                checkpointMakespan[cp] = end;
            }
            int job = sequence[k];
            int op = firstOperation[job] + next[job]++;
            int m = machineOf[op];
            long finish = Math.max(jobReady[job], machineReady[m]) + durationOf[op];
            jobReady[job] = finish;
            machineReady[m] = finish;
            if (finish > end) {
                end = finish;
            }
        }
        return end;
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
        int i = random.nextInt(length);
        int j = random.nextInt(length - 1);
        if (j >= i) {
            j++;
        }
        if (sequence[i] == sequence[j]) {
            return Double.NaN; // the same job twice: the sequence would not change
        }
        pendingKind = moveType;
        pendingFrom = moveType == SWAP ? Math.min(i, j) : i;
        pendingTo = moveType == SWAP ? Math.max(i, j) : j;
        apply();
        pendingMakespan = decode(Math.min(pendingFrom, pendingTo), false);
        undo();
        return pendingMakespan - makespan;
    }

    private void apply() {
        if (pendingKind == SWAP) {
            int t = sequence[pendingFrom];
            sequence[pendingFrom] = sequence[pendingTo];
            sequence[pendingTo] = t;
        } else {
            rotate(pendingFrom, pendingTo);
        }
    }

    private void undo() {
        if (pendingKind == SWAP) {
            apply();
        } else {
            rotate(pendingTo, pendingFrom);
        }
    }

    private void rotate(int from, int to) {
        Permutations.move(sequence, from, to);
    }

    @Override
    public void commit() {
        apply();
        makespan = decode(Math.min(pendingFrom, pendingTo), true);
    }

    @Override
    public double evaluate() {
        return JobShopDecoder.semiActive(shop, snapshot()).makespan();
    }

    @Override
    public OperationSequence snapshot() {
        return new OperationSequence(sequence);
    }

    @Override
    public void load(OperationSequence solution) {
        set(solution.jobs());
    }
}
