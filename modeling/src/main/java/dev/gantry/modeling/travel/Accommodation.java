package dev.gantry.modeling.travel;

/**
 * A stay of the sandbox. The database has records with empty fields (spec T3); those fields are null here and
 * {@link #complete()} is false. The upstream evaluator drops such records, and the model never offers them.
 *
 * @param price            dollars per night per unit, or null
 * @param houseRules       e.g. {@code No visitors & No smoking}, or null when empty
 * @param minimumNights    or null
 * @param maximumOccupancy people per unit
 * @param reviewRate       1–5, or null
 */
public record Accommodation(String name, Integer price, RoomKind roomKind, String houseRules, Integer minimumNights,
                            int maximumOccupancy, Double reviewRate, String city) {

    /** Whether every field is filled. */
    public boolean complete() {
        return !name.isEmpty() && price != null && houseRules != null && minimumNights != null && reviewRate != null;
    }

    public boolean forbids(HouseRule rule) {
        return rule.forbiddenBy(houseRules);
    }

    /** Units needed for {@code people}: ⌈people / maximum occupancy⌉. */
    public int units(int people) {
        return (people + maximumOccupancy - 1) / maximumOccupancy;
    }

    /** The cost of one night for {@code people}: price × units; 0 when the price is unknown. */
    public int nightCost(int people) {
        return price == null ? 0 : price * units(people);
    }
}
