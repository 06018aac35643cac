package dev.gantry.modeling.construction;

/** One finding of {@link ProjectValidation}: {@code error: activity A12 needs 3 of crew elec, which has 2}. */
public record Issue(Severity severity, String message) {
    @Override
    public String toString() {
        return severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
    }
}
