package dev.gantry.instances.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.modeling.api.InputFormatException;

import java.io.IOException;
import java.io.UncheckedIOException;

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
