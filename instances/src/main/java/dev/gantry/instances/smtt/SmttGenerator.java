package dev.gantry.instances.smtt;

import dev.gantry.modeling.smtt.SingleMachineTardiness;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The tardiness instance generator of spec smtt §3 (Potts & Van Wassenhove's scheme): classes by relative range of
 * due dates RDD = (r+1)/5 (outer loop) and tardiness factor TF = (t+1)/5 (inner loop), m instances per class,
 * idx = m·class + k, P = Σp, due dates around P(1 − TF ± RDD/2). Every instance draws from its own SplitMix64
 * stream, so any instance can be regenerated alone and the sets are the same in any language.
 */
public final class SmttGenerator {
    /** The three flavours of §3. */
    public enum Flavour {
        /** The 20-job set: p in 1..99 as ⌊1 + 99u⌋; d = lo + (hi − lo)u truncated toward zero, negatives kept. TF up to 0.8. */
        PAPER,
        /** The 100-job set: p uniform in 1..100; d = max(0, uniform integer in [trunc(lo), trunc(hi)]). TF up to 0.8. */
        SDT,
        /** OR-Library style, weighted: p in 1..100, w in 1..10, d as SDT; TF up to 1.0. */
        ORLIB
    }

    private SmttGenerator() {
    }

    /** All classes of a flavour with {@code perClass} instances each, named {@code <flavour>_n<n>_s<seed>#<idx>}. */
    public static List<SmttCase> generate(Flavour flavour, int n, int perClass, long seed) {
        if (n < 1 || perClass < 1) {
            throw new IllegalArgumentException("need n >= 1 and at least one instance per class, got " + n + " and " + perClass);
        }
        int tfs = flavour == Flavour.ORLIB ? 5 : 4;
        List<SmttCase> cases = new ArrayList<>();
        for (int r = 0; r < 5; r++) {
            for (int t = 0; t < tfs; t++) {
                int cls = tfs * r + t;
                for (int k = 0; k < perClass; k++) {
                    cases.add(instance(flavour, n, seed, r, t, cls, k, perClass));
                }
            }
        }
        return cases;
    }

    private static SmttCase instance(Flavour flavour, int n, long seed, int r, int t, int cls, int k, int perClass) {
        double rdd = (r + 1) / 5.0;
        double tf = (t + 1) / 5.0;
        SplitMix64 random = new SplitMix64(SplitMix64.mix(seed ^ SplitMix64.mix(((long) n << 32) | ((long) cls << 16) | k)));
        int[] p = new int[n];
        long total = 0;
        for (int j = 0; j < n; j++) {
            p[j] = flavour == Flavour.PAPER ? (int) Math.floor(1 + 99 * random.nextUnit()) : random.nextInt(1, 100);
            total += p[j];
        }
        int[] w = new int[n];
        for (int j = 0; j < n; j++) {
            w[j] = flavour == Flavour.ORLIB ? random.nextInt(1, 10) : 1;
        }
        double lo = total * (1 - tf - rdd / 2);
        double hi = total * (1 - tf + rdd / 2);
        int[] d = new int[n];
        for (int j = 0; j < n; j++) {
            d[j] = flavour == Flavour.PAPER ? (int) (lo + (hi - lo) * random.nextUnit())
                    : Math.max(0, random.nextInt((int) lo, (int) hi)); // (int) truncates toward zero
        }
        String name = flavour.name().toLowerCase(java.util.Locale.ROOT) + "_n" + n + "_s" + seed + "#" + (perClass * cls + k);
        return new SmttCase(new SingleMachineTardiness(name, p, w, d), OptionalLong.empty(), rdd, tf);
    }

    /** SplitMix64 exactly as §3 gives it: state += golden gamma, then the standard finaliser. */
    static final class SplitMix64 {
        private long state;

        SplitMix64(long seed) {
            this.state = seed;
        }

        static long mix(long z) {
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }

        long next() {
            state += 0x9E3779B97F4A7C15L;
            return mix(state);
        }

        /** u in [0, 1) from the top 53 bits. */
        double nextUnit() {
            return (next() >>> 11) * 0x1.0p-53;
        }

        /** A uniform integer in [a, b]: a + ⌊u·(b − a + 1)⌋. */
        int nextInt(int a, int b) {
            return a + (int) Math.floor(nextUnit() * ((long) b - a + 1));
        }
    }
}
