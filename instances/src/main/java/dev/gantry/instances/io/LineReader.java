package dev.gantry.instances.io;

import dev.gantry.modeling.api.InputFormatException;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a whitespace-separated text file line by line, skipping blank lines and comment lines (first non-blank
 * character {@code #}), and hands out each remaining line's tokens with its 1-based line number so that every
 * parser reports errors as {@code file:line: field: problem}.
 */
public final class LineReader {
    /**
     * A plain decimal number: optional sign, digits with an optional fraction, optional exponent ({@code 42},
     * {@code -0.5}, {@code 4.00320e+03}). {@link Double#parseDouble} alone would also take {@code NaN},
     * {@code Infinity}, hexadecimal floats and a trailing {@code d} or {@code f}, none of which a data file means.
     */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private final String source;
    private final List<String> lines;
    private int next;

    /** @param source the file name as the caller gave it, used in error messages */
    public LineReader(String source, String text) {
        this.source = source;
        this.lines = text.lines().toList();
    }

    /** Whether {@code token} is a plain decimal number as data files write them (see {@link #DECIMAL}). */
    static boolean isDecimal(String token) {
        return DECIMAL.matcher(token).matches();
    }

    /** The number of the file's last physical line (0 for an empty file): where "missing data" is reported. */
    public int lastLineNumber() {
        return lines.size();
    }

    /**
     * How many physical lines follow the last one handed out: an upper bound on the data lines still to come, which
     * lets a parser reject a count that the file cannot hold before allocating arrays for it.
     */
    public int remainingLines() {
        return lines.size() - next;
    }

    /** The next line holding data, or empty at the end of the file. */
    public Optional<Line> nextLine() {
        while (next < lines.size()) {
            String text = lines.get(next++).strip();
            if (!text.isEmpty() && !text.startsWith("#")) {
                return Optional.of(new Line(source, next, List.of(text.split("\\s+"))));
            }
        }
        return Optional.empty();
    }

    /** One data line: its 1-based number and its tokens. */
    public record Line(String source, int number, List<String> tokens) {
        public Line {
            tokens = List.copyOf(tokens);
        }

        public int size() {
            return tokens.size();
        }

        /**
         * The token at {@code index} as a non-negative integer. Signs, decimals and values beyond {@code long} all
         * get the same message, since each is simply not what the format allows.
         */
        public long nonNegativeLong(int index, String field) {
            String token = tokens.get(index);
            if (!token.isEmpty() && token.chars().allMatch(c -> c >= '0' && c <= '9')) {
                try {
                    return Long.parseLong(token);
                } catch (NumberFormatException tooLarge) {
                    // falls through to the common message
                }
            }
            throw error(field, "expected a non-negative integer, found '" + token + "'");
        }

        /** The token at {@code index} as a finite decimal number (integer, decimal or scientific notation). */
        public double number(int index, String field) {
            String token = tokens.get(index);
            if (!isDecimal(token)) {
                throw error(field, "expected a number, found '" + token + "'");
            }
            double value = Double.parseDouble(token);
            if (!Double.isFinite(value)) {
                throw error(field, "the number '" + token + "' is out of range");
            }
            return value;
        }

        /** As {@link #number(int, String)}, and not negative. */
        public double nonNegativeNumber(int index, String field) {
            double value = number(index, field);
            if (value < 0) {
                throw error(field, "expected a number >= 0, found '" + tokens.get(index) + "'");
            }
            // "-0" is allowed and read as 0, so no negative zero leaks into sums and printouts.
            return value + 0.0;
        }

        /** The line's tokens joined by single spaces (runs of whitespace collapsed). */
        public String text() {
            return String.join(" ", tokens);
        }

        public InputFormatException error(String field, String problem) {
            return new InputFormatException(source, number, field, problem);
        }
    }
}
