package dev.gantry.instances.jobshop;

import dev.gantry.modeling.jobshop.JobShop;
import dev.gantry.modeling.jobshop.Operation;

import java.util.ArrayList;
import java.util.List;

/**
 * Taillard's (1993) job-shop generator, exactly as spec scheduling §1.5 states it, so that the published seed pairs
 * give back the published instances token for token.
 */
public final class TaillardGenerator {
    /** 2³¹ − 1, the Park–Miller modulus. */
    static final long MODULUS = 2147483647L;

    private TaillardGenerator() {
    }

    /**
     * A Taillard instance of {@code n} jobs on {@code m} machines named {@code gen_n<n>_m<m>_<T>_<M>}. Durations
     * come job-major from the time stream; each job's machine order is a permutation by swaps drawn from the
     * machine stream, which runs on across jobs.
     *
     * @throws IllegalArgumentException if n or m is below 1 or a seed lies outside [1, 2³¹−2]
     */
    public static JobShop generate(int n, int m, long timeSeed, long machineSeed) {
        return generate("gen_n" + n + "_m" + m + "_" + timeSeed + "_" + machineSeed, n, m, timeSeed, machineSeed);
    }

    /** Taillard's published instance for {@code seed}, named like the staged file ({@code ta01js}). */
    public static JobShop generate(TaillardSeeds.Seed seed) {
        return generate(seed.name() + "js", seed.jobs(), seed.machines(), seed.timeSeed(), seed.machineSeed());
    }

    private static JobShop generate(String name, int n, int m, long timeSeed, long machineSeed) {
        if (n < 1 || m < 1) {
            throw new IllegalArgumentException("a Taillard instance needs n ≥ 1 and m ≥ 1, got n=" + n + ", m=" + m);
        }
        Stream times = new Stream("time seed", timeSeed);
        Stream machines = new Stream("machine seed", machineSeed);

        long[][] durations = new long[n][m];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < m; k++) {
                durations[i][k] = times.unif(1, 99);
            }
        }
        List<List<Operation>> jobs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int[] order = new int[m];
            for (int k = 0; k < m; k++) {
                order[k] = k;
            }
            for (int k = 0; k < m; k++) {
                int r = (int) machines.unif(k, m - 1);
                int swap = order[k];
                order[k] = order[r];
                order[r] = swap;
            }
            List<Operation> job = new ArrayList<>(m);
            for (int k = 0; k < m; k++) {
                job.add(new Operation(order[k], durations[i][k]));
            }
            jobs.add(job);
        }
        return new JobShop(name, m, jobs);
    }

    /** The Park–Miller "minimal standard" stream with Schrage's decomposition, as Taillard's code computes it. */
    private static final class Stream {
        private long seed;

        Stream(String what, long seed) {
            if (seed < 1 || seed > MODULUS - 1) {
                throw new IllegalArgumentException(
                        what + " must lie in [1, " + (MODULUS - 1) + "], got " + seed);
            }
            this.seed = seed;
        }

        /** Advances the seed and returns an integer in [lo, hi]. */
        long unif(long lo, long hi) {
            long k = seed / 127773;
            seed = 16807 * (seed - k * 127773) - 2836 * k;
            if (seed < 0) {
                seed += MODULUS;
            }
            // The product is taken in double, as in the original, so that rounding matches it bit for bit.
            return lo + (long) Math.floor(seed / (double) MODULUS * (hi - lo + 1));
        }
    }
}
