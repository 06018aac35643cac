package dev.gantry.modeling.travel;

/**
 * A usable road route of one ground mode (spec T3).
 *
 * @param mode            {@link TransportMode#SELF_DRIVING} or {@link TransportMode#TAXI}
 * @param duration        as written, e.g. {@code 16 hours 33 mins}
 * @param distance        as written, e.g. {@code 1,863 km}
 * @param km              the distance in kilometres
 * @param costPerVehicle  ⌊km/20⌋ per car, ⌊km⌋ per taxi
 */
public record GroundRoute(TransportMode mode, String from, String to, String duration, String distance, double km,
                          int costPerVehicle) {
    public GroundRoute {
        if (mode == TransportMode.FLIGHT) {
            throw new IllegalArgumentException("a ground route is driven or taken by taxi");
        }
    }

    /** The cost per vehicle the data implies for {@code mode} and {@code km}. */
    public static int costPerVehicle(TransportMode mode, double km) {
        return mode == TransportMode.SELF_DRIVING ? (int) Math.floor(km / 20) : (int) Math.floor(km);
    }

    /** Kilometres of a distance text such as {@code 1,863 km} or {@code 12.5 km}. */
    public static double kilometres(String distance) {
        String number = distance.trim().replace(",", "");
        if (!number.endsWith("km")) {
            throw new IllegalArgumentException("a distance ends with km: '" + distance + "'");
        }
        return Double.parseDouble(number.substring(0, number.length() - 2).trim());
    }
}
