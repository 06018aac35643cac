package dev.gantry.instances.travel;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.instances.io.JsonInput;
import dev.gantry.instances.io.JsonRecord;
import dev.gantry.instances.io.SourceFiles;
import dev.gantry.modeling.api.InputFormatException;
import dev.gantry.modeling.travel.Accommodation;
import dev.gantry.modeling.travel.Attraction;
import dev.gantry.modeling.travel.CityBlock;
import dev.gantry.modeling.travel.Flight;
import dev.gantry.modeling.travel.GroundRoute;
import dev.gantry.modeling.travel.Restaurant;
import dev.gantry.modeling.travel.Sandbox;
import dev.gantry.modeling.travel.TransportMode;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads per-query reference information (spec T2) into a closed-world {@link Sandbox}: from a {@code reference.json}
 * object, or from the CSV form's list of {@code {Description, Content}} whose Contents are messages or fixed-width
 * tables. Every city that has one block must have all three; errors name file, line and the entry.
 */
public final class ReferenceReader {
    private static final Pattern BLOCK = Pattern.compile("^(Attractions|Restaurants|Accommodations) in (.+)$");
    private static final Pattern FLIGHTS = Pattern.compile("^Flight from (.+?) to (.+) on (\\d{4}-\\d{2}-\\d{2})$");
    private static final Pattern GROUND_KEY = Pattern.compile("^(Self-driving|Taxi) from (.+?) to (.+)$");
    private static final Pattern GROUND = Pattern.compile(
            "^(self-driving|taxi), from (.+?) to (.+?), duration: (.+?), distance: (.+?), cost: (\\d+)$", Pattern.CASE_INSENSITIVE);
    private static final List<String> KINDS = List.of("Attractions", "Restaurants", "Accommodations");

    /** One entry: its description, its content (a list of records or a text), the line it starts on. */
    record Entry(String description, JsonNode content, int line) {
    }

    private ReferenceReader() {
    }

    public static Sandbox read(Path file) throws IOException {
        return parse(file.toString(), SourceFiles.readUtf8(file));
    }

    /** A {@code reference.json} text. */
    public static Sandbox parse(String source, String text) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        JsonRecord record = JsonInput.parse(source, text, parser -> JsonRecord.read(parser, source, "", (name, p) -> {
            values.put(name, p.readValueAsTree());
            return true;
        }));
        List<Entry> entries = new ArrayList<>();
        values.forEach((k, v) -> entries.add(new Entry(k, v, record.lineOf(k))));
        return fromEntries(source, entries);
    }

    /** A sandbox from entries in source order (the CSV form hands its Descriptions and Contents here). */
    static Sandbox fromEntries(String source, List<Entry> entries) {
        Sandbox.Builder sandbox = Sandbox.builder(Sandbox.Kind.REFERENCE);
        Map<String, Map<String, List<?>>> blocks = new LinkedHashMap<>();
        Map<String, Integer> blockLines = new LinkedHashMap<>();
        for (Entry e : entries) {
            String key = e.description().strip();
            Matcher block = BLOCK.matcher(key);
            Matcher flights = FLIGHTS.matcher(key);
            Matcher ground = GROUND_KEY.matcher(key);
            if (block.matches()) {
                String kind = block.group(1);
                String city = block.group(2).strip();
                blocks.computeIfAbsent(city, c -> new LinkedHashMap<>()).put(kind, records(source, e, kind, city));
                blockLines.putIfAbsent(city, e.line());
            } else if (flights.matches()) {
                LocalDate date = LocalDate.parse(flights.group(3));
                for (JsonNode row : rows(source, e, Cells.FLIGHT)) {
                    Flight f = cells(source, e, row, Cells.FLIGHT).flight();
                    if (!f.origin().equals(flights.group(1)) || !f.destination().equals(flights.group(2)) || !f.date().equals(date)) {
                        throw new InputFormatException(source, e.line(), key, "flight " + f.number() + " goes from " + f.origin()
                                + " to " + f.destination() + " on " + f.date() + ", not as the entry says");
                    }
                    sandbox.flight(f);
                }
            } else if (ground.matches()) {
                TransportMode mode = ground.group(1).equals("Taxi") ? TransportMode.TAXI : TransportMode.SELF_DRIVING;
                groundRoute(source, e, mode, ground.group(2).strip(), ground.group(3).strip()).ifPresent(sandbox::route);
            } else {
                throw new InputFormatException(source, e.line(), key, "unknown reference entry; expected 'Attractions in C', "
                        + "'Restaurants in C', 'Accommodations in C', 'Flight from A to B on YYYY-MM-DD', 'Self-driving from A to B' "
                        + "or 'Taxi from A to B'");
            }
        }
        for (Map.Entry<String, Map<String, List<?>>> b : blocks.entrySet()) {
            for (String kind : KINDS) {
                if (!b.getValue().containsKey(kind)) {
                    throw new InputFormatException(source, blockLines.get(b.getKey()), kind + " in " + b.getKey(),
                            "missing: the reference lists " + b.getKey() + " but not its " + kind.toLowerCase(java.util.Locale.ROOT));
                }
            }
            @SuppressWarnings("unchecked")
            CityBlock city = new CityBlock(b.getKey(), (List<Attraction>) b.getValue().get("Attractions"),
                    (List<Restaurant>) b.getValue().get("Restaurants"), (List<Accommodation>) b.getValue().get("Accommodations"));
            sandbox.city(city);
        }
        return sandbox.build();
    }

    private static List<?> records(String source, Entry e, String kind, String city) {
        List<String> columns = switch (kind) {
            case "Attractions" -> Cells.ATTRACTION;
            case "Restaurants" -> Cells.RESTAURANT;
            default -> Cells.ACCOMMODATION;
        };
        List<Object> values = new ArrayList<>();
        for (JsonNode row : rows(source, e, columns)) {
            Cells c = cells(source, e, row, columns);
            Object value = switch (kind) {
                case "Attractions" -> c.attraction();
                case "Restaurants" -> c.restaurant();
                default -> c.accommodation();
            };
            String valueCity = value instanceof Attraction a ? a.city() : value instanceof Restaurant r ? r.city() : ((Accommodation) value).city();
            if (!valueCity.equals(city)) {
                throw new InputFormatException(source, e.line(), e.description(), "a record of " + valueCity + " in the block of " + city);
            }
            values.add(value);
        }
        return values;
    }

    /** The entry's records: a JSON list of objects, or a text table; a message text means none. */
    private static List<JsonNode> rows(String source, Entry e, List<String> columns) {
        JsonNode content = e.content();
        if (content.isArray()) {
            List<JsonNode> rows = new ArrayList<>();
            content.forEach(rows::add);
            return rows;
        }
        if (!content.isTextual()) {
            throw new InputFormatException(source, e.line(), e.description(), "expected a list of records or a text, found "
                    + JsonRecord.describe(content));
        }
        String text = content.textValue();
        if (!text.contains("\n") && !text.strip().startsWith(columns.get(0))) {
            return List.of(); // a message such as "There is no flight from A to B on D."
        }
        try {
            List<JsonNode> rows = new ArrayList<>();
            for (Map<String, String> row : FixedWidthTable.parse(text, columns)) {
                com.fasterxml.jackson.databind.node.ObjectNode node = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
                row.forEach(node::put);
                rows.add(node);
            }
            return rows;
        } catch (IllegalArgumentException bad) {
            throw new InputFormatException(source, e.line(), e.description(), bad.getMessage());
        }
    }

    private static Cells cells(String source, Entry e, JsonNode row, List<String> columns) {
        if (!row.isObject()) {
            throw new InputFormatException(source, e.line(), e.description(), "expected a record object, found " + JsonRecord.describe(row));
        }
        return new Cells(source, e.line(), e.description(), column -> {
            JsonNode v = row.get(column);
            return v == null ? null : v.isNull() ? "" : v.isTextual() ? v.textValue() : v.asText();
        });
    }

    private static java.util.Optional<GroundRoute> groundRoute(String source, Entry e, TransportMode mode, String from, String to) {
        if (!e.content().isTextual()) {
            throw new InputFormatException(source, e.line(), e.description(), "expected a text, found " + JsonRecord.describe(e.content()));
        }
        String text = e.content().textValue().strip();
        Matcher m = GROUND.matcher(text);
        if (!m.matches()) {
            if (text.startsWith("No valid information")) {
                return java.util.Optional.empty();
            }
            throw new InputFormatException(source, e.line(), e.description(), "expected 'No valid information.' or '"
                    + mode.label().toLowerCase(java.util.Locale.ROOT) + ", from A to B, duration: …, distance: … km, cost: N', found '" + text + "'");
        }
        if (!m.group(2).equals(from) || !m.group(3).equals(to)) {
            throw new InputFormatException(source, e.line(), e.description(), "the text describes " + m.group(2) + " to " + m.group(3));
        }
        double km;
        try {
            km = GroundRoute.kilometres(m.group(5));
        } catch (IllegalArgumentException bad) {
            throw new InputFormatException(source, e.line(), e.description(), "bad distance '" + m.group(5) + "'");
        }
        return java.util.Optional.of(new GroundRoute(mode, from, to, m.group(4), m.group(5), km, Integer.parseInt(m.group(6))));
    }
}
