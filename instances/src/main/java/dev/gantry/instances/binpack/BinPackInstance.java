package dev.gantry.instances.binpack;

import dev.gantry.modeling.binpack.BinPacking;

/**
 * One problem of an OR-Library bin-packing file.
 *
 * @param binPacking the instance, named by the file's identifier ({@code u120_00})
 * @param bestKnown  the bin count the file gives as best known (not always optimal: see {@link BinPackSummary})
 */
public record BinPackInstance(BinPacking binPacking, int bestKnown) {
    public String name() {
        return binPacking.name();
    }
}
