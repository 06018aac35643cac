package dev.gantry.modeling.api;

public enum Sense {
    MINIMIZE, MAXIMIZE;

    /** Whether {@code candidate} is strictly better than {@code incumbent}. */
    public boolean better(long candidate, long incumbent) {
        return this == MINIMIZE ? candidate < incumbent : candidate > incumbent;
    }
}
