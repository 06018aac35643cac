package dev.gantry.instances.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.modeling.api.InputFormatException;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * One JSON object read from a file together with the line of its opening brace and of each field, with typed
 * getters that report a wrong type as {@code file:line: path.field: expected …, found …}. Absent and {@code null} fields
 * read as {@code null}; unknown fields are simply never asked for.
 */
public final class JsonRecord {
    private final String source;
    private final String path;
    private final int line;
    private final ObjectNode node;
    private final Map<String, Integer> fieldLines;

    private JsonRecord(String source, String path, int line, ObjectNode node, Map<String, Integer> fieldLines) {
        this.source = source;
        this.path = path;
        this.line = line;
        this.node = node;
        this.fieldLines = fieldLines;
    }

    /** Lets a reader stream a field itself (a long array, say) instead of keeping it in the record. */
    @FunctionalInterface
    public interface FieldReader {
        /** Reads the value of {@code name} (the parser is on its first token) and returns true, or returns false. */
        boolean read(String name, JsonParser parser) throws IOException;
    }

    /** Reads the object at the parser's current {@code START_OBJECT}; {@code path} names it in messages. */
    public static JsonRecord read(JsonParser parser, String source, String path) throws IOException {
        return read(parser, source, path, (name, p) -> false);
    }

    /** As {@link #read(JsonParser, String, String)}, giving each field to {@code custom} first. */
    public static JsonRecord read(JsonParser parser, String source, String path, FieldReader custom)
            throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw new InputFormatException(source, JsonInput.line(parser), path.isEmpty() ? "json" : path,
                    "expected an object, found " + JsonInput.describeToken(parser));
        }
        int start = JsonInput.line(parser);
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        Map<String, Integer> lines = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            int line = JsonInput.line(parser);
            if (lines.containsKey(name)) {
                // Two values for one field leave the plan ambiguous; Jackson alone would keep the last silently.
                throw new InputFormatException(source, line, child(path, name),
                        "duplicate field (first at line " + lines.get(name) + ")");
            }
            lines.put(name, line);
            if (!custom.read(name, parser)) {
                node.set(name, parser.readValueAsTree());
            }
        }
        return new JsonRecord(source, path, start, node, lines);
    }

    /** The line of this object's opening brace. */
    public int line() {
        return line;
    }

    /** Whether the object names the field (with any value, null included). */
    public boolean has(String name) {
        return node.has(name);
    }

    /** The line of a field's value, or of the object when the field is absent. */
    public int lineOf(String name) {
        return fieldLines.getOrDefault(name, line);
    }

    /** {@code entries[3].start}, {@code [7].instance}, or just {@code format} at the top level. */
    public String fieldPath(String name) {
        return child(path, name);
    }

    public InputFormatException error(String name, String problem) {
        return new InputFormatException(source, lineOf(name), fieldPath(name), problem);
    }

    public String text(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw error(name, "expected a string, found " + describe(value));
        }
        return value.textValue();
    }

    public Long integer(String name) {
        JsonNode value = integral(name);
        if (value == null) {
            return null;
        }
        if (!value.canConvertToLong()) {
            throw error(name, "expected an integer in the 64-bit range, found " + describe(value));
        }
        return value.longValue();
    }

    public Integer smallInteger(String name) {
        JsonNode value = integral(name);
        if (value == null) {
            return null;
        }
        if (!value.canConvertToInt()) {
            throw error(name, "expected an integer in the 32-bit range, found " + describe(value));
        }
        return value.intValue();
    }

    public Double number(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            throw error(name, "expected a number, found " + describe(value));
        }
        return value.doubleValue();
    }

    /**
     * A nested object as a record of its own. Its fields' lines are not tracked (it was read as a tree), so they
     * are reported at the line where the nested object's value starts.
     */
    public JsonRecord nested(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            throw error(name, "expected an object, found " + describe(value));
        }
        return new JsonRecord(source, fieldPath(name), lineOf(name), (ObjectNode) value, Map.of());
    }

    /**
     * An array of objects as records ({@code path.name[i]}), empty when absent. Like {@link #nested}, their fields
     * are reported at the line where the array starts.
     */
    public java.util.List<JsonRecord> records(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return java.util.List.of();
        }
        if (!value.isArray()) {
            throw error(name, "expected an array of objects, found " + describe(value));
        }
        java.util.List<JsonRecord> records = new java.util.ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            if (!value.get(i).isObject()) {
                throw error(name, "element " + i + ": expected an object, found " + describe(value.get(i)));
            }
            records.add(new JsonRecord(source, fieldPath(name) + "[" + i + "]", lineOf(name), (ObjectNode) value.get(i), Map.of()));
        }
        return records;
    }

    /** A list of strings ({@code ["a", "b"]}), or {@code null} when absent. */
    public java.util.List<String> texts(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray()) {
            throw error(name, "expected an array of strings, found " + describe(value));
        }
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            if (!value.get(i).isTextual()) {
                throw error(name, "element " + i + ": expected a string, found " + describe(value.get(i)));
            }
            out.add(value.get(i).textValue());
        }
        return out;
    }

    /** The field names of this object, in file order. */
    public java.util.List<String> names() {
        java.util.List<String> out = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    /** A field's value as a tree, for shapes the typed getters do not cover; {@code null} when absent. */
    public JsonNode raw(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value;
    }

    private JsonNode integral(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber()) {
            throw error(name, "expected an integer, found " + describe(value));
        }
        return value;
    }

    /** A value as a message shows it: scalars as JSON text (long strings cut), containers by kind. */
    public static String describe(JsonNode value) {
        if (value.isObject()) {
            return "an object";
        }
        if (value.isArray()) {
            return "an array";
        }
        String text = value.toString();
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    private static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
