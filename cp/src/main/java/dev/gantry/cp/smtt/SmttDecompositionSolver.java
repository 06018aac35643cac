package dev.gantry.cp.smtt;

import dev.gantry.cp.SearchLimits;
import dev.gantry.modeling.smtt.JobSequence;
import dev.gantry.modeling.smtt.SingleMachineTardiness;

import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Exact 1||ΣTj (unweighted total tardiness) by Lawler's decomposition on the longest job, with memoised subproblems,
 * canonical keys and the position-elimination Rules A and B (spec smtt §4.2).
 * <p>
 * A subproblem (a, b, ρ, t) is "the jobs whose EDD rank lies in [a, b] and whose length rank is below ρ, processed
 * from time t"; every node of Lawler's recursion has this form, which is what makes memoisation pay: the same job
 * set at the same start time recurs under many parents. Each solved node is stored under its raw key and its
 * canonical key (tightest a, b, ρ describing the same job set), together with the chosen position of its longest
 * job, from which the optimal sequence is rebuilt afterwards.
 * <p>
 * Lawler's theorem needs equal weights, so weighted instances are rejected. The recursion depth is at most n + 1, and
 * it runs on a dedicated thread with a large stack so that deep instances cannot overflow the caller's stack.
 */
public final class SmttDecompositionSolver {
    private SmttDecompositionSolver() {
    }

    /**
     * The outcome: a sequence and its total tardiness; {@code proven} when the search completed, otherwise the sequence
     * is the EDD order (the best known without search); {@code nodes} counts subproblem calls.
     */
    public record Result(JobSequence sequence, long value, boolean proven, long nodes, Duration time) {
        public Result {
            Objects.requireNonNull(sequence, "sequence");
            Objects.requireNonNull(time, "time");
        }
    }

    public static Result solve(SingleMachineTardiness instance) {
        return solve(instance, SearchLimits.NONE);
    }

    public static Result solve(SingleMachineTardiness instance, SearchLimits limits) {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(limits, "limits");
        if (instance.isWeighted()) {
            throw new IllegalArgumentException("tardiness instance " + instance.name()
                    + " is weighted: Lawler's decomposition applies only to 1||ΣTj (all weights 1); use SubsetDpSolver for small n");
        }
        for (int j = 0; j < instance.size(); j++) {
            if (instance.processing(j) <= 0) {
                throw new IllegalArgumentException("tardiness instance " + instance.name() + ": job " + j
                        + " needs processing time >= 1, got " + instance.processing(j));
            }
        }
        long start = System.nanoTime();
        Search search = new Search(instance, limits, start);
        // Depth ≤ n + 1 frames, each small, but a generous stack costs only address space and keeps n in the thousands safe.
        long stack = (64L << 20) + (long) instance.size() * (256L << 10);
        Result[] out = new Result[1];
        Throwable[] failure = new Throwable[1];
        Thread worker = new Thread(null, () -> {
            try {
                out[0] = search.run();
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "smtt-decomposition", stack);
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while solving " + instance.name(), e);
        }
        if (failure[0] instanceof RuntimeException e) {
            throw e;
        }
        if (failure[0] instanceof Error e) {
            throw e;
        }
        Result r = out[0];
        return new Result(r.sequence(), r.value(), r.proven(), r.nodes(), Duration.ofNanos(System.nanoTime() - start));
    }

    /** Thrown inside the recursion when a limit is hit; unwinds to {@link Search#run()}. */
    private static final class LimitReached extends RuntimeException {
        LimitReached() {
            super(null, null, false, false);
        }
    }

    /** One solve: the preprocessed ranks, the memo and the counters. */
    private static final class Search {
        private final SingleMachineTardiness instance;
        private final int n;
        private final int[] p;
        private final int[] d;
        /** eddOrder[r] = the job with EDD rank r, by (d, p, id). */
        private final int[] eddOrder;
        private final int[] eddRank;
        /** lenRank[j]: rank of job j by (p, d, id); the longest member of a set is the one with the largest rank. */
        private final int[] lenRank;
        private final Memo memo;
        private final long maxNodes;
        private final long deadline;
        private final boolean timed;
        private long nodes;

        Search(SingleMachineTardiness instance, SearchLimits limits, long start) {
            this.instance = instance;
            this.n = instance.size();
            this.p = instance.processing();
            this.d = instance.dueDates();
            eddOrder = IntStream.range(0, n).boxed()
                    .sorted(Comparator.<Integer>comparingInt(j -> d[j]).thenComparingInt(j -> p[j]).thenComparingInt(j -> j))
                    .mapToInt(Integer::intValue).toArray();
            eddRank = new int[n];
            for (int r = 0; r < n; r++) {
                eddRank[eddOrder[r]] = r;
            }
            int[] byLength = IntStream.range(0, n).boxed()
                    .sorted(Comparator.<Integer>comparingInt(j -> p[j]).thenComparingInt(j -> d[j]).thenComparingInt(j -> j))
                    .mapToInt(Integer::intValue).toArray();
            lenRank = new int[n];
            for (int r = 0; r < n; r++) {
                lenRank[byLength[r]] = r;
            }
            long total = Arrays.stream(p).asLongStream().sum();
            // The packed key holds a, b, ρ in 11 bits each and t in 31; all-ones is the empty-slot marker, so stay below it.
            memo = n < 2047 && total < (1L << 31) - 1 ? new PackedMemo() : new RecordMemo();
            maxNodes = limits.maxNodes();
            long nanos = limits.nanos();
            timed = nanos != Long.MAX_VALUE;
            deadline = timed ? start + nanos : Long.MAX_VALUE;
        }

        Result run() {
            int[] all = eddOrder.clone();
            long value;
            try {
                value = n == 0 ? 0 : solve(0, n - 1, n, 0);
            } catch (LimitReached e) {
                // Best known without search: the EDD order (optimal whenever it has zero tardiness, which was checked first).
                return new Result(new JobSequence(all), instance.totalWeightedTardiness(all), false, nodes, Duration.ZERO);
            }
            int[] order = new int[n];
            int filled = n == 0 ? 0 : rebuild(0, n - 1, n, 0, order, 0);
            if (filled != n || instance.totalWeightedTardiness(order) != value) {
                throw new IllegalStateException("decomposition rebuilt an inconsistent sequence for " + instance.name());
            }
            return new Result(new JobSequence(order), value, true, nodes, Duration.ZERO);
        }

        /** Members of (a, b, ρ) in EDD order. */
        private int[] members(int a, int b, int rho) {
            int[] buf = new int[b - a + 1];
            int m = 0;
            for (int r = a; r <= b; r++) {
                int j = eddOrder[r];
                if (lenRank[j] < rho) {
                    buf[m++] = j;
                }
            }
            return m == buf.length ? buf : Arrays.copyOf(buf, m);
        }

        private long tardiness(int[] jobs, long t) {
            long sum = 0;
            for (int j : jobs) {
                t += p[j];
                sum += Math.max(0, t - d[j]);
            }
            return sum;
        }

        private long solve(int a, int b, int rho, long t) {
            if (++nodes > maxNodes || (timed && (nodes & 1023) == 0 && System.nanoTime() > deadline)) {
                throw new LimitReached();
            }
            long hit = memo.get(a, b, rho, t);
            if (hit != Memo.ABSENT) {
                return Memo.value(hit);
            }
            int[] jobs = members(a, b, rho);
            int m = jobs.length;
            if (m == 0) {
                return 0;
            }
            if (m == 1) {
                return Math.max(0, t + p[jobs[0]] - d[jobs[0]]);
            }
            long edd = tardiness(jobs, t);
            if (edd == 0) {
                return 0;
            }
            int ca = eddRank[jobs[0]];
            int cb = eddRank[jobs[m - 1]];
            int s = 0;
            for (int i = 1; i < m; i++) {
                if (lenRank[jobs[i]] > lenRank[jobs[s]]) {
                    s = i;
                }
            }
            int k = jobs[s];
            int crho = lenRank[k] + 1;
            hit = memo.get(ca, cb, crho, t);
            if (hit != Memo.ABSENT) {
                memo.put(a, b, rho, t, Memo.value(hit), Memo.choice(hit));
                return Memo.value(hit);
            }

            // C[r] = t + Σ_{i≤r} p; theta[r] = EDD tardiness with k moved to position r (r ≥ s).
            long[] c = new long[m];
            long acc = t;
            for (int i = 0; i < m; i++) {
                acc += p[jobs[i]];
                c[i] = acc;
            }
            long[] theta = new long[m];
            theta[s] = edd;
            int pk = p[k];
            for (int r = s + 1; r < m; r++) {
                int j = jobs[r];
                // Swapping k with its successor j: k now ends at C(r), j ends p_k earlier.
                theta[r] = theta[r - 1]
                        + Math.max(0, c[r] - d[k]) - Math.max(0, c[r - 1] - d[k])
                        + Math.max(0, c[r] - pk - d[j]) - Math.max(0, c[r] - d[j]);
            }

            long best = Long.MAX_VALUE;
            int bestR = -1;
            long minThetaBefore = Long.MAX_VALUE; // min over s ≤ i < r of theta[i]
            long maxDuePlusP = Long.MIN_VALUE;    // max over s < i < r of d + p
            for (int r = s; r < m; r++) {
                boolean skip = false;
                // Rule A: k completing no later than some earlier job's d + p cannot beat an earlier position.
                if (r >= s + 2 && c[r] <= maxDuePlusP) {
                    skip = true;
                }
                // Rule B: positions whose interchange value does not improve on an earlier one or worsens at the next.
                if (!skip && r > s && theta[r] >= minThetaBefore) {
                    skip = true;
                }
                if (!skip && r < m - 1 && theta[r] > theta[r + 1]) {
                    skip = true;
                }
                if (!skip) {
                    long left = r == 0 ? 0 : solve(ca, eddRank[jobs[r]], lenRank[k], t);
                    long value = left + Math.max(0, c[r] - d[k]);
                    // The right side is non-negative, so a left part already at the best cannot improve it.
                    if (value < best) {
                        if (r < m - 1) {
                            value += solve(eddRank[jobs[r + 1]], cb, crho, c[r]);
                        }
                        if (value < best) {
                            best = value;
                            bestR = r;
                        }
                    }
                }
                minThetaBefore = Math.min(minThetaBefore, theta[r]);
                if (r > s) {
                    maxDuePlusP = Math.max(maxDuePlusP, (long) d[jobs[r]] + p[jobs[r]]);
                }
                if (best == 0) {
                    break;
                }
            }
            if (bestR < 0) {
                throw new IllegalStateException("no position survived elimination in " + instance.name());
            }
            memo.put(ca, cb, crho, t, best, bestR);
            memo.put(a, b, rho, t, best, bestR);
            return best;
        }

        /** Writes the optimal order of (a, b, ρ, t) into out from index at; returns the next free index. */
        private int rebuild(int a, int b, int rho, long t, int[] out, int at) {
            int[] jobs = members(a, b, rho);
            int m = jobs.length;
            if (m == 0) {
                return at;
            }
            if (m <= 1 || tardiness(jobs, t) == 0) {
                System.arraycopy(jobs, 0, out, at, m);
                return at + m;
            }
            int s = 0;
            for (int i = 1; i < m; i++) {
                if (lenRank[jobs[i]] > lenRank[jobs[s]]) {
                    s = i;
                }
            }
            int k = jobs[s];
            int ca = eddRank[jobs[0]];
            int cb = eddRank[jobs[m - 1]];
            long hit = memo.get(ca, cb, lenRank[k] + 1, t);
            if (hit == Memo.ABSENT) {
                throw new IllegalStateException("subproblem missing from the memo while rebuilding " + instance.name());
            }
            int r = Memo.choice(hit);
            long cr = t;
            for (int i = 0; i <= r; i++) {
                cr += p[jobs[i]];
            }
            if (r > 0) {
                at = rebuild(ca, eddRank[jobs[r]], lenRank[k], t, out, at);
            }
            out[at++] = k;
            if (r < m - 1) {
                at = rebuild(eddRank[jobs[r + 1]], cb, lenRank[k] + 1, cr, out, at);
            }
            return at;
        }
    }

    /**
     * Subproblem values with the chosen position of the longest job. An entry is one {@code long}: the value in the
     * upper 48 bits and the position in the lower 16 (total tardiness below 2⁴⁷ and positions below 2¹⁶ are checked).
     */
    private interface Memo {
        long ABSENT = -1;

        long get(int a, int b, int rho, long t);

        void put(int a, int b, int rho, long t, long value, int choice);

        static long entry(long value, int choice) {
            if (value >= (1L << 47) || choice >= (1 << 16)) {
                throw new IllegalStateException("value " + value + " or position " + choice + " beyond the memo's range");
            }
            return (value << 16) | choice;
        }

        static long value(long entry) {
            return entry >>> 16;
        }

        static int choice(long entry) {
            return (int) (entry & 0xFFFF);
        }
    }

    /** Open addressing on the packed key, linear probing; primitive arrays keep millions of entries cheap. */
    private static final class PackedMemo implements Memo {
        private static final long EMPTY = -1L;
        private long[] keys = new long[1 << 12];
        private long[] values = new long[1 << 12];
        private int size;

        {
            Arrays.fill(keys, EMPTY);
        }

        private static long key(int a, int b, int rho, long t) {
            return ((long) a << 53) | ((long) b << 42) | ((long) rho << 31) | t;
        }

        private static int slot(long key, int mask) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 29)) & mask;
        }

        @Override
        public long get(int a, int b, int rho, long t) {
            long key = key(a, b, rho, t);
            int mask = keys.length - 1;
            for (int i = slot(key, mask); ; i = (i + 1) & mask) {
                long k = keys[i];
                if (k == key) {
                    return values[i];
                }
                if (k == EMPTY) {
                    return ABSENT;
                }
            }
        }

        @Override
        public void put(int a, int b, int rho, long t, long value, int choice) {
            if (2 * (size + 1) > keys.length) {
                grow();
            }
            insert(key(a, b, rho, t), Memo.entry(value, choice));
        }

        private void insert(long key, long entry) {
            int mask = keys.length - 1;
            for (int i = slot(key, mask); ; i = (i + 1) & mask) {
                if (keys[i] == key) {
                    values[i] = entry;
                    return;
                }
                if (keys[i] == EMPTY) {
                    keys[i] = key;
                    values[i] = entry;
                    size++;
                    return;
                }
            }
        }

        private void grow() {
            long[] oldKeys = keys;
            long[] oldValues = values;
            keys = new long[oldKeys.length * 2];
            values = new long[oldKeys.length * 2];
            Arrays.fill(keys, EMPTY);
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != EMPTY) {
                    insert(oldKeys[i], oldValues[i]);
                }
            }
        }
    }

    /** For instances beyond the packed key's range (n ≥ 2047 or Σp ≥ 2³¹ − 1). */
    private static final class RecordMemo implements Memo {
        private record Key(int a, int b, int rho, long t) {
        }

        private final Map<Key, Long> map = new HashMap<>();

        @Override
        public long get(int a, int b, int rho, long t) {
            return map.getOrDefault(new Key(a, b, rho, t), ABSENT);
        }

        @Override
        public void put(int a, int b, int rho, long t, long value, int choice) {
            map.put(new Key(a, b, rho, t), Memo.entry(value, choice));
        }
    }
}
