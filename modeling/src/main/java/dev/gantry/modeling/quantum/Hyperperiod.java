package dev.gantry.modeling.quantum;

import java.util.Collection;

/** {@code H = lcm(p_d)} over a set of periods (1 for the empty set). */
public final class Hyperperiod {
    private Hyperperiod() {
    }

    public static int of(Collection<Integer> periods) {
        long h = 1;
        for (int p : periods) {
            h = h / gcd(h, p) * p;
            if (h > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("hyperperiod exceeds " + Integer.MAX_VALUE + " slots");
            }
        }
        return (int) h;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
