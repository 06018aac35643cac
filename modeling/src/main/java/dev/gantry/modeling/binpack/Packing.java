package dev.gantry.modeling.binpack;

import java.util.Arrays;

/** A bin-packing solution: the bin (0-based, below the item count) of every item; see {@link #renumbered()}. */
public record Packing(int[] binOfItem) {
    public Packing {
        binOfItem = binOfItem.clone();
    }

    @Override
    public int[] binOfItem() {
        return binOfItem.clone();
    }

    public int bin(int item) {
        return binOfItem[item];
    }

    /** The same packing with bins numbered 0, 1, … in order of their first item, so no index is skipped. */
    public Packing renumbered() {
        int[] renumber = new int[binOfItem.length];
        java.util.Arrays.fill(renumber, -1);
        int next = 0;
        int[] bins = new int[binOfItem.length];
        for (int i = 0; i < binOfItem.length; i++) {
            int b = binOfItem[i];
            if (renumber[b] < 0) {
                renumber[b] = next++;
            }
            bins[i] = renumber[b];
        }
        return new Packing(bins);
    }

    /** One more than the highest bin index used. */
    public int binCount() {
        int max = -1;
        for (int b : binOfItem) {
            max = Math.max(max, b);
        }
        return max + 1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Packing p && Arrays.equals(binOfItem, p.binOfItem);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(binOfItem);
    }

    @Override
    public String toString() {
        return "Packing" + Arrays.toString(binOfItem);
    }
}
