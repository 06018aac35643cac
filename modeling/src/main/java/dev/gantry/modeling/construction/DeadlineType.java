package dev.gantry.modeling.construction;

/** Whether a deadline must hold or only costs weighted tardiness (spec scheduling §4.1). */
public enum DeadlineType {
    HARD,
    SOFT;

    /** {@code hard} or {@code soft}, as the import formats write it. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
