package dev.gantry.instances.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.modeling.api.InputFormatException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a streaming JSON reader over a text and turns Jackson's syntax errors into {@link InputFormatException}s
 * (field {@code json}, line from Jackson's location). Streaming, rather than a plain tree, is what lets the
 * readers know the line of every object they report on.
 */
public final class JsonInput {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonInput() {
    }

    /** Reads one JSON value from a parser placed on its first token. */
    @FunctionalInterface
    public interface Body<T> {
        T read(JsonParser parser) throws IOException;
    }

    /**
     * Parses {@code text}, hands the parser to {@code body} on the first token, and checks nothing follows the
     * value {@code body} consumed.
     */
    public static <T> T parse(String source, String text, Body<T> body) {
        try (JsonParser parser = MAPPER.createParser(text)) {
            if (parser.nextToken() == null) {
                throw new InputFormatException(source, 0, "json", "the file is empty; expected a JSON document");
            }
            T result = body.read(parser);
            if (parser.nextToken() != null) {
                throw new InputFormatException(source, line(parser), "json",
                        "unexpected content after the end of the JSON document");
            }
            return result;
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            int line = where == null ? 0 : Math.max(0, where.getLineNr());
            throw new InputFormatException(source, line, "json", "malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            // Reading from a String does no I/O; Jackson only declares it.
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based line of the parser's current token. */
    public static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    /**
     * Reads the array of 32-bit integers at the parser's current token, leaving the parser on its closing bracket.
     * A wrong element is reported at its own line as {@code path[i]}.
     */
    public static List<Integer> intArray(JsonParser parser, String source, String path) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw new InputFormatException(source, line(parser), path,
                    "expected an array of integers, found " + describeToken(parser));
        }
        List<Integer> values = new ArrayList<>();
        for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
            values.add(intElement(parser, source, path + "[" + i + "]"));
        }
        return values;
    }

    private static int intElement(JsonParser parser, String source, String path) throws IOException {
        int line = line(parser);
        if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw new InputFormatException(source, line, path, "expected an integer, found " + describeToken(parser));
        }
        if (parser.getNumberType() != JsonParser.NumberType.INT) {
            throw new InputFormatException(source, line, path,
                    "expected an integer in the 32-bit range, found " + parser.getText());
        }
        return parser.getIntValue();
    }

    /** A short name for the kind of value at the parser's current token, for "expected …, found …" messages. */
    public static String describeToken(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            return "an object";
        }
        if (token == JsonToken.START_ARRAY) {
            return "an array";
        }
        return JsonRecord.describe(parser.readValueAsTree());
    }
}
