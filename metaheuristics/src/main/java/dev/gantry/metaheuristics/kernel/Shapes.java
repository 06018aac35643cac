package dev.gantry.metaheuristics.kernel;

/** Argument checks shared by the kernel implementations; cheap, once per call. */
final class Shapes {
    private Shapes() {
    }

    static void batch(String what, int length, int n, int batch) {
        if (n < 0 || batch < 0) {
            throw new IllegalArgumentException("n and batch must be non-negative: n=" + n + ", batch=" + batch);
        }
        if ((long) n * batch > length) {
            throw new IllegalArgumentException(what + " holds " + length + " entries, fewer than n*batch = " + n + "*" + batch);
        }
    }

    static void out(String what, int length, int batch) {
        if (length < batch) {
            throw new IllegalArgumentException(what + " holds " + length + " entries, fewer than batch = " + batch);
        }
    }

    static void sameLength(String a, int la, String b, int lb) {
        if (la != lb) {
            throw new IllegalArgumentException(a + " and " + b + " differ in length: " + la + " vs " + lb);
        }
    }

    static void items(String what, int length, int n) {
        if (length < n) {
            throw new IllegalArgumentException(what + " holds " + length + " entries, fewer than n = " + n);
        }
    }

    static void matrix(int length, int cities) {
        if (cities < 0 || (long) cities * cities > length) {
            throw new IllegalArgumentException("distance matrix holds " + length + " entries, fewer than cities² for cities = " + cities);
        }
    }

    static void range(int length, int from, int to, String what) {
        if (from < 0 || to < from || to > length) {
            throw new IllegalArgumentException("range [" + from + ", " + to + ") outside " + what + " of length " + length);
        }
    }
}
