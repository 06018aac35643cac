package dev.gantry.modeling.quantum;

/** The three operations of a repeater protocol. */
public enum OpType {
    LINK_GEN,
    SWAP,
    DISTILL
}
