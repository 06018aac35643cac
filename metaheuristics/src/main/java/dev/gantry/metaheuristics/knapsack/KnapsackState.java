package dev.gantry.metaheuristics.knapsack;

import dev.gantry.metaheuristics.sa.AnnealingState;
import dev.gantry.metaheuristics.sa.MoveTypes;
import dev.gantry.modeling.knapsack.Knapsack;
import dev.gantry.modeling.knapsack.Selection;
import java.util.SplittableRandom;

/**
 * A knapsack selection with its profit and weight. The objective is −profit (the engine minimises). Moves that
 * would overflow the capacity are masked (NaN), as in the Neural SA paper; chosen and unchosen items sit in two
 * index lists so a swap samples each side in O(1).
 */
public final class KnapsackState implements AnnealingState<Selection> {
    private static final int FLIP = 0;
    private static final int SWAP = 1;
    private static final int RATIO_SWAP = 2;
    /** How many random items a ratio-guided move compares: a small tournament, O(1) per proposal. */
    private static final int TOURNAMENT = 8;

    private final Knapsack knapsack;
    private final double[] profit;
    private final double[] weight;
    private final double capacity;
    private final int n;
    private final MoveTypes moveTypes;
    private final int[] kinds;
    private final boolean[] chosen;
    // items[0..chosenCount) are chosen, the rest are not; slot[i] is item i's index in items
    private final int[] items;
    private final int[] slot;
    private int chosenCount;
    private double totalProfit;
    private double totalWeight;

    private int pendingIn;
    private int pendingOut;
    private double pendingDelta;
    private double pendingWeight;

    KnapsackState(Knapsack knapsack, KnapsackMoves moves, boolean[] start) {
        this.knapsack = knapsack;
        this.profit = knapsack.profits();
        this.weight = knapsack.weights();
        this.capacity = knapsack.capacity();
        this.n = knapsack.size();
        switch (moves) {
            case FLIP -> {
                moveTypes = MoveTypes.of("flip");
                kinds = new int[] {FLIP};
            }
            case FLIP_AND_SWAP -> {
                moveTypes = MoveTypes.of("flip", "swap");
                kinds = new int[] {FLIP, SWAP};
            }
            default -> {
                moveTypes = MoveTypes.of("flip", "swap", "ratio-swap");
                kinds = new int[] {FLIP, SWAP, RATIO_SWAP};
            }
        }
        this.chosen = new boolean[n];
        this.items = new int[n];
        this.slot = new int[n];
        set(start);
    }

    private void set(boolean[] selection) {
        if (selection.length != n) {
            throw new IllegalArgumentException("a selection of " + selection.length + " items for a knapsack of " + n);
        }
        chosenCount = 0;
        totalProfit = 0;
        totalWeight = 0;
        int back = n;
        for (int i = 0; i < n; i++) {
            chosen[i] = selection[i];
            int at = selection[i] ? chosenCount++ : --back;
            items[at] = i;
            slot[i] = at;
            if (selection[i]) {
                totalProfit += profit[i];
                totalWeight += weight[i];
            }
        }
    }

    @Override
    public double objective() {
        return -totalProfit;
    }

    @Override
    public MoveTypes moveTypes() {
        return moveTypes;
    }

    @Override
    public double propose(int moveType, SplittableRandom random) {
        if (kinds[moveType] == FLIP) {
            // Uniform over the admissible flips (the paper's masked proposal), by rejection: overflowing
            // additions are redrawn, up to n times.
            int i = random.nextInt(n);
            for (int tries = 1; tries < n && !chosen[i] && totalWeight + weight[i] > capacity; tries++) {
                i = random.nextInt(n);
            }
            if (chosen[i]) {
                pendingOut = i;
                pendingIn = -1;
                pendingWeight = -weight[i];
                pendingDelta = profit[i];
            } else {
                if (totalWeight + weight[i] > capacity) {
                    return Double.NaN;
                }
                pendingIn = i;
                pendingOut = -1;
                pendingWeight = weight[i];
                pendingDelta = -profit[i];
            }
            return pendingDelta;
        }
        if (kinds[moveType] == RATIO_SWAP) {
            return proposeRatioSwap(random);
        }
        if (chosenCount == 0 || chosenCount == n) {
            return Double.NaN;
        }
        int out = items[random.nextInt(chosenCount)];
        int in = items[chosenCount + random.nextInt(n - chosenCount)];
        return proposeExchange(in, out);
    }

    /**
     * Adds the best profit/weight ratio of a few random unchosen items; when it does not fit, drops the worst
     * ratio of a few random chosen items with it (a guided add-with-repair).
     */
    private double proposeRatioSwap(SplittableRandom random) {
        if (chosenCount == n) {
            return Double.NaN;
        }
        int in = -1;
        for (int t = 0; t < TOURNAMENT; t++) {
            int candidate = items[chosenCount + random.nextInt(n - chosenCount)];
            if (in < 0 || profit[candidate] * weight[in] > profit[in] * weight[candidate]) {
                in = candidate;
            }
        }
        if (totalWeight + weight[in] <= capacity) {
            pendingIn = in;
            pendingOut = -1;
            pendingWeight = weight[in];
            pendingDelta = -profit[in];
            return pendingDelta;
        }
        if (chosenCount == 0) {
            return Double.NaN;
        }
        int out = -1;
        for (int t = 0; t < TOURNAMENT; t++) {
            int candidate = items[random.nextInt(chosenCount)];
            if (out < 0 || profit[candidate] * weight[out] < profit[out] * weight[candidate]) {
                out = candidate;
            }
        }
        return proposeExchange(in, out);
    }

    private double proposeExchange(int in, int out) {
        double w = weight[in] - weight[out];
        if (totalWeight + w > capacity) {
            return Double.NaN;
        }
        pendingIn = in;
        pendingOut = out;
        pendingWeight = w;
        pendingDelta = profit[out] - profit[in];
        return pendingDelta;
    }

    @Override
    public void commit() {
        if (pendingOut >= 0) {
            remove(pendingOut);
        }
        if (pendingIn >= 0) {
            add(pendingIn);
        }
        totalProfit -= pendingDelta;
        totalWeight += pendingWeight;
    }

    private void add(int item) {
        chosen[item] = true;
        moveSlot(item, chosenCount);
        chosenCount++;
    }

    private void remove(int item) {
        chosen[item] = false;
        chosenCount--;
        moveSlot(item, chosenCount);
    }

    /** Swaps {@code item} with whatever sits at {@code target} in the index list. */
    private void moveSlot(int item, int target) {
        int from = slot[item];
        int other = items[target];
        items[target] = item;
        slot[item] = target;
        items[from] = other;
        slot[other] = from;
    }

    @Override
    public double evaluate() {
        return -new Selection(chosen).profit(knapsack);
    }

    @Override
    public Selection snapshot() {
        return new Selection(chosen);
    }

    @Override
    public void load(Selection solution) {
        set(solution.chosen());
    }

    public double weight() {
        return totalWeight;
    }

}
