package dev.gantry.modeling.travel;

import java.util.Arrays;
import java.util.Optional;

/** A transport a query forbids. */
public enum TransportRestriction {
    NO_FLIGHT("no flight", TransportMode.FLIGHT), NO_SELF_DRIVING("no self-driving", TransportMode.SELF_DRIVING);

    private final String label;
    private final TransportMode forbidden;

    TransportRestriction(String label, TransportMode forbidden) {
        this.label = label;
        this.forbidden = forbidden;
    }

    public String label() {
        return label;
    }

    /** The mode no leg may use. */
    public TransportMode forbidden() {
        return forbidden;
    }

    public static Optional<TransportRestriction> fromLabel(String label) {
        return Arrays.stream(values()).filter(t -> t.label.equals(label)).findFirst();
    }
}
