package dev.gantry.metaheuristics.kernel;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link BatchKernel} on the incubating Vector API ({@code jdk.incubator.vector}). Lanes are candidates: a vector
 * holds one position of consecutive candidates, which is one row of the SoA input, so the candidates' city or job
 * indices serve as the gather's index map where they stand in the caller's array (no index round trip through
 * memory, except the matrix kernel's computed {@code row * cities + col}). Accumulators stay in vector registers
 * for the whole tour or sequence and are stored once.
 *
 * <p>Gathers dominate: on the AVX-512 machine this was tuned on (AMD Zen 5) a gather fetches about one element per
 * cycle, no faster than scalar loads. The tour and tardiness kernels therefore pack per-city {@code (x, y)} and
 * per-job {@code (p, w, d)} into one {@code long} per call (a per-thread buffer, O(cities) or O(jobs) work) and
 * fetch one 64-bit element per candidate and step instead of two or three 32-bit ones; the knapsack kernel needs no
 * gather at all (a row of {@code boolean}s is a lane mask).
 *
 * <p>Loops follow spec §4: {@code SPECIES_PREFERRED} in static finals, a {@code loopBound} main loop over whole
 * vectors of candidates and the scalar twin's per-lane code for the remaining candidates (no masked tails: masked
 * gathers are not intrinsified on every supported JDK, and a lane tail costs at most {@code lanes − 1} scalar
 * candidates). Batches smaller than one vector run entirely scalar. Vector values live only inside one loop and
 * the value stored after a loop is a fresh result, not the loop variable: JDK 17's C2 otherwise boxes vectors
 * (measured: 39 KB allocated per weighted-tardiness call with a nested chunk loop).
 *
 * <p>Never reference this class directly: it links against an incubator module that may be absent. {@link
 * BatchKernels} loads it reflectively after checking the module and the JIT.
 */
final class SimdBatchKernel implements BatchKernel {
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Integer> I = IntVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Long> L = LongVector.SPECIES_PREFERRED;
    /** Ints with as many lanes as {@link #L}: widened to long by a same-length cast. */
    private static final VectorSpecies<Integer> I_HALF =
            VectorSpecies.of(int.class, VectorShape.forBitSize(LongVector.SPECIES_PREFERRED.vectorBitSize() / 2));
    /** Swaps neighbouring lanes: 1, 0, 3, 2, … */
    private static final VectorShuffle<Float> SWAP_PAIRS = VectorShuffle.fromOp(F, i -> i ^ 1);

    /** Per-thread scratch for packed per-city or per-job data; grows, never shrinks. */
    private static final ThreadLocal<long[]> SCRATCH = ThreadLocal.withInitial(() -> new long[64]);

    /**
     * Edges the matrix kernel may add into its split int accumulators besides the closing edge: 2^15 terms of at
     * most 2^16 − 1 (low halves) or magnitude at most 2^15 (high halves) stay within an int.
     */
    private static final int MATRIX_CHUNK = 32_767;

    SimdBatchKernel() {
        if (F.length() < 4 || F.length() != I.length()) {
            throw new UnsupportedOperationException("preferred vector species has only " + F.vectorBitSize() + " bits");
        }
    }

    @Override
    public String name() {
        return "simd-" + F.vectorBitSize();
    }

    @Override
    public void euclideanTourLengths(float[] x, float[] y, int[] tours, int n, int batch, float[] out) {
        ScalarBatchKernel.checkEuclidean(x, y, tours, n, batch, out);
        int lanes = L.length();
        int bound = n == 0 ? 0 : L.loopBound(batch);
        int c = 0;
        if (bound > 0) {
            // One 64-bit gather per step fetches both coordinates: half the gathered elements of two float gathers.
            long[] xy = scratch(x.length);
            for (int a = 0; a < x.length; a++) {
                xy[a] = (long) Float.floatToRawIntBits(y[a]) << 32 | Float.floatToRawIntBits(x[a]) & 0xFFFF_FFFFL;
            }
            // Pair layout: a vector holds (x, y) of 'lanes' candidates in 2·lanes float lanes. Squares are summed
            // with the neighbouring lane, so even lanes hold dx² + dy² (odd lanes dy² + dx², the same number).
            float[] pairs = new float[2 * lanes];
            for (; c < bound; c += lanes) {
                FloatVector first = LongVector.fromArray(L, xy, 0, tours, c).reinterpretAsFloats();
                FloatVector prev = first;
                FloatVector acc = FloatVector.zero(F);
                for (int k = 1, i = batch + c; k < n; k++, i += batch) {
                        FloatVector cur = LongVector.fromArray(L, xy, 0, tours, i).reinterpretAsFloats();
                    FloatVector d = cur.sub(prev);
                    FloatVector sq = d.mul(d);
                    acc = acc.add(sq.add(sq.rearrange(SWAP_PAIRS)).sqrt());
                    prev = cur;
                }
                FloatVector d = first.sub(prev);
                FloatVector sq = d.mul(d);
                acc.add(sq.add(sq.rearrange(SWAP_PAIRS)).sqrt()).intoArray(pairs, 0);
                for (int l = 0; l < lanes; l++) {
                    out[c + l] = pairs[2 * l];
                }
            }
        }
        for (; c < batch; c++) {
            out[c] = ScalarBatchKernel.euclideanLane(x, y, tours, n, batch, c);
        }
    }

    /** A per-thread array of at least {@code length} longs, for the packed job or city data of one call. */
    private static long[] scratch(int length) {
        long[] a = SCRATCH.get();
        if (a.length < length) {
            a = new long[Math.max(length, 2 * a.length)];
            SCRATCH.set(a);
        }
        return a;
    }

    @Override
    public void matrixTourLengths(int[] dist, int cities, int[] tours, int n, int batch, long[] out) {
        ScalarBatchKernel.checkMatrix(dist, cities, tours, n, batch, out);
        int lanes = I.length();
        // n ≤ MATRIX_CHUNK + 1 keeps the split accumulators below overflow (a matrix that fits in an int[] has
        // at most 46 340 cities, so longer tours revisit cities and are left to the scalar loop).
        int bound = n == 0 || n > MATRIX_CHUNK + 1 ? 0 : I.loopBound(batch);
        int[] index = new int[lanes];
        int[] spill = new int[2 * lanes];
        IntVector last = IntVector.broadcast(I, cities - 1);
        int c = 0;
        for (; c < bound; c += lanes) {
            IntVector first = IntVector.fromArray(I, tours, c);
            // Negative in a lane iff some city of that lane lies outside [0, cities).
            IntVector bad = first.or(last.sub(first));
            IntVector row = first.mul(cities);
            // A distance d is added as d >> 16 (signed) and d & 0xFFFF, so the int accumulators cannot overflow
            // whatever the distances; the halves meet in long at the end.
            IntVector hi = IntVector.zero(I);
            IntVector lo = IntVector.zero(I);
            for (int k = 1, i = batch + c; k < n; k++, i += batch) {
                IntVector cur = IntVector.fromArray(I, tours, i);
                bad = bad.or(cur).or(last.sub(cur));
                // gathers take an int[] index map: the computed row + column indices go through memory once
                row.add(cur).intoArray(index, 0);
                IntVector d = IntVector.fromArray(I, dist, 0, index, 0);
                hi = hi.add(d.lanewise(VectorOperators.ASHR, 16));
                lo = lo.add(d.and(0xFFFF));
                row = cur.mul(cities);
            }
            // closing edge, last city back to the first
            row.add(first).intoArray(index, 0);
            IntVector d = IntVector.fromArray(I, dist, 0, index, 0);
            hi.add(d.lanewise(VectorOperators.ASHR, 16)).intoArray(spill, 0);
            lo.add(d.and(0xFFFF)).intoArray(spill, lanes);
            for (int l = 0; l < lanes; l++) {
                out[c + l] = ((long) spill[l] << 16) + spill[lanes + l];
            }
            if (bad.compare(VectorOperators.LT, 0).anyTrue()) {
                for (int l = 0; l < lanes; l++) {
                    ScalarBatchKernel.matrixLane(dist, cities, tours, n, batch, c + l); // throws for the bad city
                }
            }
        }
        for (; c < batch; c++) {
            out[c] = ScalarBatchKernel.matrixLane(dist, cities, tours, n, batch, c);
        }
    }

    @Override
    public void weightedTardiness(int[] p, int[] w, int[] d, int[] sequences, int n, int batch, long[] out) {
        ScalarBatchKernel.checkTardiness(p, w, d, sequences, n, batch, out);
        int lanes = L.length();
        int bound = n == 0 ? 0 : L.loopBound(batch);
        int c = 0;
        long[] pwd = bound > 0 ? pack(p, w, d) : null;
        if (pwd != null) {
            // long lanes: completion times, tardiness and products are exact without overflow bookkeeping
            for (; c < bound; c += lanes) {
                LongVector t = LongVector.zero(L);
                LongVector acc = LongVector.zero(L);
                for (int k = 0, i = c; k < n; k++, i += batch) {
                    LongVector job = LongVector.fromArray(L, pwd, 0, sequences, i);
                    t = t.add(job.and(0xFFFFL));
                    LongVector late = t.sub(job.lanewise(VectorOperators.ASHR, 32)).max(0L);
                    acc = acc.add(job.lanewise(VectorOperators.LSHR, 16).and(0xFFFFL).mul(late));
                }
                acc.add(0L).intoArray(out, c);
            }
        }
        for (; c < batch; c++) {
            out[c] = ScalarBatchKernel.tardinessLane(p, w, d, sequences, n, batch, c);
        }
    }

    /**
     * Packs each job into one long, {@code d << 32 | w << 16 | p}, so a single 64-bit gather per step fetches a job
     * (one gathered element instead of three); null when some {@code p} or {@code w} is outside {@code [0, 2^16)},
     * in which case the caller takes the scalar path.
     */
    private static long[] pack(int[] p, int[] w, int[] d) {
        int jobs = p.length;
        int bits = 0;
        for (int j = 0; j < jobs; j++) {
            bits |= p[j] | w[j];
        }
        if ((bits & ~0xFFFF) != 0) {
            return null;
        }
        long[] pwd = scratch(jobs);
        for (int j = 0; j < jobs; j++) {
            pwd[j] = (long) d[j] << 32 | (long) w[j] << 16 | p[j];
        }
        return pwd;
    }

    @Override
    public void knapsackSums(float[] profit, float[] weight, boolean[] selected, int n, int batch,
            float[] profitOut, float[] weightOut) {
        ScalarBatchKernel.checkKnapsack(profit, weight, selected, n, batch, profitOut, weightOut);
        int lanes = F.length();
        int bound = F.loopBound(batch);
        int c = 0;
        for (; c < bound && n > 0; c += lanes) {
            FloatVector ap = FloatVector.zero(F);
            FloatVector aw = FloatVector.zero(F);
            int k = 0;
            int i = c;
            for (; k < n - 1; k++, i += batch) {
                VectorMask<Float> in = VectorMask.fromArray(F, selected, i);
                ap = ap.add(FloatVector.broadcast(F, profit[k]), in);
                aw = aw.add(FloatVector.broadcast(F, weight[k]), in);
            }
            // last item peeled: storing a fresh result rather than the loop variable lets JDK 17's C2 keep it unboxed
            VectorMask<Float> in = VectorMask.fromArray(F, selected, i);
            ap.add(FloatVector.broadcast(F, profit[k]), in).intoArray(profitOut, c);
            aw.add(FloatVector.broadcast(F, weight[k]), in).intoArray(weightOut, c);
        }
        for (; c < batch; c++) {
            ScalarBatchKernel.knapsackLane(profit, weight, selected, n, batch, c, profitOut, weightOut);
        }
    }

    @Override
    public long shiftedTardinessDelta(int[] completion, int[] weight, int[] due, int from, int to, int delta) {
        ScalarBatchKernel.checkShift(completion, weight, due, from, to);
        int lanes = I_HALF.length();
        int len = to - from;
        if (len < 2 * lanes) {
            return ScalarBatchKernel.shiftRange(completion, weight, due, from, to, delta);
        }
        IntVector shift = IntVector.broadcast(I_HALF, delta);
        LongVector acc = LongVector.zero(L);
        int bound = from + I_HALF.loopBound(len);
        int k = from;
        for (; k < bound; k += lanes) {
            IntVector s = IntVector.fromArray(I_HALF, completion, k).sub(IntVector.fromArray(I_HALF, due, k));
            IntVector change = s.add(shift).max(0).sub(s.max(0));
            LongVector wl = (LongVector) IntVector.fromArray(I_HALF, weight, k).castShape(L, 0);
            acc = acc.add(((LongVector) change.castShape(L, 0)).mul(wl));
        }
        return acc.reduceLanes(VectorOperators.ADD) + ScalarBatchKernel.shiftRange(completion, weight, due, k, to, delta);
    }
}
