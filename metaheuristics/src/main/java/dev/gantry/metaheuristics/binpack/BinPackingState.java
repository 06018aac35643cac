package dev.gantry.metaheuristics.binpack;

import dev.gantry.metaheuristics.sa.AnnealingState;
import dev.gantry.metaheuristics.sa.MoveTypes;
import dev.gantry.modeling.binpack.BinPacking;
import dev.gantry.modeling.binpack.Packing;
import java.util.SplittableRandom;

/**
 * Items in bins. By default the objective is the number of bins minus Σ(load/C)²/(n+1): Falkenauer's fill term
 * breaks ties between packings with the same bin count in favour of fuller bins, so the landscape is not flat,
 * and it stays below 1 so it never outweighs a bin. Moves that overflow a bin are masked (NaN).
 */
public final class BinPackingState implements AnnealingState<Packing> {
    private static final int RELOCATE = 0;
    private static final int SWAP = 1;
    private static final int RELOCATE_ANY = 2;

    private final double[] size;
    private final double capacity;
    private final int n;
    private final double fillWeight;
    private final MoveTypes moveTypes;
    private final int[] kinds;
    private final int[] binOf;
    private final double[] load;
    private final int[] count;
    // open[0..openCount) are the non-empty bins; openSlot[b] is bin b's index there
    private final int[] open;
    private final int[] openSlot;
    private int openCount;
    private double fill; // Σ (load/C)²

    private int pendingKind;
    private int pendingItem;
    private int pendingOther;
    private int pendingTarget;
    private double pendingFill;
    private double pendingDelta;

    BinPackingState(BinPacking instance, BinPackingMoves moves, BinPackingObjective objective, int[] start) {
        this.size = instance.sizes();
        this.capacity = instance.capacity();
        this.n = instance.size();
        this.fillWeight = objective == BinPackingObjective.BINS ? 0 : 1.0 / (n + 1);
        switch (moves) {
            case PAPER_RELOCATE -> {
                moveTypes = MoveTypes.of("relocate-any-bin");
                kinds = new int[] {RELOCATE_ANY};
            }
            case RELOCATE -> {
                moveTypes = MoveTypes.of("relocate");
                kinds = new int[] {RELOCATE};
            }
            default -> {
                moveTypes = MoveTypes.of("relocate", "swap");
                kinds = new int[] {RELOCATE, SWAP};
            }
        }
        this.binOf = new int[n];
        this.load = new double[n];
        this.count = new int[n];
        this.open = new int[n];
        this.openSlot = new int[n];
        set(start);
    }

    private void set(int[] bins) {
        if (bins.length != n) {
            throw new IllegalArgumentException("a packing of " + bins.length + " items for an instance of " + n);
        }
        java.util.Arrays.fill(load, 0);
        java.util.Arrays.fill(count, 0);
        for (int i = 0; i < n; i++) {
            if (bins[i] < 0 || bins[i] >= n) {
                throw new IllegalArgumentException("item " + i + " in bin " + bins[i] + ", outside 0.." + (n - 1));
            }
            binOf[i] = bins[i];
            load[bins[i]] += size[i];
            count[bins[i]]++;
        }
        openCount = 0;
        fill = 0;
        for (int b = 0; b < n; b++) {
            if (count[b] > 0) {
                open[openCount] = b;
                openSlot[b] = openCount++;
                fill += square(load[b]);
                if (load[b] > capacity * (1 + 1e-12)) {
                    throw new IllegalArgumentException("bin " + b + " holds " + load[b] + " > capacity " + capacity);
                }
            }
        }
    }

    private double square(double binLoad) {
        double f = binLoad / capacity;
        return f * f;
    }

    @Override
    public double objective() {
        return openCount - fillWeight * fill;
    }

    @Override
    public MoveTypes moveTypes() {
        return moveTypes;
    }

    @Override
    public double propose(int moveType, SplittableRandom random) {
        if (openCount < 2 && kinds[moveType] != RELOCATE_ANY) {
            return Double.NaN;
        }
        int item = random.nextInt(n);
        int from = binOf[item];
        if (kinds[moveType] == RELOCATE_ANY) {
            // any of the n bin slots, empty ones included, except its own and those it does not fit (the paper's mask)
            int to = random.nextInt(n);
            for (int tries = 1; tries < 2 * n && (to == from || load[to] + size[item] > capacity); tries++) {
                to = random.nextInt(n);
            }
            if (to == from || load[to] + size[item] > capacity) {
                return Double.NaN;
            }
            return relocation(item, from, to);
        }
        if (kinds[moveType] == RELOCATE) {
            // Uniform over the bins the item fits, its own excluded (the paper's masked proposal), by rejection.
            int to = open[random.nextInt(openCount)];
            for (int tries = 1; tries < 2 * openCount && (to == from || load[to] + size[item] > capacity); tries++) {
                to = open[random.nextInt(openCount)];
            }
            if (to == from || load[to] + size[item] > capacity) {
                return Double.NaN;
            }
            return relocation(item, from, to);
        }
        int other = random.nextInt(n);
        int to = binOf[other];
        double shift = size[other] - size[item];
        if (to == from || load[from] + shift > capacity || load[to] - shift > capacity) {
            return Double.NaN;
        }
        pendingKind = SWAP;
        pendingItem = item;
        pendingOther = other;
        double df = square(load[from] + shift) - square(load[from]) + square(load[to] - shift) - square(load[to]);
        pendingFill = df;
        pendingDelta = -fillWeight * df;
        return pendingDelta;
    }

    private double relocation(int item, int from, int to) {
        pendingKind = RELOCATE;
        pendingItem = item;
        pendingTarget = to;
        double df = square(load[from] - size[item]) - square(load[from]) + square(load[to] + size[item]) - square(load[to]);
        pendingFill = df;
        pendingDelta = (count[from] == 1 ? -1 : 0) + (count[to] == 0 ? 1 : 0) - fillWeight * df;
        return pendingDelta;
    }

    @Override
    public void commit() {
        if (pendingKind == RELOCATE) {
            move(pendingItem, pendingTarget);
        } else {
            int a = binOf[pendingItem];
            int b = binOf[pendingOther];
            move(pendingItem, b);
            move(pendingOther, a);
        }
        fill += pendingFill;
    }

    private void move(int item, int to) {
        int from = binOf[item];
        load[from] -= size[item];
        if (--count[from] == 0) {
            load[from] = 0; // no floating residue in an empty bin
            int last = open[--openCount];
            open[openSlot[from]] = last;
            openSlot[last] = openSlot[from];
        }
        if (count[to]++ == 0) {
            open[openCount] = to;
            openSlot[to] = openCount++;
        }
        load[to] += size[item];
        binOf[item] = to;
    }

    @Override
    public double evaluate() {
        double[] loads = new double[n];
        for (int i = 0; i < n; i++) {
            loads[binOf[i]] += size[i];
        }
        int bins = 0;
        double squares = 0;
        for (double l : loads) {
            if (l > 0) {
                bins++;
                squares += square(l);
            }
        }
        return bins - fillWeight * squares;
    }

    /** The number of non-empty bins. */
    public int bins() {
        return openCount;
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
