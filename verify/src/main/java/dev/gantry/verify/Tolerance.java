package dev.gantry.verify;

/**
 * How closely the verifiers compare numbers that floating point may have rounded. Integral data is compared exactly:
 * sums of integers below 2⁵³ are exact in a double, so any difference there is a real one.
 */
public final class Tolerance {
    /**
     * Relative slack on a capacity: summing fractional sizes in another order can land a few ulps above a bin or
     * knapsack that holds them exactly (0.1 + 0.2 + 0.7 = 1.0000000000000002); 1e-9 is a thousand times that noise
     * at any realistic item count, and far below any real overload.
     */
    public static final double CAPACITY = 1e-9;
    /**
     * Relative slack on a claimed objective over fractional data: a claim printed with at least seven significant
     * digits matches (plans from other tools are often printed that way), anything further off is a different
     * number.
     */
    public static final double CLAIM = 1e-6;

    private Tolerance() {
    }

    /** Whether {@code load} fits {@code capacity}: exactly for integral data, within {@link #CAPACITY} otherwise. */
    public static boolean fits(double load, double capacity, boolean integral) {
        return integral ? load <= capacity : load <= capacity + CAPACITY * Math.max(1, Math.abs(capacity));
    }

    /** Whether a claimed value matches the recomputed one: exactly for integral data, within {@link #CLAIM} otherwise. */
    public static boolean claimMatches(double claimed, double actual, boolean integral) {
        return integral ? claimed == actual : Math.abs(claimed - actual) <= CLAIM * Math.max(1, Math.abs(actual));
    }
}
