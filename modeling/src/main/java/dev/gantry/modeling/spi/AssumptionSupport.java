package dev.gantry.modeling.spi;

/** Whether a backend solves under assumptions natively, by emulation (re-solving with parts disabled), or not at all. */
public enum AssumptionSupport {
    NATIVE, EMULATED, NONE
}
