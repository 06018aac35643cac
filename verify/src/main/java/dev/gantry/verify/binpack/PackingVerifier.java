package dev.gantry.verify.binpack;

import dev.gantry.instances.binpack.PackingDocument;
import dev.gantry.modeling.binpack.BinPacking;
import dev.gantry.modeling.binpack.Packing;
import dev.gantry.verify.Numbers;
import dev.gantry.verify.Tolerance;
import dev.gantry.verify.VerificationReport;
import dev.gantry.verify.Violation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Checks a bin packing against its instance, recomputing every load itself. The checks:
 * <ul>
 * <li>B1: every listed index is an item of the instance (0..n−1);</li>
 * <li>B2: no item is packed twice (in two bins, or twice in one);</li>
 * <li>B3: every item is packed;</li>
 * <li>B4: no bin is empty;</li>
 * <li>B5: every bin's load fits the capacity (exactly for integral sizes, within {@link Tolerance#CAPACITY}
 * otherwise); the load sums the bin's in-range entries as listed;</li>
 * <li>B6: a claimed bin count equals the number of bins listed.</li>
 * </ul>
 * The reported objective is the number of bins listed.
 */
public final class PackingVerifier {
    private PackingVerifier() {
    }

    /** Verifies a packing held in memory; see {@link PackingDocument#of} for how gaps and negative bins show up. */
    public static VerificationReport verify(BinPacking binPacking, Packing packing) {
        return verify(binPacking, PackingDocument.of(binPacking, packing));
    }

    public static VerificationReport verify(BinPacking binPacking, PackingDocument plan) {
        int n = binPacking.size();
        double capacity = binPacking.capacity();
        boolean integral = capacity == Math.rint(capacity)
                && Arrays.stream(binPacking.sizes()).allMatch(s -> s == Math.rint(s));
        List<Violation> violations = new ArrayList<>();
        List<List<String>> places = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            places.add(new ArrayList<>(1));
        }
        List<List<Integer>> bins = plan.bins();
        for (int b = 0; b < bins.size(); b++) {
            List<Integer> bin = bins.get(b);
            if (bin.isEmpty()) {
                violations.add(new Violation("B4", List.of("bin " + b), "bin " + b + " is empty"));
            }
            double load = 0;
            for (int k = 0; k < bin.size(); k++) {
                int item = bin.get(k);
                String at = "bins[" + b + "][" + k + "]";
                if (item < 0 || item >= n) {
                    violations.add(new Violation("B1", List.of(at), at + " = " + item + " is not an item of "
                            + binPacking.name() + " (" + (n == 0 ? "it has no items" : "0.." + (n - 1)) + ")"));
                } else {
                    places.get(item).add(at);
                    load += binPacking.itemSize(item);
                }
            }
            if (!Tolerance.fits(load, capacity, integral)) {
                violations.add(new Violation("B5", List.of("bin " + b), "bin " + b + " holds " + Numbers.format(load)
                        + ", over the capacity " + Numbers.format(capacity) + " (items " + Numbers.list(bin) + ")"));
            }
        }
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> at = places.get(i);
            if (at.size() > 1) {
                violations.add(new Violation("B2", List.of("item " + i), "item " + i + " is packed " + at.size()
                        + " times (" + String.join(", ", at) + ")"));
            } else if (at.isEmpty()) {
                missing.add(i);
            }
        }
        if (!missing.isEmpty()) {
            violations.add(new Violation("B3", missing.stream().map(i -> "item " + i).toList(),
                    missing.size() + (missing.size() == 1 ? " item is" : " items are") + " in no bin: "
                            + Numbers.list(missing)));
        }
        if (plan.binCount() != null && plan.binCount() != bins.size()) {
            violations.add(new Violation("B6", List.of(), "stated bin count " + plan.binCount() + " differs from the "
                    + bins.size() + " bins listed"));
        }
        return VerificationReport.of((long) bins.size(), violations);
    }
}
