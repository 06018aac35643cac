package dev.gantry.instances.travel;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.instances.io.JsonInput;
import dev.gantry.instances.io.JsonRecord;
import dev.gantry.instances.io.SourceFiles;
import dev.gantry.modeling.api.InputFormatException;
import dev.gantry.modeling.travel.Cuisine;
import dev.gantry.modeling.travel.HouseRule;
import dev.gantry.modeling.travel.Level;
import dev.gantry.modeling.travel.RoomType;
import dev.gantry.modeling.travel.TransportRestriction;
import dev.gantry.modeling.travel.TravelQuery;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * Reads a structured query (spec T1) from {@code query.json}, and from the fields of a dataset CSV row. Older spellings
 * ({@code visiting city number}, {@code people number}, the four local keys at top level, level {@code middle}) and
 * Python-literal strings for {@code date} and {@code local_constraint} are accepted and normalised, each with a
 * diagnostic. Errors name file, line and field.
 */
public final class TravelQueryReader {
    private static final Map<String, String> OLD_NAMES = Map.of("visiting city number", "visiting_city_number",
            "people number", "people_number");
    private static final List<String> LOCAL_KEYS = List.of("house rule", "cuisine", "room type", "transportation");

    private TravelQueryReader() {
    }

    public static TravelQuery read(Path file) throws IOException {
        return read(file, new ArrayList<>());
    }

    /** Reads {@code file}, adding a line to {@code diagnostics} for every normalised spelling. */
    public static TravelQuery read(Path file, List<String> diagnostics) throws IOException {
        return parse(file.toString(), SourceFiles.readUtf8(file), diagnostics);
    }

    public static TravelQuery parse(String source, String text, List<String> diagnostics) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        JsonRecord record = JsonInput.parse(source, text, parser -> JsonRecord.read(parser, source, "", (name, p) -> {
            fields.put(name, p.readValueAsTree());
            return true;
        }));
        return fromFields(source, fields, record::lineOf, diagnostics);
    }

    /** A query from named values (JSON values, or CSV cells as text nodes); {@code lineOf} gives each field's line. */
    static TravelQuery fromFields(String source, Map<String, JsonNode> raw, ToIntFunction<String> lineOf, List<String> diagnostics) {
        Fields f = new Fields(source, lineOf, diagnostics);
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : raw.entrySet()) {
            String name = OLD_NAMES.getOrDefault(e.getKey(), e.getKey());
            if (!name.equals(e.getKey())) {
                f.note(e.getKey(), "read as '" + name + "'");
                f.alias(name, e.getKey());
            }
            fields.put(name, e.getValue());
        }
        String org = f.text(fields, "org");
        String dest = f.text(fields, "dest");
        int days = f.integer(fields, "days");
        int cities = f.integer(fields, "visiting_city_number");
        int people = f.integer(fields, "people_number");
        int budget = f.integer(fields, "budget");
        if (days < 1) {
            throw f.error("days", "expected a positive number of days, found " + days);
        }
        if (cities < 1 || cities >= days) {
            throw f.error("visiting_city_number", "expected 1.." + (days - 1) + " cities for " + days + " days, found " + cities);
        }
        if (people < 1) {
            throw f.error("people_number", "expected at least 1 person, found " + people);
        }
        if (budget < 0) {
            throw f.error("budget", "expected a budget >= 0, found " + budget);
        }
        List<LocalDate> dates = dates(f, fields, days);
        JsonNode local = local(f, fields);
        Optional<HouseRule> rule = f.label(local, "house rule", HouseRule::fromLabel, HouseRule.values(), HouseRule::label);
        Optional<RoomType> room = f.label(local, "room type", RoomType::fromLabel, RoomType.values(), RoomType::label);
        Optional<TransportRestriction> transport = f.label(local, "transportation", TransportRestriction::fromLabel,
                TransportRestriction.values(), TransportRestriction::label);
        List<Cuisine> cuisines = cuisines(f, local);
        String text = fields.get("query") == null || fields.get("query").isNull() ? "" : f.text(fields, "query");
        Level level = level(f, fields);
        return new TravelQuery(org, dest, days, cities, dates, people, rule, cuisines, room, transport, budget, text, level);
    }

    private static List<LocalDate> dates(Fields f, Map<String, JsonNode> fields, int days) {
        JsonNode node = f.literal(fields.get("date"), "date");
        if (node == null || !node.isArray()) {
            throw f.error("date", "expected a list of " + days + " dates YYYY-MM-DD");
        }
        if (node.size() != days) {
            throw f.error("date", "expected " + days + " dates (one per day), found " + node.size());
        }
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String field = "date[" + i + "]";
            if (!node.get(i).isTextual()) {
                throw f.error("date", field + ": expected a date YYYY-MM-DD, found " + JsonRecord.describe(node.get(i)));
            }
            LocalDate d;
            try {
                d = LocalDate.parse(node.get(i).textValue().strip());
            } catch (DateTimeParseException e) {
                throw f.error("date", field + ": expected a date YYYY-MM-DD, found '" + node.get(i).textValue() + "'");
            }
            if (i > 0 && !d.equals(dates.get(i - 1).plusDays(1))) {
                throw f.error("date", field + ": " + d + " does not follow " + dates.get(i - 1)
                        + " (the dates must be consecutive days in order)");
            }
            dates.add(d);
        }
        return dates;
    }

    private static JsonNode local(Fields f, Map<String, JsonNode> fields) {
        JsonNode local = f.literal(fields.get("local_constraint"), "local_constraint");
        if (local != null && !local.isNull()) {
            if (!local.isObject()) {
                throw f.error("local_constraint", "expected an object with keys " + String.join(", ", LOCAL_KEYS));
            }
            for (var it = local.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!LOCAL_KEYS.contains(key)) {
                    throw f.error("local_constraint", "unknown key '" + key + "'; expected " + String.join(", ", LOCAL_KEYS));
                }
            }
            return local;
        }
        com.fasterxml.jackson.databind.node.ObjectNode top = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        for (String key : LOCAL_KEYS) {
            if (fields.containsKey(key)) {
                f.note(key, "top-level local constraint moved under 'local_constraint'");
                top.set(key, fields.get(key));
            }
        }
        return top;
    }

    private static List<Cuisine> cuisines(Fields f, JsonNode local) {
        JsonNode node = local.get("cuisine");
        if (node == null || node.isNull()) {
            return List.of();
        }
        List<JsonNode> items = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(items::add);
        } else {
            items.add(node);
        }
        List<Cuisine> cuisines = new ArrayList<>();
        for (JsonNode item : items) {
            String label = item.isTextual() ? item.textValue().strip() : JsonRecord.describe(item);
            Cuisine c = Cuisine.fromLabel(label).orElseThrow(() -> f.error("local_constraint", "cuisine: unknown cuisine '"
                    + label + "'; expected one of " + labels(Cuisine.values(), Cuisine::label)));
            if (!cuisines.contains(c)) {
                cuisines.add(c);
            }
        }
        return cuisines;
    }

    private static Level level(Fields f, Map<String, JsonNode> fields) {
        JsonNode node = fields.get("level");
        if (node == null || node.isNull()) {
            return Level.EASY;
        }
        String text = f.text(fields, "level").toLowerCase(Locale.ROOT);
        if (text.equals("middle")) {
            f.note("level", "'middle' read as 'medium'");
            return Level.MEDIUM;
        }
        for (Level l : Level.values()) {
            if (l.name().toLowerCase(Locale.ROOT).equals(text)) {
                return l;
            }
        }
        throw f.error("level", "expected easy, medium or hard, found '" + text + "'");
    }

    private static <T> String labels(T[] values, java.util.function.Function<T, String> label) {
        return String.join(", ", java.util.Arrays.stream(values).map(label).toList());
    }

    /** Typed access with file, line and field in every error. */
    private static final class Fields {
        private final String source;
        private final ToIntFunction<String> lineOf;
        private final List<String> diagnostics;
        private final Map<String, String> originalNames = new LinkedHashMap<>();

        Fields(String source, ToIntFunction<String> lineOf, List<String> diagnostics) {
            this.source = source;
            this.lineOf = lineOf;
            this.diagnostics = diagnostics;
        }

        void alias(String name, String original) {
            originalNames.put(name, original);
        }

        int line(String name) {
            return lineOf.applyAsInt(originalNames.getOrDefault(name, name));
        }

        void note(String name, String what) {
            diagnostics.add(source + ":" + line(name) + ": " + name + ": " + what);
        }

        InputFormatException error(String name, String problem) {
            return new InputFormatException(source, line(name), name, problem);
        }

        String text(Map<String, JsonNode> fields, String name) {
            JsonNode node = fields.get(name);
            if (node == null || node.isNull()) {
                throw error(name, "missing field");
            }
            if (!node.isTextual() || node.textValue().isBlank()) {
                throw error(name, "expected a non-empty string, found " + JsonRecord.describe(node));
            }
            return node.textValue().strip();
        }

        int integer(Map<String, JsonNode> fields, String name) {
            JsonNode node = fields.get(name);
            if (node == null || node.isNull()) {
                throw error(name, "missing field");
            }
            if (node.isIntegralNumber() && node.canConvertToInt()) {
                return node.intValue();
            }
            if (node.isTextual() && node.textValue().strip().matches("-?\\d{1,9}")) {
                return Integer.parseInt(node.textValue().strip());
            }
            if (node.isFloatingPointNumber() && node.doubleValue() == Math.rint(node.doubleValue())
                    && Math.abs(node.doubleValue()) < 1e9) {
                return (int) node.doubleValue();
            }
            throw error(name, "expected an integer, found " + JsonRecord.describe(node));
        }

        /** A value that the CSV form writes as a Python literal string: parsed, with a diagnostic. */
        JsonNode literal(JsonNode node, String name) {
            if (node == null || !node.isTextual()) {
                return node;
            }
            String text = node.textValue().strip();
            if (!(text.startsWith("[") || text.startsWith("{") || text.equals("None"))) {
                return node;
            }
            try {
                JsonNode value = PythonLiteral.parse(text);
                note(name, "Python literal read as JSON");
                return value;
            } catch (IllegalArgumentException e) {
                throw error(name, e.getMessage());
            }
        }

        <T> Optional<T> label(JsonNode local, String key, java.util.function.Function<String, Optional<T>> byLabel, T[] values,
                              java.util.function.Function<T, String> label) {
            JsonNode node = local.get(key);
            if (node == null || node.isNull()) {
                return Optional.empty();
            }
            String text = node.isTextual() ? node.textValue().strip() : JsonRecord.describe(node);
            return Optional.of(byLabel.apply(text).orElseThrow(() -> error("local_constraint", key + ": unknown value '" + text
                    + "'; expected null or one of " + labels(values, label))));
        }
    }
}
