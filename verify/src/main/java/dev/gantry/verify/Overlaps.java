package dev.gantry.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.ToLongFunction;

/** Every overlapping pair among half-open intervals on one resource, by a sweep in start order. */
public final class Overlaps {
    private Overlaps() {
    }

    /**
     * Calls {@code onOverlap(earlier, later)} for every pair that overlaps, not only neighbours.
     *
     * @param byStart items of positive length sorted by start (then any tie-break the caller wants reported first)
     */
    public static <T> void sweep(List<T> byStart, ToLongFunction<T> start, ToLongFunction<T> end, BiConsumer<T, T> onOverlap) {
        List<T> active = new ArrayList<>();
        for (T next : byStart) {
            active.removeIf(a -> end.applyAsLong(a) <= start.applyAsLong(next));
            for (T a : active) {
                onOverlap.accept(a, next);
            }
            active.add(next);
        }
    }
}
