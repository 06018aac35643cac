package dev.gantry.verify;

import java.util.List;
import java.util.stream.Collectors;

/** Numbers as the verifiers report them. */
public final class Numbers {
    /** 2⁵³: every integer up to here is exact in a double. */
    private static final double EXACT_INTEGERS = 9007199254740992.0;

    private Numbers() {
    }

    /** The objective for a report: a {@link Long} for integral data (printed as {@code 426}), else a {@link Double}. */
    public static Number objective(double value, boolean integral) {
        // Not a conditional expression: that would unbox both branches and promote the Long back to a double.
        if (integral && Math.abs(value) < EXACT_INTEGERS) {
            return Long.valueOf((long) value);
        }
        return Double.valueOf(value);
    }

    /** {@code 426} for an integral value, {@code 10.5} or {@code 481.069368} otherwise, for violation reasons. */
    public static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < EXACT_INTEGERS) {
            return String.valueOf((long) value);
        }
        return String.valueOf(value);
    }

    /** {@code 3, 7, 9}: the first ten values, then how many more, so one reason line stays readable. */
    public static String list(List<Integer> values) {
        String shown = values.stream().limit(10).map(String::valueOf).collect(Collectors.joining(", "));
        return values.size() <= 10 ? shown : shown + " and " + (values.size() - 10) + " more";
    }
}
