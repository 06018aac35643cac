package dev.gantry.modeling.construction;

/** The unit of a dependency's lag (spec scheduling §4.1). */
public enum LagUnit {
    /** Working days of the project calendar (the default). */
    WD,
    /** Calendar days, e.g. concrete curing, which goes on over weekends and holidays. */
    CD;

    /** {@code wd} or {@code cd}, as the import formats write it. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
