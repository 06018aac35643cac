package dev.gantry.modeling.api;

import java.util.Arrays;
import java.util.stream.LongStream;

/** An immutable set of integers, stored as sorted, disjoint, non-adjacent closed intervals. */
public final class Domain {
    private final long[] bounds; // lo0, hi0, lo1, hi1, ...

    private Domain(long[] bounds) {
        this.bounds = bounds;
    }

    public static Domain range(long lo, long hi) {
        return lo > hi ? new Domain(new long[0]) : new Domain(new long[] {lo, hi});
    }

    public static Domain singleton(long value) {
        return range(value, value);
    }

    public static Domain values(long... values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        long[] out = new long[2 * sorted.length];
        int n = 0;
        for (long v : sorted) {
            if (n > 0 && (out[n - 1] == Long.MAX_VALUE || v <= out[n - 1] + 1)) {
                out[n - 1] = Math.max(out[n - 1], v);
            } else {
                out[n++] = v;
                out[n++] = v;
            }
        }
        return new Domain(Arrays.copyOf(out, n));
    }

    /** A domain from closed intervals {lo, hi}, in any order, possibly overlapping. */
    public static Domain ofIntervals(long[]... intervals) {
        long[][] sorted = Arrays.stream(intervals).filter(i -> i[0] <= i[1]).sorted((a, b) -> Long.compare(a[0], b[0]))
                .toArray(long[][]::new);
        long[] out = new long[2 * sorted.length];
        int n = 0;
        for (long[] iv : sorted) {
            if (n > 0 && (out[n - 1] == Long.MAX_VALUE || iv[0] <= out[n - 1] + 1)) {
                out[n - 1] = Math.max(out[n - 1], iv[1]);
            } else {
                out[n++] = iv[0];
                out[n++] = iv[1];
            }
        }
        return new Domain(Arrays.copyOf(out, n));
    }

    public boolean isEmpty() {
        return bounds.length == 0;
    }

    public long min() {
        requireNonEmpty();
        return bounds[0];
    }

    public long max() {
        requireNonEmpty();
        return bounds[bounds.length - 1];
    }

    public boolean isFixed() {
        return bounds.length == 2 && bounds[0] == bounds[1];
    }

    /** True when the domain is one contiguous range. */
    public boolean isRange() {
        return bounds.length == 2;
    }

    public int intervalCount() {
        return bounds.length / 2;
    }

    public long intervalMin(int i) {
        return bounds[2 * i];
    }

    public long intervalMax(int i) {
        return bounds[2 * i + 1];
    }

    public boolean contains(long value) {
        int lo = 0;
        int hi = intervalCount() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (value < bounds[2 * mid]) {
                hi = mid - 1;
            } else if (value > bounds[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** The number of values, saturated at {@link Long#MAX_VALUE}. */
    public long size() {
        long total = 0;
        for (int i = 0; i < intervalCount(); i++) {
            long width = intervalMax(i) - intervalMin(i) + 1;
            if (width <= 0 || total + width < 0) {
                return Long.MAX_VALUE;
            }
            total += width;
        }
        return total;
    }

    /** All values in increasing order; meant for small domains (enumeration, tables). */
    public LongStream values() {
        LongStream s = LongStream.empty();
        for (int i = 0; i < intervalCount(); i++) {
            s = LongStream.concat(s, LongStream.rangeClosed(intervalMin(i), intervalMax(i)));
        }
        return s;
    }

    /** The interval bounds as a flat array lo0, hi0, lo1, hi1, ... (a copy). */
    public long[] flatIntervals() {
        return bounds.clone();
    }

    private void requireNonEmpty() {
        if (bounds.length == 0) {
            throw new IllegalStateException("empty domain");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Domain d && Arrays.equals(bounds, d.bounds);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bounds);
    }

    @Override
    public String toString() {
        if (isEmpty()) {
            return "{}";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < intervalCount(); i++) {
            if (i > 0) {
                sb.append(" ∪ ");
            }
            sb.append(intervalMin(i) == intervalMax(i) ? "{" + intervalMin(i) + "}" : "[" + intervalMin(i) + ".." + intervalMax(i) + "]");
        }
        return sb.toString();
    }
}
