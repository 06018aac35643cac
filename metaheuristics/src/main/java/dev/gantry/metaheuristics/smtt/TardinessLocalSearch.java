package dev.gantry.metaheuristics.smtt;

import dev.gantry.metaheuristics.sa.Permutations;
import dev.gantry.modeling.smtt.JobSequence;
import dev.gantry.modeling.smtt.SingleMachineTardiness;
import java.time.Duration;
import java.util.SplittableRandom;

/**
 * Local search for 1||ΣwjTj (spec §5), weighted or not, all in exact {@code long} arithmetic:
 * <ul>
 *   <li>{@link #insertionDescent}: the reference best-improvement insertion descent, O(n²) per pass;</li>
 *   <li>{@link #swapDescent}: first-improvement interchange descent;</li>
 *   <li>{@link #dynasearch}: per pass, the best set of moves on pairwise disjoint position intervals, chosen by a DP
 *       (Congram, Potts &amp; van de Velde 2002), with the insertions of Grosso, Della Croce &amp; Tadei (2004) as
 *       well as swaps: a move inside [i, j] leaves every completion time outside it unchanged, so the gains add;</li>
 *   <li>{@link #baselineIteratedLocalSearch}: the §5 baseline ILS (insertion then swap descent; 3 random swaps as
 *       the kick; accept when ≤ the current value);</li>
 *   <li>{@link #iteratedLocalSearch}: Gantry's local search, the same ILS with dynasearch descents.</li>
 * </ul>
 * Starts come from the caller (e.g. MDDC from {@code learned-heuristics}).
 */
public final class TardinessLocalSearch {
    private TardinessLocalSearch() {
    }

    /** An ILS outcome: the best sequence found, its value, the kicks done and the wall time. */
    public record Result(JobSequence sequence, long value, long iterations, Duration time) {
    }

    /** The reference insertion descent of spec §5 from {@code start}; never worse than the start. */
    public static JobSequence insertionDescent(SingleMachineTardiness instance, JobSequence start) {
        Work work = new Work(instance, start);
        work.insertionDescent();
        return work.sequence();
    }

    /** First-improvement swap descent from {@code start}; never worse than the start. */
    public static JobSequence swapDescent(SingleMachineTardiness instance, JobSequence start) {
        Work work = new Work(instance, start);
        work.swapDescent();
        return work.sequence();
    }

    /** Dynasearch passes (swaps and insertions) from {@code start} until a pass gains nothing. */
    public static JobSequence dynasearch(SingleMachineTardiness instance, JobSequence start) {
        Work work = new Work(instance, start);
        work.dynasearchDescent();
        return work.sequence();
    }

    /** The §5 baseline ILS from {@code start}, stopping after {@code limit} (or at value 0). */
    public static Result baselineIteratedLocalSearch(SingleMachineTardiness instance, JobSequence start, Duration limit, long seed) {
        return run(instance, start, limit, Long.MAX_VALUE, 0, seed, false);
    }

    /** Gantry's local search: ILS with dynasearch descents from {@code start}, stopping after {@code limit} (or at value 0). */
    public static Result iteratedLocalSearch(SingleMachineTardiness instance, JobSequence start, Duration limit, long seed) {
        return run(instance, start, limit, Long.MAX_VALUE, 0, seed, true);
    }

    /**
     * Either ILS with both a time and a kick budget (whichever ends first; {@code limit} null for none): with a kick
     * budget and no time limit the result is a function of the seed alone.
     */
    public static Result iteratedLocalSearch(SingleMachineTardiness instance, JobSequence start, Duration limit, long maxIterations,
            long seed, boolean dynasearch) {
        return run(instance, start, limit, maxIterations, 0, seed, dynasearch);
    }

    /** As above, also stopping once the best value is ≤ {@code target} (a known optimum: time-to-target benchmarks). */
    public static Result iteratedLocalSearch(SingleMachineTardiness instance, JobSequence start, Duration limit, long maxIterations,
            long target, long seed, boolean dynasearch) {
        return run(instance, start, limit, maxIterations, target, seed, dynasearch);
    }

    private static Result run(SingleMachineTardiness instance, JobSequence start, Duration limit, long maxIterations, long target,
            long seed, boolean dynasearch) {
        long begin = System.nanoTime();
        long deadline = limit == null ? Long.MAX_VALUE : begin + limit.toNanos();
        SplittableRandom random = new SplittableRandom(seed);
        Work work = new Work(instance, start);
        descend(work, dynasearch);
        int[] current = work.sequence.clone();
        long currentValue = work.cost;
        int[] best = current.clone();
        long bestValue = currentValue;
        long iterations = 0;
        int n = instance.size();
        while (bestValue > Math.max(0, target) && n >= 2 && iterations < maxIterations && (limit == null || System.nanoTime() < deadline)) {
            iterations++;
            for (int k = 0; k < 3; k++) {
                int i = random.nextInt(n);
                int j = random.nextInt(n - 1);
                if (j >= i) {
                    j++;
                }
                work.applySwap(Math.min(i, j), Math.max(i, j), work.swapDelta(Math.min(i, j), Math.max(i, j)));
            }
            descend(work, dynasearch);
            if (work.cost <= currentValue) {
                currentValue = work.cost;
                System.arraycopy(work.sequence, 0, current, 0, n);
                if (currentValue < bestValue) {
                    bestValue = currentValue;
                    System.arraycopy(current, 0, best, 0, n);
                }
            } else {
                work.load(current, currentValue);
            }
        }
        return new Result(new JobSequence(best), bestValue, iterations, Duration.ofNanos(System.nanoTime() - begin));
    }

    private static void descend(Work work, boolean dynasearch) {
        if (dynasearch) {
            // The O(n²) insertion passes do most of the work cheaply; the O(n³) dynasearch passes then add swaps and
            // compound moves (each improving pass is followed by insertion passes again).
            do {
                work.insertionDescent();
            } while (work.dynasearchPass());
        } else {
            work.insertionDescent();
            work.swapDescent();
        }
    }

    /** A sequence with processing times, weights, due dates and completion times in position order. */
    static final class Work {
        private final SingleMachineTardiness instance;
        private final int n;
        final int[] sequence;
        private final int[] p;
        private final int[] w;
        private final int[] d;
        private final long[] c;
        long cost;
        private long[] gain;
        private byte[] kind;
        /** tardy[k] = Σ_{m<k} w_m·T_m at the current completion times: bounds what a shift earlier can gain. */
        private final long[] tardy;

        Work(SingleMachineTardiness instance, JobSequence start) {
            this.instance = instance;
            this.n = instance.size();
            this.sequence = new int[n];
            this.p = new int[n];
            this.w = new int[n];
            this.d = new int[n];
            this.c = new long[n];
            this.tardy = new long[n + 1];
            int[] order = start.order();
            if (order.length != n) {
                throw new IllegalArgumentException("a sequence of " + order.length + " jobs for an instance of " + n);
            }
            boolean[] seen = new boolean[n];
            for (int job : order) {
                if (job < 0 || job >= n || seen[job]) {
                    throw new IllegalArgumentException("not a permutation of 0.." + (n - 1) + ": " + start);
                }
                seen[job] = true;
            }
            load(order, instance.totalWeightedTardiness(order));
        }

        void load(int[] order, long value) {
            for (int k = 0; k < n; k++) {
                int job = order[k];
                sequence[k] = job;
                p[k] = instance.processing(job);
                w[k] = instance.weight(job);
                d[k] = instance.dueDate(job);
            }
            recompute(0, n - 1);
            cost = value;
        }

        JobSequence sequence() {
            return new JobSequence(sequence);
        }

        private void recompute(int from, int to) {
            long time = from == 0 ? 0 : c[from - 1];
            for (int k = from; k <= to; k++) {
                time += p[k];
                c[k] = time;
            }
        }

        private static long tardiness(int weight, long completion, int due) {
            return completion > due ? weight * (completion - due) : 0;
        }

        /** The change of cost when the jobs at positions i < j trade places. O(j − i). */
        long swapDelta(int i, int j) {
            return swapEnds(i, j) + swapMiddle(i, j);
        }

        /** The part of a swap's delta from the two jobs that trade places. */
        private long swapEnds(int i, int j) {
            long before = i == 0 ? 0 : c[i - 1];
            return tardiness(w[j], before + p[j], d[j]) - tardiness(w[i], c[i], d[i])
                    + tardiness(w[i], c[j], d[i]) - tardiness(w[j], c[j], d[j]);
        }

        /** The part of a swap's delta from the jobs between, which all move by p_j − p_i. */
        private long swapMiddle(int i, int j) {
            long delta = 0;
            int shift = p[j] - p[i];
            if (shift != 0) {
                for (int k = i + 1; k < j; k++) {
                    delta += tardiness(w[k], c[k] + shift, d[k]) - tardiness(w[k], c[k], d[k]);
                }
            }
            return delta;
        }

        /**
         * A lower bound on swapDelta(i, j) in O(1) (needs {@link #refreshTardy}): the jobs between lose at most
         * their current weighted tardiness when they move earlier, and lose nothing when they move later.
         */
        private long swapDeltaLowerBound(int i, int j, long ends) {
            return p[j] >= p[i] ? ends : ends - (tardy[j] - tardy[i + 1]);
        }

        private void refreshTardy() {
            for (int k = 0; k < n; k++) {
                tardy[k + 1] = tardy[k] + tardiness(w[k], c[k], d[k]);
            }
        }

        /** The change of cost when the job at {@code from} moves to position {@code to}. O(|to − from|). */
        long insertDelta(int from, int to) {
            int pa = p[from];
            long delta = -tardiness(w[from], c[from], d[from]);
            if (from < to) {
                for (int k = from + 1; k <= to; k++) {
                    delta += tardiness(w[k], c[k] - pa, d[k]) - tardiness(w[k], c[k], d[k]);
                }
                delta += tardiness(w[from], c[to], d[from]);
            } else {
                for (int k = to; k < from; k++) {
                    delta += tardiness(w[k], c[k] + pa, d[k]) - tardiness(w[k], c[k], d[k]);
                }
                delta += tardiness(w[from], (to == 0 ? 0 : c[to - 1]) + pa, d[from]);
            }
            return delta;
        }

        void applySwap(int i, int j, long delta) {
            Permutations.swap(sequence, i, j);
            Permutations.swap(p, i, j);
            Permutations.swap(w, i, j);
            Permutations.swap(d, i, j);
            recompute(i, j);
            cost += delta;
        }

        void applyInsert(int from, int to, long delta) {
            Permutations.move(sequence, from, to);
            Permutations.move(p, from, to);
            Permutations.move(w, from, to);
            Permutations.move(d, from, to);
            recompute(Math.min(from, to), Math.max(from, to));
            cost += delta;
        }

        /** Spec §5: best-improvement insertion passes (forward targets first, first strict minimum wins) until none improves. */
        boolean insertionDescent() {
            boolean improved = false;
            while (true) {
                long best = 0;
                int bestFrom = -1;
                int bestTo = -1;
                for (int a = 0; a < n; a++) {
                    int pa = p[a];
                    int wa = w[a];
                    int da = d[a];
                    long own = tardiness(wa, c[a], da);
                    long shifted = 0;
                    for (int b = a + 1; b < n; b++) {
                        shifted += tardiness(w[b], c[b] - pa, d[b]) - tardiness(w[b], c[b], d[b]);
                        long delta = shifted + tardiness(wa, c[b], da) - own;
                        if (delta < best) {
                            best = delta;
                            bestFrom = a;
                            bestTo = b;
                        }
                    }
                    shifted = 0;
                    for (int b = a - 1; b >= 0; b--) {
                        shifted += tardiness(w[b], c[b] + pa, d[b]) - tardiness(w[b], c[b], d[b]);
                        long delta = shifted + tardiness(wa, (b == 0 ? 0 : c[b - 1]) + pa, da) - own;
                        if (delta < best) {
                            best = delta;
                            bestFrom = a;
                            bestTo = b;
                        }
                    }
                }
                if (bestFrom < 0) {
                    return improved;
                }
                applyInsert(bestFrom, bestTo, best);
                improved = true;
            }
        }

        /** First-improvement swaps, scanning i < j in order and applying each improving swap at once, until a full scan finds none. */
        boolean swapDescent() {
            boolean improved = false;
            boolean again = true;
            while (again) {
                again = false;
                refreshTardy();
                for (int i = 0; i < n - 1; i++) {
                    for (int j = i + 1; j < n; j++) {
                        long ends = swapEnds(i, j);
                        if (swapDeltaLowerBound(i, j, ends) >= 0) {
                            continue; // exact pruning: this swap cannot improve
                        }
                        long delta = ends + swapMiddle(i, j);
                        if (delta < 0) {
                            applySwap(i, j, delta);
                            refreshTardy();
                            again = true;
                            improved = true;
                        }
                    }
                }
            }
            return improved;
        }

        private static final byte SWAP = 1;
        private static final byte FORWARD = 2;
        private static final byte BACKWARD = 3;

        /** Dynasearch passes until one gains nothing. */
        boolean dynasearchDescent() {
            boolean improved = false;
            while (dynasearchPass()) {
                improved = true;
            }
            return improved;
        }

        /**
         * One pass: for each interval [i, j] the best of swap(i, j), move i to j and move j to i; then the DP
         * F(k) = max(F(k − 1), max_i F(i) + gain(i, k − 1)) over prefixes picks disjoint intervals, and all are applied.
         */
        boolean dynasearchPass() {
            if (n < 2) {
                return false;
            }
            if (gain == null) {
                gain = new long[n * n];
                kind = new byte[n * n];
            }
            // Insertions, accumulated as in the descent: gains of moves i→j (FORWARD) stored at [i, j] and of j→i (BACKWARD).
            for (int a = 0; a < n; a++) {
                int pa = p[a];
                int wa = w[a];
                int da = d[a];
                long own = tardiness(wa, c[a], da);
                long shifted = 0;
                for (int b = a + 1; b < n; b++) {
                    shifted += tardiness(w[b], c[b] - pa, d[b]) - tardiness(w[b], c[b], d[b]);
                    int cell = a * n + b;
                    gain[cell] = own - tardiness(wa, c[b], da) - shifted;
                    kind[cell] = FORWARD;
                }
                shifted = 0;
                for (int b = a - 1; b >= 0; b--) {
                    shifted += tardiness(w[b], c[b] + pa, d[b]) - tardiness(w[b], c[b], d[b]);
                    long g = own - tardiness(wa, (b == 0 ? 0 : c[b - 1]) + pa, da) - shifted;
                    int cell = b * n + a;
                    if (g > gain[cell]) {
                        gain[cell] = g;
                        kind[cell] = BACKWARD;
                    }
                }
            }
            refreshTardy();
            for (int i = 0; i < n - 2; i++) { // adjacent swaps equal both insertions
                for (int j = i + 2; j < n; j++) {
                    int cell = i * n + j;
                    long ends = swapEnds(i, j);
                    if (-swapDeltaLowerBound(i, j, ends) <= gain[cell]) {
                        continue; // exact pruning: the swap cannot beat the cell's insertion
                    }
                    long g = -(ends + swapMiddle(i, j));
                    if (g > gain[cell]) {
                        gain[cell] = g;
                        kind[cell] = SWAP;
                    }
                }
            }
            // F[k]: the best total gain on positions 0..k−1; from[k]: the start of the interval ending at k−1, or −1.
            long[] f = new long[n + 1];
            int[] from = new int[n + 1];
            for (int k = 1; k <= n; k++) {
                int j = k - 1;
                f[k] = f[k - 1];
                from[k] = -1;
                for (int i = 0; i < j; i++) {
                    long g = gain[i * n + j];
                    if (g > 0 && f[i] + g > f[k]) {
                        f[k] = f[i] + g;
                        from[k] = i;
                    }
                }
            }
            if (f[n] <= 0) {
                return false;
            }
            int k = n;
            while (k > 0) {
                int i = from[k];
                if (i < 0) {
                    k--;
                    continue;
                }
                int j = k - 1;
                long g = gain[i * n + j];
                switch (kind[i * n + j]) {
                    case SWAP -> applySwap(i, j, -g);
                    case FORWARD -> applyInsert(i, j, -g);
                    default -> applyInsert(j, i, -g);
                }
                k = i;
            }
            return true;
        }

    }
}
