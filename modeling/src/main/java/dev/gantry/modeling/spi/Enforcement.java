package dev.gantry.modeling.spi;

/** How a constraint is conditioned: not at all, by an implication, or by a reification. */
public enum Enforcement {
    NONE, IMPLIED, REIFIED
}
