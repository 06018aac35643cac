package dev.gantry.verify.travel;

/** What a cost item pays for (spec V1). */
public enum CostKind {
    TRANSPORT, MEAL, ACCOMMODATION
}
