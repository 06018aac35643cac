package dev.gantry.metaheuristics.kernel;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link BatchKernel} on the incubating Vector API ({@code jdk.incubator.vector}). Lanes are candidates: a vector
 * holds one position of {@code lanes} consecutive candidates, which is exactly one row of the SoA input, so the
 * candidates' city or job indices are the gather's index map as they stand in the caller's array (no index
 * round trip through memory, except the matrix kernel's computed {@code row * cities + col}). Accumulators stay in
 * vector registers for the whole tour or sequence and are stored once.
 *
 * <p>Loops follow spec §4: {@code SPECIES_PREFERRED} in static finals, a {@code loopBound} main loop over whole
 * vectors of candidates and the scalar twin's per-lane code for the remaining {@code batch mod lanes} candidates
 * (no masked tails: masked gathers are not intrinsified on every supported JDK, and a lane tail costs at most
 * {@code lanes − 1} scalar candidates). Batches smaller than one vector run entirely scalar.
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

    /**
     * Edges the matrix kernel adds into its split int accumulators before flushing to long: (2^15 − 1) + 1 closing
     * edge terms of at most 2^16 − 1 (low halves) or magnitude 2^15 (high halves) stay within an int.
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
        int lanes = F.length();
        int bound = n == 0 ? 0 : F.loopBound(batch);
        int c = 0;
        for (; c < bound; c += lanes) {
            FloatVector fx = FloatVector.fromArray(F, x, 0, tours, c);
            FloatVector fy = FloatVector.fromArray(F, y, 0, tours, c);
            FloatVector px = fx;
            FloatVector py = fy;
            FloatVector acc = FloatVector.zero(F);
            for (int k = 1, i = batch + c; k < n; k++, i += batch) {
                FloatVector cx = FloatVector.fromArray(F, x, 0, tours, i);
                FloatVector cy = FloatVector.fromArray(F, y, 0, tours, i);
                FloatVector dx = cx.sub(px);
                FloatVector dy = cy.sub(py);
                acc = acc.add(dx.mul(dx).add(dy.mul(dy)).sqrt());
                px = cx;
                py = cy;
            }
            FloatVector dx = fx.sub(px);
            FloatVector dy = fy.sub(py);
            acc.add(dx.mul(dx).add(dy.mul(dy)).sqrt()).intoArray(out, c);
        }
        for (; c < batch; c++) {
            out[c] = ScalarBatchKernel.euclideanLane(x, y, tours, n, batch, c);
        }
    }

    @Override
    public void matrixTourLengths(int[] dist, int cities, int[] tours, int n, int batch, long[] out) {
        ScalarBatchKernel.checkMatrix(dist, cities, tours, n, batch, out);
        int lanes = I.length();
        int bound = n == 0 ? 0 : I.loopBound(batch);
        int[] index = new int[lanes];
        int[] spill = new int[2 * lanes];
        IntVector last = IntVector.broadcast(I, cities - 1);
        int c = 0;
        for (; c < bound; c += lanes) {
            IntVector first = IntVector.fromArray(I, tours, c);
            // Negative in a lane iff some city of that lane lies outside [0, cities).
            IntVector bad = first.or(last.sub(first));
            IntVector row = first.mul(cities);
            // A distance d is added as d >> 16 (signed) and d & 0xFFFF, so int accumulators cannot overflow
            // within MATRIX_CHUNK steps, whatever the distances; the halves meet in long at each flush.
            IntVector hi = IntVector.zero(I);
            IntVector lo = IntVector.zero(I);
            for (int l = 0; l < lanes; l++) {
                out[c + l] = 0L;
            }
            int i = batch + c;
            for (int k0 = 1, k1; k0 < n; k0 = k1) {
                k1 = (int) Math.min(n, (long) k0 + MATRIX_CHUNK);
                for (int k = k0; k < k1; k++, i += batch) {
                    IntVector cur = IntVector.fromArray(I, tours, i);
                    bad = bad.or(cur).or(last.sub(cur));
                    row.add(cur).intoArray(index, 0);
                    IntVector d = IntVector.fromArray(I, dist, 0, index, 0);
                    hi = hi.add(d.lanewise(VectorOperators.ASHR, 16));
                    lo = lo.add(d.and(0xFFFF));
                    row = cur.mul(cities);
                }
                if (k1 < n) {
                    flush(hi, lo, spill, out, c);
                    hi = IntVector.zero(I);
                    lo = IntVector.zero(I);
                }
            }
            // closing edge, last city back to the first: the last chunk has room for it (≤ MATRIX_CHUNK + 1 terms)
            row.add(first).intoArray(index, 0);
            IntVector d = IntVector.fromArray(I, dist, 0, index, 0);
            hi = hi.add(d.lanewise(VectorOperators.ASHR, 16));
            lo = lo.add(d.and(0xFFFF));
            flush(hi, lo, spill, out, c);
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

    private static void flush(IntVector hi, IntVector lo, int[] spill, long[] out, int c) {
        int lanes = spill.length / 2;
        hi.intoArray(spill, 0);
        lo.intoArray(spill, lanes);
        for (int l = 0; l < lanes; l++) {
            out[c + l] += ((long) spill[l] << 16) + spill[lanes + l];
        }
    }

    @Override
    public void weightedTardiness(int[] p, int[] w, int[] d, int[] sequences, int n, int batch, long[] out) {
        ScalarBatchKernel.checkTardiness(p, w, d, sequences, n, batch, out);
        int lanes = I.length();
        int c = 0;
        int chunk = batch < lanes || n == 0 ? 0 : intChunk(p, w, d, n);
        if (chunk > 0) {
            int bound = I.loopBound(batch);
            int[] spill = new int[lanes];
            for (; c < bound; c += lanes) {
                IntVector t = IntVector.zero(I);
                for (int l = 0; l < lanes; l++) {
                    out[c + l] = 0L;
                }
                int i = c;
                for (int k0 = 0, k1; k0 < n; k0 = k1) {
                    k1 = (int) Math.min(n, (long) k0 + chunk);
                    IntVector acc = IntVector.zero(I);
                    for (int k = k0; k < k1; k++, i += batch) {
                        t = t.add(IntVector.fromArray(I, p, 0, sequences, i));
                        IntVector late = t.sub(IntVector.fromArray(I, d, 0, sequences, i)).max(0);
                        acc = acc.add(IntVector.fromArray(I, w, 0, sequences, i).mul(late));
                    }
                    acc.intoArray(spill, 0);
                    for (int l = 0; l < lanes; l++) {
                        out[c + l] += spill[l];
                    }
                }
            }
        }
        for (; c < batch; c++) {
            out[c] = ScalarBatchKernel.tardinessLane(p, w, d, sequences, n, batch, c);
        }
    }

    /**
     * How many positions can be summed in {@code int} lanes without overflow: completion times are at most
     * {@code n · max p}, each term at most {@code max|w| · (n · max p − min(0, min d))}. Returns 0 when a single
     * term (or a completion time) may not fit in an {@code int}, or some {@code p} is negative; the caller then
     * takes the scalar {@code long} path, so the result stays exact.
     */
    private static int intChunk(int[] p, int[] w, int[] d, int n) {
        int maxP = 0;
        int minP = 0;
        long maxW = 0;
        int minD = 0;
        for (int j = 0; j < p.length; j++) {
            maxP = Math.max(maxP, p[j]);
            minP = Math.min(minP, p[j]);
            maxW = Math.max(maxW, Math.abs((long) w[j]));
            minD = Math.min(minD, d[j]);
        }
        long completion = (long) n * maxP;
        long late = completion - minD;
        long term = maxW * late;
        if (minP < 0 || late > Integer.MAX_VALUE || term > Integer.MAX_VALUE) {
            return 0;
        }
        return term == 0 ? Integer.MAX_VALUE : (int) (Integer.MAX_VALUE / term);
    }

    @Override
    public void knapsackSums(float[] profit, float[] weight, boolean[] selected, int n, int batch,
            float[] profitOut, float[] weightOut) {
        ScalarBatchKernel.checkKnapsack(profit, weight, selected, n, batch, profitOut, weightOut);
        int lanes = F.length();
        int bound = F.loopBound(batch);
        int c = 0;
        for (; c < bound; c += lanes) {
            FloatVector ap = FloatVector.zero(F);
            FloatVector aw = FloatVector.zero(F);
            for (int k = 0, i = c; k < n; k++, i += batch) {
                VectorMask<Float> in = VectorMask.fromArray(F, selected, i);
                ap = ap.add(FloatVector.broadcast(F, profit[k]), in);
                aw = aw.add(FloatVector.broadcast(F, weight[k]), in);
            }
            ap.intoArray(profitOut, c);
            aw.intoArray(weightOut, c);
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
