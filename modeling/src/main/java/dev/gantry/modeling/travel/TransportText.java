package dev.gantry.modeling.travel;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day's transport as written (spec T4), parsed: the mode, the leg, and the stated figures (never trusted: the
 * verifier prices a leg from the sandbox and only warns when a stated figure differs).
 *
 * @param flightNumber for a flight; empty otherwise
 * @param departure    stated {@code HH:MM}, flights only
 * @param arrival      stated {@code HH:MM}, flights only
 * @param duration     stated, ground modes only (may be absent)
 * @param distance     stated, ground modes only
 * @param cost         stated, ground modes only
 */
public record TransportText(TransportMode mode, CityName from, CityName to, Optional<String> flightNumber,
                            Optional<String> departure, Optional<String> arrival, Optional<String> duration,
                            Optional<String> distance, Optional<String> cost) {
    private static final Pattern FLIGHT = Pattern.compile(
            "^Flight Number:\\s*([^,\\s]+)\\s*,\\s*from\\s+(.+?)\\s+to\\s+(.+?)\\s*,\\s*Departure Time:\\s*(\\d{1,2}:\\d{2})\\s*,"
                    + "\\s*Arrival Time:\\s*(\\d{1,2}:\\d{2})\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern GROUND = Pattern.compile("^(Self-driving|Taxi)\\s*,\\s*from\\s+(.+?)\\s+to\\s+([^,]+?)\\s*"
            + "(?:,\\s*duration:\\s*([^,]*?)\\s*)?(?:,\\s*distance:\\s*(.+?)\\s*)?(?:,\\s*cost:\\s*([^,]*?)\\s*)?$", Pattern.CASE_INSENSITIVE);

    /** The transport in {@code text}, or empty when it follows neither form. */
    public static Optional<TransportText> parse(String text) {
        String t = text.strip();
        Matcher f = FLIGHT.matcher(t);
        if (f.matches()) {
            return Optional.of(new TransportText(TransportMode.FLIGHT, CityName.parse(f.group(2)), CityName.parse(f.group(3)),
                    Optional.of(f.group(1)), Optional.of(f.group(4)), Optional.of(f.group(5)), Optional.empty(), Optional.empty(),
                    Optional.empty()));
        }
        Matcher g = GROUND.matcher(t);
        if (g.matches()) {
            TransportMode mode = g.group(1).toLowerCase(Locale.ROOT).equals("taxi") ? TransportMode.TAXI : TransportMode.SELF_DRIVING;
            return Optional.of(new TransportText(mode, CityName.parse(g.group(2)), CityName.parse(g.group(3)), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.ofNullable(g.group(4)), Optional.ofNullable(g.group(5)),
                    Optional.ofNullable(g.group(6))));
        }
        return Optional.empty();
    }

    /** {@code Flight Number: F3573659, from A to B, Departure Time: 15:40, Arrival Time: 17:04}. */
    public static String of(Flight f) {
        return "Flight Number: " + f.number() + ", from " + f.origin() + " to " + f.destination() + ", Departure Time: "
                + f.departure() + ", Arrival Time: " + f.arrival();
    }

    /** {@code Self-driving, from A to B, duration: …, distance: …, cost: …} with the sandbox's figures. */
    public static String of(GroundRoute r) {
        return r.mode().label() + ", from " + r.from() + " to " + r.to() + ", duration: " + r.duration() + ", distance: "
                + r.distance() + ", cost: " + r.costPerVehicle();
    }
}
