package dev.gantry.modeling.quantum;

import java.util.Optional;

/** Durations of swap and distillation, the classical-message lag λ, and the memory model if one is assumed. */
public record Hardware(int swapSlots, int distillSlots, int classicalLagSlots, MemoryModel memoryModel) {
    /** The [LS] hardware: 1-slot swaps and distillations, no lag, no decay. */
    public static final Hardware LINK_SCHEDULING = new Hardware(1, 1, 0, null);

    public Optional<MemoryModel> memory() {
        return Optional.ofNullable(memoryModel);
    }

    public int slots(OpType type) {
        return switch (type) {
            case SWAP -> swapSlots;
            case DISTILL -> distillSlots;
            case LINK_GEN -> throw new IllegalArgumentException("a LINK_GEN lasts as its capability says");
        };
    }
}
