package dev.gantry.instances.binpack;

import dev.gantry.modeling.binpack.BinPacking;
import dev.gantry.modeling.binpack.Packing;

import java.util.ArrayList;
import java.util.List;

/**
 * A bin-packing plan in Gantry's packing JSON, as read:
 * {@code {"problem":"binpack","instance":…,"bins":[[items of bin 0],[items of bin 1],…],"binCount":…}}. The bins are
 * kept exactly as written (items 0-based, possibly out of range, repeated, missing, or bins empty), since judging
 * them is the verifier's job.
 *
 * @param instance the instance name, or null
 * @param bins     per bin, its items' indices
 * @param binCount the bin count the plan claims, or null
 * @param origin   where the document came from (the plan file as the caller named it), for messages; never written
 */
public record PackingDocument(String instance, List<List<Integer>> bins, Integer binCount, String origin) {
    public static final String PROBLEM = "binpack";

    public PackingDocument {
        bins = bins.stream().map(List::copyOf).toList();
    }

    /**
     * The plan for {@code packing} on {@code binPacking}: bin {@code b} lists, ascending, the items whose bin is
     * {@code b}, and the claimed count is {@link Packing#binCount()}. A bin number no item uses becomes an empty bin
     * and an item with a negative bin appears in no bin, so the verifier sees both.
     */
    public static PackingDocument of(BinPacking binPacking, Packing packing) {
        List<List<Integer>> bins = new ArrayList<>();
        for (int b = 0; b < packing.binCount(); b++) {
            bins.add(new ArrayList<>());
        }
        for (int item = 0; item < packing.binOfItem().length; item++) {
            int bin = packing.bin(item);
            if (bin >= 0) {
                bins.get(bin).add(item);
            }
        }
        return new PackingDocument(binPacking.name(), bins, packing.binCount(), "plan for " + binPacking.name());
    }
}
