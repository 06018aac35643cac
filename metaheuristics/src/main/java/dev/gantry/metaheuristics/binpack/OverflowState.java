package dev.gantry.metaheuristics.binpack;

import dev.gantry.metaheuristics.sa.AnnealingState;
import dev.gantry.metaheuristics.sa.MoveTypes;
import dev.gantry.modeling.binpack.BinPacking;
import dev.gantry.modeling.binpack.Packing;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Items in a fixed number of bins that may overflow; the objective is the total overflow Σ max(0, load − C),
 * so zero means a feasible packing into that many bins (spec §3.3, second mode). Moves are never masked: an
 * overfull bin is the point of this landscape.
 */
final class OverflowState implements AnnealingState<Packing> {
    private static final int RELOCATE = 0;

    private final double[] size;
    private final double capacity;
    private final int n;
    private final int bins;
    private final int[] binOf;
    private final double[] load;
    private final MoveTypes moveTypes = MoveTypes.of("relocate", "swap");
    private double overflow;

    private int pendingKind;
    private int pendingItem;
    private int pendingOther;
    private int pendingTarget;
    private double pendingDelta;

    OverflowState(BinPacking instance, int bins, int[] start) {
        this.size = instance.sizes();
        this.capacity = instance.capacity();
        this.n = instance.size();
        this.bins = bins;
        this.binOf = new int[n];
        this.load = new double[bins];
        set(start);
    }

    private void set(int[] assignment) {
        Arrays.fill(load, 0);
        for (int i = 0; i < n; i++) {
            if (assignment[i] < 0 || assignment[i] >= bins) {
                throw new IllegalArgumentException("item " + i + " in bin " + assignment[i] + ", outside 0.." + (bins - 1));
            }
            binOf[i] = assignment[i];
            load[assignment[i]] += size[i];
        }
        overflow = 0;
        for (double l : load) {
            overflow += over(l);
        }
    }

    private double over(double binLoad) {
        return Math.max(0, binLoad - capacity);
    }

    @Override
    public double objective() {
        return overflow;
    }

    @Override
    public MoveTypes moveTypes() {
        return moveTypes;
    }

    @Override
    public double propose(int moveType, SplittableRandom random) {
        int item = random.nextInt(n);
        int from = binOf[item];
        if (moveType == RELOCATE) {
            int to = random.nextInt(bins - 1);
            if (to >= from) {
                to++;
            }
            pendingKind = RELOCATE;
            pendingItem = item;
            pendingTarget = to;
            pendingDelta = over(load[from] - size[item]) - over(load[from]) + over(load[to] + size[item]) - over(load[to]);
            return pendingDelta;
        }
        int other = random.nextInt(n);
        int to = binOf[other];
        if (to == from) {
            return Double.NaN;
        }
        double shift = size[other] - size[item];
        pendingKind = moveType;
        pendingItem = item;
        pendingOther = other;
        pendingDelta = over(load[from] + shift) - over(load[from]) + over(load[to] - shift) - over(load[to]);
        return pendingDelta;
    }

    @Override
    public void commit() {
        if (pendingKind == RELOCATE) {
            move(pendingItem, pendingTarget);
        } else {
            int a = binOf[pendingItem];
            move(pendingItem, binOf[pendingOther]);
            move(pendingOther, a);
        }
        overflow += pendingDelta;
    }

    private void move(int item, int to) {
        load[binOf[item]] -= size[item];
        load[to] += size[item];
        binOf[item] = to;
    }

    @Override
    public double evaluate() {
        double[] loads = new double[bins];
        for (int i = 0; i < n; i++) {
            loads[binOf[i]] += size[i];
        }
        double sum = 0;
        for (double l : loads) {
            sum += over(l);
        }
        return sum;
    }

    @Override
    public Packing snapshot() {
        return new Packing(binOf).renumbered();
    }

    @Override
    public void load(Packing solution) {
        set(solution.binOfItem());
    }
}
