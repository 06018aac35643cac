package dev.gantry.cp.knapsack;

import dev.gantry.cp.SearchLimits;
import dev.gantry.modeling.knapsack.Knapsack;
import dev.gantry.modeling.knapsack.Selection;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Exact 0/1 knapsack optimum, the reference against which the metaheuristics are measured (spec metaheuristics
 * §2.4, §3.2).
 * <ul>
 * <li><b>Dynamic programming</b> over capacities for integral data when items × (capacity + 1) ≤
 * {@value #DP_CELL_LIMIT} and the capacity is at most {@value #DP_CAPACITY_LIMIT}: one {@code long} value per capacity,
 * updated item by item, plus one bit per (item, capacity) cell recording whether the item improved that cell, from
 * which the optimal set is read back. Its work is bounded by the cell limit, so it ignores {@link SearchLimits} and always
 * proves optimality.</li>
 * <li><b>Depth-first branch and bound</b> otherwise, on items sorted by profit/weight, bounded by Dantzig's LP
 * relaxation (the sorted items that fit whole, then a fraction of the next). It works on fractional data directly,
 * without scaling; with integral profits the bound is rounded down. {@link SearchLimits} may stop it, and then the result
 * is the best selection found, not proven.</li>
 * </ul>
 * Items heavier than the capacity are never chosen; items of weight 0 and positive profit always are.
 */
public final class KnapsackExact {
    /** Most (item, capacity) cells the DP may use: 2·10⁸ bits is 25 MB of reconstruction data. */
    public static final long DP_CELL_LIMIT = 200_000_000L;
    /** Largest capacity the DP handles: its value array then takes at most 80 MB. */
    public static final long DP_CAPACITY_LIMIT = 10_000_000L;
    /**
     * On fractional data, a bound must beat the incumbent by this relative margin for its subtree to be searched:
     * differences below it are rounding noise in the double sums, not better selections.
     */
    static final double FRACTIONAL_MARGIN = 1e-12;

    private KnapsackExact() {
    }

    /** Which algorithm produced a result. */
    public enum Method {
        DYNAMIC_PROGRAMMING, BRANCH_AND_BOUND
    }

    /**
     * The answer.
     *
     * @param selection the chosen items
     * @param profit    their total profit
     * @param bound     an upper bound on the optimum: {@code profit} when proven, else the root LP bound
     * @param proven    whether {@code selection} is proven optimal
     * @param method    the algorithm that ran
     * @param nodes     branch-and-bound nodes explored, or DP item rows filled
     */
    public record Result(Selection selection, double profit, double bound, boolean proven, Method method, long nodes) {
    }

    /** The proven optimum, by DP when it applies, else by unlimited branch and bound. */
    public static Result solve(Knapsack knapsack) {
        return solve(knapsack, SearchLimits.NONE);
    }

    /** The optimum by DP when it applies (limits then do not matter), else by branch and bound within the limits. */
    public static Result solve(Knapsack knapsack, SearchLimits limits) {
        return dynamicProgrammingApplies(knapsack) ? dynamicProgramming(knapsack) : branchAndBound(knapsack, limits);
    }

    /** Whether {@link #solve} would use dynamic programming: integral data within the cell and capacity limits. */
    public static boolean dynamicProgrammingApplies(Knapsack knapsack) {
        return knapsack.isIntegral() && knapsack.capacity() <= DP_CAPACITY_LIMIT
                && (long) knapsack.size() * ((long) knapsack.capacity() + 1) <= DP_CELL_LIMIT;
    }

    /**
     * The optimum by dynamic programming.
     *
     * @throws IllegalArgumentException if the data is not integral or exceeds the DP limits
     */
    public static Result dynamicProgramming(Knapsack knapsack) {
        if (!dynamicProgrammingApplies(knapsack)) {
            throw new IllegalArgumentException("dynamic programming needs integral data with items × (capacity + 1) ≤ "
                    + DP_CELL_LIMIT + " and capacity ≤ " + DP_CAPACITY_LIMIT + "; " + knapsack + " is not");
        }
        int capacity = (int) knapsack.capacity();
        boolean[] chosen = new boolean[knapsack.size()];
        int[] items = candidates(knapsack, chosen);
        long[] best = new long[capacity + 1];
        long[] improved = new long[(int) (((long) items.length * (capacity + 1) + 63) >>> 6)];
        for (int j = 0; j < items.length; j++) {
            int w = (int) knapsack.weight(items[j]);
            long p = (long) knapsack.profit(items[j]);
            long row = (long) j * (capacity + 1);
            // Downwards, so best[c - w] still holds the value without item j: each item is used at most once.
            for (int c = capacity; c >= w; c--) {
                long with = best[c - w] + p;
                if (with > best[c]) {
                    best[c] = with;
                    long cell = row + c;
                    improved[(int) (cell >>> 6)] |= 1L << cell;
                }
            }
        }
        int c = capacity;
        for (int j = items.length - 1; j >= 0; j--) {
            long cell = (long) j * (capacity + 1) + c;
            if ((improved[(int) (cell >>> 6)] & (1L << cell)) != 0) {
                chosen[items[j]] = true;
                c -= (int) knapsack.weight(items[j]);
            }
        }
        Selection selection = new Selection(chosen);
        double profit = selection.profit(knapsack);
        return new Result(selection, profit, profit, true, Method.DYNAMIC_PROGRAMMING, items.length);
    }

    /** The optimum by branch and bound, or the best selection found when {@code limits} stop the search. */
    public static Result branchAndBound(Knapsack knapsack, SearchLimits limits) {
        boolean[] chosen = new boolean[knapsack.size()];
        int[] items = candidates(knapsack, chosen);
        Search search = new Search(knapsack, items, limits);
        boolean complete = search.run();
        for (int k = 0; k < items.length; k++) {
            if (search.bestTake[k]) {
                chosen[search.order[k]] = true;
            }
        }
        Selection selection = new Selection(chosen);
        double profit = selection.profit(knapsack);
        double bound = profit;
        if (!complete) {
            double lp = search.integral ? Math.floor(search.rootBound + 1e-9) : search.rootBound;
            bound = Math.max(profit, new Selection(forced(knapsack)).profit(knapsack) + lp);
        }
        return new Result(selection, profit, bound, complete, Method.BRANCH_AND_BOUND, search.nodes);
    }

    /**
     * The items worth deciding: positive weight within the capacity and positive profit. Items of weight 0 and
     * positive profit are marked in {@code chosen} right away; the rest can never improve a selection.
     */
    private static int[] candidates(Knapsack knapsack, boolean[] chosen) {
        boolean[] taken = forced(knapsack);
        System.arraycopy(taken, 0, chosen, 0, taken.length);
        return IntStream.range(0, knapsack.size())
                .filter(i -> knapsack.weight(i) > 0 && knapsack.weight(i) <= knapsack.capacity() && knapsack.profit(i) > 0)
                .toArray();
    }

    private static boolean[] forced(Knapsack knapsack) {
        boolean[] taken = new boolean[knapsack.size()];
        for (int i = 0; i < knapsack.size(); i++) {
            taken[i] = knapsack.weight(i) == 0 && knapsack.profit(i) > 0;
        }
        return taken;
    }

    /** The depth-first search over the candidate items, sorted by ratio, without recursion. */
    private static final class Search {
        private final int m;
        private final int[] order;
        private final double[] p;
        private final double[] w;
        /** Prefix sums over the sorted items: {@code sumW[k]} is the weight of items 0..k−1. */
        private final double[] sumP;
        private final double[] sumW;
        private final boolean integral;
        private final SearchLimits limits;
        private final double capacity;

        private final boolean[] bestTake;
        private double best;
        private long nodes;
        private double rootBound;

        Search(Knapsack knapsack, int[] items, SearchLimits limits) {
            this.limits = limits;
            this.capacity = knapsack.capacity();
            this.integral = knapsack.isIntegral();
            this.m = items.length;
            // Ties keep the original order, so a run is reproducible item for item.
            this.order = Arrays.stream(items).boxed()
                    .sorted(Comparator.comparingDouble((Integer i) -> -knapsack.profit(i) / knapsack.weight(i)))
                    .mapToInt(Integer::intValue).toArray();
            p = new double[m];
            w = new double[m];
            sumP = new double[m + 1];
            sumW = new double[m + 1];
            for (int k = 0; k < m; k++) {
                p[k] = knapsack.profit(order[k]);
                w[k] = knapsack.weight(order[k]);
                sumP[k + 1] = sumP[k] + p[k];
                sumW[k + 1] = sumW[k] + w[k];
            }
            bestTake = new boolean[m];
        }

        /** Searches until done (true) or until a limit stops it (false). */
        boolean run() {
            long start = System.nanoTime();
            long budget = limits.nanos();
            boolean[] take = new boolean[m];
            // Per depth: true while the "leave it out" branch of a taken item is still to be explored.
            boolean[] open = new boolean[m];
            double[] profitAt = new double[m + 1];
            double[] roomAt = new double[m + 1];
            roomAt[0] = capacity;
            rootBound = bound(0, capacity);
            best = 0;
            int i = 0;
            while (true) {
                nodes++;
                if (nodes > limits.maxNodes()
                        || ((nodes & 1023) == 0 && budget != Long.MAX_VALUE && System.nanoTime() - start >= budget)) {
                    return false;
                }
                double profit = profitAt[i];
                double room = roomAt[i];
                if (profit > best) {
                    best = profit;
                    System.arraycopy(take, 0, bestTake, 0, i);
                    Arrays.fill(bestTake, i, m, false);
                }
                if (i < m && promising(profit + bound(i, room))) {
                    boolean fits = w[i] <= room;
                    take[i] = fits;
                    open[i] = fits;
                    profitAt[i + 1] = fits ? profit + p[i] : profit;
                    roomAt[i + 1] = fits ? room - w[i] : room;
                    i++;
                    continue;
                }
                // Back to the deepest taken item whose other branch is unexplored, and leave it out.
                int j = i - 1;
                while (j >= 0 && !open[j]) {
                    j--;
                }
                if (j < 0) {
                    return true;
                }
                take[j] = false;
                open[j] = false;
                profitAt[j + 1] = profitAt[j];
                roomAt[j + 1] = roomAt[j];
                i = j + 1;
            }
        }

        /** Whether a subtree with this upper bound can still hold a better selection than the incumbent. */
        private boolean promising(double bound) {
            if (integral) {
                // Profits are integers, so only a bound of at least best + 1 leaves room for a better one; the
                // 1e-9 keeps an exact integer bound that the division left a hair below from being cut.
                return Math.floor(bound + 1e-9) > best;
            }
            return bound > best + FRACTIONAL_MARGIN * Math.max(1, Math.abs(best));
        }

        /**
         * Dantzig's bound for items k.. with {@code room} left: the longest run k..s−1 that fits whole, found by
         * binary search on the prefix sums, plus the fraction of item s that fills the rest.
         */
        private double bound(int k, double room) {
            int lo = k;
            int hi = m;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (sumW[mid] - sumW[k] <= room) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            double whole = sumP[lo] - sumP[k];
            if (lo == m) {
                return whole;
            }
            double left = room - (sumW[lo] - sumW[k]);
            return whole + left * p[lo] / w[lo];
        }
    }
}
