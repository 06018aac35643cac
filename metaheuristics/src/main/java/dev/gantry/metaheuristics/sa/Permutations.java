package dev.gantry.metaheuristics.sa;

import java.util.SplittableRandom;

/**
 * Permutation helpers: random permutations for naive starts (drawn from a chain's own generator, so runs stay
 * reproducible) and the swap and insertion moves on arrays.
 */
public final class Permutations {
    private Permutations() {
    }

    /** Shuffles {@code values} in place, uniformly (Fisher–Yates), and returns it. */
    public static int[] shuffle(int[] values, SplittableRandom random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
        return values;
    }

    /** 0, 1, …, n−1 in a uniformly random order. */
    public static int[] random(int n, SplittableRandom random) {
        int[] values = new int[n];
        for (int i = 0; i < n; i++) {
            values[i] = i;
        }
        return shuffle(values, random);
    }

    /**
     * {@code batch} random permutations of 0..n−1 in the batch kernels' structure-of-arrays layout: element k of
     * permutation c at {@code k·batch + c}.
     */
    public static int[] randomBatch(int n, int batch, SplittableRandom random) {
        int[] soa = new int[n * batch];
        for (int c = 0; c < batch; c++) {
            int[] perm = random(n, random);
            for (int k = 0; k < n; k++) {
                soa[k * batch + c] = perm[k];
            }
        }
        return soa;
    }

    /** Exchanges a[i] and a[j]. */
    public static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    /** Moves a[from] to index {@code to}, shifting the elements between by one place: an insertion move. */
    public static void move(int[] a, int from, int to) {
        int moved = a[from];
        if (from < to) {
            System.arraycopy(a, from + 1, a, from, to - from);
        } else {
            System.arraycopy(a, to, a, to + 1, from - to);
        }
        a[to] = moved;
    }
}
