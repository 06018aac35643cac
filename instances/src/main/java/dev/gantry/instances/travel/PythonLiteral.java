package dev.gantry.instances.travel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads the Python literals of the dataset's CSV form ({@code ['2022-03-19', …]}, {@code {'house rule': None, …}},
 * lists of dicts of strings) into Jackson trees: dicts, lists, strings in either quote with Python escapes, ints,
 * floats, {@code None}, {@code True}, {@code False}. Anything else is an error naming the character offset.
 */
final class PythonLiteral {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String text;
    private int at;

    private PythonLiteral(String text) {
        this.text = text;
    }

    /** The value of {@code text}; an {@link IllegalArgumentException} says what is wrong and where. */
    static JsonNode parse(String text) {
        PythonLiteral p = new PythonLiteral(text);
        JsonNode value = p.value();
        p.skipSpace();
        if (p.at != text.length()) {
            throw p.error("unexpected text after the value");
        }
        return value;
    }

    private JsonNode value() {
        skipSpace();
        if (at >= text.length()) {
            throw error("the text ends where a value should start");
        }
        char c = text.charAt(at);
        if (c == '{') {
            return dict();
        }
        if (c == '[' || c == '(') {
            return list(c == '[' ? ']' : ')');
        }
        if (c == '\'' || c == '"') {
            return NODES.textNode(string(c));
        }
        if (text.startsWith("None", at)) {
            at += 4;
            return NODES.nullNode();
        }
        if (text.startsWith("True", at)) {
            at += 4;
            return NODES.booleanNode(true);
        }
        if (text.startsWith("False", at)) {
            at += 5;
            return NODES.booleanNode(false);
        }
        return number();
    }

    private ObjectNode dict() {
        ObjectNode node = NODES.objectNode();
        at++;
        skipSpace();
        while (peek() != '}') {
            skipSpace();
            char q = peek();
            if (q != '\'' && q != '"') {
                throw error("expected a string key");
            }
            String key = string(q);
            skipSpace();
            expect(':');
            node.set(key, value());
            skipSpace();
            if (peek() == ',') {
                at++;
                skipSpace();
            } else if (peek() != '}') {
                throw error("expected ',' or '}'");
            }
        }
        at++;
        return node;
    }

    private ArrayNode list(char close) {
        ArrayNode node = NODES.arrayNode();
        at++;
        skipSpace();
        while (peek() != close) {
            node.add(value());
            skipSpace();
            if (peek() == ',') {
                at++;
                skipSpace();
            } else if (peek() != close) {
                throw error("expected ',' or '" + close + "'");
            }
        }
        at++;
        return node;
    }

    private String string(char quote) {
        StringBuilder sb = new StringBuilder();
        at++;
        while (true) {
            if (at >= text.length()) {
                throw error("a string is not closed");
            }
            char c = text.charAt(at++);
            if (c == quote) {
                return sb.toString();
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (at >= text.length()) {
                throw error("a string is not closed");
            }
            char e = text.charAt(at++);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case '\\', '\'', '"' -> sb.append(e);
                case 'x' -> sb.appendCodePoint(hex(2));
                case 'u' -> sb.appendCodePoint(hex(4));
                case 'U' -> sb.appendCodePoint(hex(8));
                default -> sb.append('\\').append(e);
            }
        }
    }

    private int hex(int digits) {
        if (at + digits > text.length()) {
            throw error("a \\x, \\u or \\U escape is cut short");
        }
        try {
            int cp = Integer.parseInt(text.substring(at, at + digits), 16);
            at += digits;
            return cp;
        } catch (NumberFormatException e) {
            throw error("bad hexadecimal escape");
        }
    }

    private JsonNode number() {
        int start = at;
        while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        String token = text.substring(start, at);
        if (token.isEmpty()) {
            throw error("unexpected character '" + text.charAt(start) + "'");
        }
        try {
            if (token.matches("[+-]?\\d+")) {
                return NODES.numberNode(Long.parseLong(token));
            }
            return NODES.numberNode(Double.parseDouble(token));
        } catch (NumberFormatException e) {
            at = start;
            throw error("bad number '" + token + "'");
        }
    }

    private char peek() {
        if (at >= text.length()) {
            throw error("the text ends inside a list or dict");
        }
        return text.charAt(at);
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        at++;
    }

    private void skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private IllegalArgumentException error(String problem) {
        return new IllegalArgumentException("Python literal, at character " + at + ": " + problem);
    }
}
