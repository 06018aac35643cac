package dev.gantry.modeling.binpack;

import java.util.Arrays;

/** A bin-packing solution: the bin (0-based) of every item. Bins are numbered 0..binCount()-1 without gaps. */
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
