package dev.gantry.modeling.travel;

/** How a leg is travelled. Ground modes are priced per vehicle: a car seats 5, a taxi 4 (spec V1). */
public enum TransportMode {
    FLIGHT("Flight", 0), SELF_DRIVING("Self-driving", 5), TAXI("Taxi", 4);

    private final String label;
    private final int seats;

    TransportMode(String label, int seats) {
        this.label = label;
        this.seats = seats;
    }

    /** The word a plan's transport text starts with. */
    public String label() {
        return label;
    }

    /** Vehicles needed for {@code people}: ⌈people / seats⌉ for ground modes; a flight is priced per person. */
    public int vehicles(int people) {
        if (this == FLIGHT) {
            throw new IllegalStateException("flights are priced per person");
        }
        return (people + seats - 1) / seats;
    }
}
