package dev.gantry.metaheuristics.kernel;

/**
 * Evaluates many candidate solutions at once (spec metaheuristics §4). Obtain one from {@link BatchKernels#best()}
 * (the Vector API implementation when the JVM supports it, else the scalar twin) or {@link BatchKernels#scalar()}.
 *
 * <h2>Layout</h2>
 * Batch methods take candidates in <em>structure-of-arrays</em> layout: lanes are candidates, so element {@code k}
 * of candidate {@code c} sits at index {@code k * batch + c}. A batch of {@code batch} tours of {@code n} cities is
 * one {@code int[]} of at least {@code n * batch} entries whose first row holds every candidate's first city, the
 * second row every candidate's second city, and so on. Results go to {@code out[0..batch)}.
 *
 * <h2>Exactness</h2>
 * Integer kernels are exact (results as {@code long}) within the preconditions stated per method; every
 * implementation returns identical integers. Float kernels accumulate each candidate's terms in {@code float}, in
 * the order the scalar loop would, without fused multiply-add; the implementations shipped here therefore agree
 * bit for bit, but callers should only rely on agreement within a small relative tolerance.
 *
 * <h2>Threads and allocation</h2>
 * Implementations are thread-safe. They do not allocate per element; a SIMD implementation may allocate a few
 * vector-sized scratch arrays per call and keep a per-thread buffer of packed per-city or per-job data.
 *
 * <p>Indices outside the data arrays throw {@link IndexOutOfBoundsException}; argument arrays shorter than the
 * stated shape throw {@link IllegalArgumentException}.
 */
public interface BatchKernel {

    /** {@code "scalar"}, or {@code "simd-<bits>"} with the bit size of the preferred vector species, e.g. {@code "simd-512"}. */
    String name();

    /**
     * Unrounded Euclidean lengths of closed tours: {@code out[c] = Σ_{k<n} dist(t_k, t_{(k+1) mod n})} with
     * {@code t_k = tours[k * batch + c]} and {@code dist(a, b) = sqrt((x[b]-x[a])² + (y[b]-y[a])²)}, all in
     * {@code float}, edges added in tour order, the closing edge last. A tour of one city has length 0.
     *
     * @param x     city x coordinates
     * @param y     city y coordinates
     * @param tours {@code n * batch} city indices, SoA
     * @param n     cities per tour
     * @param batch number of tours
     * @param out   receives {@code batch} lengths
     */
    void euclideanTourLengths(float[] x, float[] y, int[] tours, int n, int batch, float[] out);

    /**
     * Lengths of closed tours over a row-major distance matrix: {@code out[c] = Σ_{k<n} dist[t_k * cities +
     * t_{(k+1) mod n}]}. Exact for any {@code int} distances (asymmetric and negative ones included) as long as
     * each sum fits in a {@code long}.
     *
     * @param dist   row-major {@code cities × cities} matrix
     * @param cities the matrix dimension (row stride); every city index must be in {@code [0, cities)}
     * @param tours  {@code n * batch} city indices, SoA
     * @param n      cities per tour
     * @param batch  number of tours
     * @param out    receives {@code batch} lengths
     */
    void matrixTourLengths(int[] dist, int cities, int[] tours, int n, int batch, long[] out);

    /**
     * Total weighted tardiness of job sequences on one machine, starting at time 0: along candidate {@code c}'s
     * sequence {@code j_k = sequences[k * batch + c]}, {@code C_k = Σ_{i≤k} p[j_i]} and {@code out[c] =
     * Σ_k w[j_k] · max(0, C_k − d[j_k])}. Sequences need not be permutations (a job may repeat or be left out).
     * Requires {@code p[j] ≥ 0}; exact as long as completion times and the totals fit in a {@code long}.
     *
     * @param p         processing times, per job
     * @param w         weights, per job
     * @param d         due dates, per job
     * @param sequences {@code n * batch} job indices, SoA
     * @param n         positions per sequence
     * @param batch     number of sequences
     * @param out       receives {@code batch} totals
     */
    void weightedTardiness(int[] p, int[] w, int[] d, int[] sequences, int n, int batch, long[] out);

    /**
     * Total profit and total weight of 0/1 knapsack selections: {@code profitOut[c] = Σ_{k : selected[k * batch
     * + c]} profit[k]}, likewise {@code weightOut[c]}, accumulated in {@code float} in item order.
     *
     * <p>Selections are {@code boolean[]}: one byte per entry (a quarter of the traffic of a float 0/1 encoding),
     * natural for callers, and the Vector API loads a row of {@code boolean}s straight into a lane mask
     * ({@code VectorMask.fromArray}) that drives a masked add — no widening or int-to-float conversion.
     *
     * @param profit    item profits
     * @param weight    item weights
     * @param selected  {@code n * batch} flags, SoA: item {@code k} is in candidate {@code c}
     * @param n         items
     * @param batch     number of selections
     * @param profitOut receives {@code batch} total profits
     * @param weightOut receives {@code batch} total weights
     */
    void knapsackSums(float[] profit, float[] weight, boolean[] selected, int n, int batch,
            float[] profitOut, float[] weightOut);

    /**
     * Single-candidate kernel for the SA hot path: the change of total weighted tardiness when every job in
     * positions {@code [from, to)} of one sequence finishes {@code delta} time units later (earlier if negative):
     * {@code Σ_{from≤k<to} weight[k] · (max(0, completion[k] + delta − due[k]) − max(0, completion[k] − due[k]))}.
     * The arrays are per position, in sequence order, and contiguous. Requires {@code completion[k] − due[k]} and
     * {@code completion[k] + delta − due[k]} to fit in an {@code int}; the result is exact.
     *
     * @param completion completion time per position
     * @param weight     weight per position
     * @param due        due date per position
     * @param from       first position, inclusive
     * @param to         last position, exclusive
     * @param delta      shift of the segment in time units
     * @return the change of the objective
     */
    long shiftedTardinessDelta(int[] completion, int[] weight, int[] due, int from, int to, int delta);
}
