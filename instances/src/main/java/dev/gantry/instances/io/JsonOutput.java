package dev.gantry.instances.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Small pieces for the hand-laid-out JSON that plan writers produce: one header field per line so a person can read
 * and diff a plan, values rendered by Jackson so strings are escaped correctly.
 */
public final class JsonOutput {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** 2⁵³: every integer up to here is exact in a double, so it can be printed without a fraction. */
    private static final double EXACT_INTEGERS = 9007199254740992.0;

    private JsonOutput() {
    }

    /** {@code "name": value} with the value as JSON; a double with an integral value prints as an integer. */
    public static String field(String name, Object value) {
        return text(name) + ": " + value(value);
    }

    /** {@code "name": json} with {@code json} already rendered (an array laid out by the caller, say). */
    public static String rawField(String name, String json) {
        return text(name) + ": " + json;
    }

    /** A value as JSON text. */
    public static String value(Object value) {
        if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < EXACT_INTEGERS) {
            // 426 rather than 426.0: TSPLIB lengths and integer profits read back as integers.
            return String.valueOf(d.longValue());
        }
        return text(value);
    }

    /** {@code [3,0,2]}. */
    public static String intList(List<Integer> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
    }

    /** An object from lines made by {@link #field}, one per line, indented by two spaces. */
    public static String object(List<String> fields) {
        return "{\n  " + String.join(",\n  ", fields) + "\n}\n";
    }

    private static String text(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            // Strings, numbers and lists of them always serialize.
            throw new IllegalStateException(e);
        }
    }
}
