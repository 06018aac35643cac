package dev.gantry.modeling.binpack;

import java.util.Arrays;

/**
 * A one-dimensional bin-packing instance: pack every item into as few bins of the given capacity as possible.
 * Sizes may be fractional (the Neural SA distribution: sizes U(0,1), capacity 1).
 */
public record BinPacking(String name, double capacity, double[] sizes) {
    public BinPacking {
        if (!(capacity > 0) || Double.isInfinite(capacity)) {
            throw new IllegalArgumentException("bin packing " + name + ": capacity must be a finite number > 0, got " + capacity);
        }
        for (int i = 0; i < sizes.length; i++) {
            if (!(sizes[i] > 0) || sizes[i] > capacity) {
                throw new IllegalArgumentException("bin packing " + name + ": item " + i + " has size " + sizes[i]
                        + ", outside (0, capacity " + capacity + "]");
            }
        }
        sizes = sizes.clone();
    }

    public int size() {
        return sizes.length;
    }

    public double itemSize(int item) {
        return sizes[item];
    }

    public double totalSize() {
        double sum = 0;
        for (double s : sizes) {
            sum += s;
        }
        return sum;
    }

    /** L1 = ⌈Σ sizes / capacity⌉, the continuous lower bound on the number of bins. */
    public int lowerBoundL1() {
        return (int) Math.ceil(totalSize() / capacity - 1e-9);
    }

    @Override
    public double[] sizes() {
        return sizes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BinPacking b && name.equals(b.name) && capacity == b.capacity && Arrays.equals(sizes, b.sizes);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(sizes);
    }

    @Override
    public String toString() {
        return "BinPacking[" + name + ", " + sizes.length + " items, capacity " + capacity + "]";
    }
}
