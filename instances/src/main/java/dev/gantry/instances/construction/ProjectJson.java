package dev.gantry.instances.construction;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.instances.io.JsonInput;
import dev.gantry.instances.io.JsonRecord;
import dev.gantry.instances.io.SourceFiles;
import dev.gantry.modeling.api.InputFormatException;
import dev.gantry.modeling.construction.Activity;
import dev.gantry.modeling.construction.Calendar;
import dev.gantry.modeling.construction.Crew;
import dev.gantry.modeling.construction.Deadline;
import dev.gantry.modeling.construction.DeadlineType;
import dev.gantry.modeling.construction.Dependency;
import dev.gantry.modeling.construction.LagUnit;
import dev.gantry.modeling.construction.Project;
import dev.gantry.modeling.construction.Zone;
import dev.gantry.modeling.scheduling.RelationType;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

/**
 * The JSON form of a project (spec scheduling §4.3), files named {@code *.construction.json}:
 * <pre>{"project":{"id":…,"start":"2026-03-02","calendar":{"workingWeekdays":["MONDAY",…],"holidays":[…],
 * "extraWorkingDays":[…]}},"crews":[{"id":…,"capacity":…}],"zones":[{"id":…}],
 * "activities":[{"id":…,"name":…,"duration":…,"trade":…,"zone":…,"demands":[{"crew":…,"units":…}],
 * "earliestStart":…,"deadline":{"date":…,"type":"hard","weight":1},"phase":…}],
 * "dependencies":[{"pred":…,"succ":…,"type":"FS","lag":0,"lagUnit":"wd","maxLag":…}]}</pre>
 * Absent optional fields read as absent; errors name file, line and field path ({@code activities[3].duration}).
 */
public final class ProjectJson {
    public static final String EXTENSION = ".construction.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ProjectJson() {
    }

    public static Project read(Path file) throws IOException {
        return parse(file.toString(), SourceFiles.readUtf8(file));
    }

    public static Project parse(String source, String text) {
        return JsonInput.parse(source, text, parser -> {
            List<JsonRecord> crews = new ArrayList<>();
            List<JsonRecord> zones = new ArrayList<>();
            List<JsonRecord> activities = new ArrayList<>();
            List<JsonRecord> dependencies = new ArrayList<>();
            Map<String, List<JsonRecord>> arrays = Map.of("crews", crews, "zones", zones, "activities", activities,
                    "dependencies", dependencies);
            JsonRecord[] project = new JsonRecord[1];
            Calendar[] calendar = new Calendar[1];
            JsonRecord top = JsonRecord.read(parser, source, "", (name, p) -> {
                if (name.equals("project")) {
                    project[0] = JsonRecord.read(p, source, "project", (field, q) -> {
                        if (!field.equals("calendar")) {
                            return false;
                        }
                        calendar[0] = calendar(q, source);
                        return true;
                    });
                    return true;
                }
                List<JsonRecord> into = arrays.get(name);
                if (into == null) {
                    return false;
                }
                if (p.currentToken() != JsonToken.START_ARRAY) {
                    throw new InputFormatException(source, JsonInput.line(p), name, "expected an array, found " + JsonInput.describeToken(p));
                }
                for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
                    into.add(JsonRecord.read(p, source, name + "[" + i + "]"));
                }
                return true;
            });
            if (project[0] == null) {
                throw top.error("project", "missing; expected {\"id\":…,\"start\":…}");
            }
            JsonRecord p = project[0];
            Calendar cal = calendar[0] != null ? calendar[0] : Calendar.weekdays(new TreeSet<>());
            List<Activity> acts = new ArrayList<>();
            for (JsonRecord a : activities) {
                acts.add(activity(a));
            }
            return new Project(required(p, "id"), date(p, "start", true), cal,
                    crews.stream().map(c -> new Crew(required(c, "id"), requiredLong(c, "capacity"))).toList(),
                    zones.stream().map(z -> new Zone(required(z, "id"))).toList(), acts,
                    dependencies.stream().map(ProjectJson::dependency).toList());
        });
    }

    private static Calendar calendar(JsonParser p, String source) throws IOException {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        JsonRecord.read(p, source, "project.calendar", (name, q) -> {
            if (q.currentToken() != JsonToken.START_ARRAY) {
                throw new InputFormatException(source, JsonInput.line(q), "project.calendar." + name, "expected an array of strings");
            }
            List<String> values = new ArrayList<>();
            while (q.nextToken() != JsonToken.END_ARRAY) {
                if (q.currentToken() != JsonToken.VALUE_STRING) {
                    throw new InputFormatException(source, JsonInput.line(q), "project.calendar." + name,
                            "expected a string, found " + JsonInput.describeToken(q));
                }
                values.add(q.getText());
            }
            lists.put(name, values);
            return true;
        });
        Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
        if (lists.containsKey("workingWeekdays")) {
            for (String d : lists.get("workingWeekdays")) {
                try {
                    weekdays.add(DayOfWeek.valueOf(d.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new InputFormatException(source, JsonInput.line(p), "project.calendar.workingWeekdays", "unknown weekday '" + d + "'");
                }
            }
        } else {
            weekdays.addAll(Calendar.MONDAY_TO_FRIDAY);
        }
        return new Calendar(weekdays, dates(lists.getOrDefault("holidays", List.of()), source, p, "holidays"),
                dates(lists.getOrDefault("extraWorkingDays", List.of()), source, p, "extraWorkingDays"));
    }

    private static TreeSet<LocalDate> dates(List<String> texts, String source, JsonParser p, String field) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (String t : texts) {
            try {
                dates.add(LocalDate.parse(t));
            } catch (DateTimeParseException e) {
                throw new InputFormatException(source, JsonInput.line(p), "project.calendar." + field, "expected ISO dates, found '" + t + "'");
            }
        }
        return dates;
    }

    private static Activity activity(JsonRecord a) {
        Optional<Deadline> deadline = Optional.empty();
        JsonRecord d = a.nested("deadline");
        if (d != null) {
            String type = d.text("type");
            Long weight = d.integer("weight");
            deadline = Optional.of(new Deadline(date(d, "date", true),
                    type == null ? DeadlineType.HARD : enumValue(d, "type", type, DeadlineType.class), weight == null ? 1 : weight));
        }
        Map<String, Long> demands = new LinkedHashMap<>();
        for (JsonRecord r : a.records("demands")) {
            if (demands.put(required(r, "crew"), requiredLong(r, "units")) != null) {
                throw r.error("crew", "crew " + r.text("crew") + " appears twice");
            }
        }
        String id = required(a, "id");
        return new Activity(id, a.text("name") == null ? id : a.text("name"), requiredLong(a, "duration"),
                a.text("trade") == null ? "" : a.text("trade"), Optional.ofNullable(a.text("zone")), demands,
                Optional.ofNullable(date(a, "earliestStart", false)), deadline, a.text("phase") == null ? "" : a.text("phase"));
    }

    private static Dependency dependency(JsonRecord d) {
        String type = d.text("type");
        String unit = d.text("lagUnit");
        Long lag = d.integer("lag");
        Long max = d.integer("maxLag");
        return new Dependency(required(d, "pred"), required(d, "succ"),
                type == null ? RelationType.FS : enumValue(d, "type", type, RelationType.class), lag == null ? 0 : lag,
                unit == null ? LagUnit.WD : enumValue(d, "lagUnit", unit, LagUnit.class),
                max == null ? OptionalLong.empty() : OptionalLong.of(max));
    }

    private static String required(JsonRecord r, String name) {
        String v = r.text(name);
        if (v == null) {
            throw r.error(name, "missing");
        }
        return v;
    }

    private static long requiredLong(JsonRecord r, String name) {
        Long v = r.integer(name);
        if (v == null) {
            throw r.error(name, "missing");
        }
        return v;
    }

    private static LocalDate date(JsonRecord r, String name, boolean required) {
        String t = r.text(name);
        if (t == null) {
            if (required) {
                throw r.error(name, "missing; expected an ISO date such as 2026-03-02");
            }
            return null;
        }
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw r.error(name, "expected an ISO date such as 2026-03-02, found '" + t + "'");
        }
    }

    private static <E extends Enum<E>> E enumValue(JsonRecord r, String name, String text, Class<E> type) {
        return Codes.parse(type, text).orElseThrow(() -> r.error(name, Codes.expected(type, text)));
    }

    /** The project as JSON, one activity or dependency per line so a person can read and diff it. */
    public static String write(Project project) {
        ObjectNode p = MAPPER.createObjectNode();
        p.put("id", project.id());
        p.put("start", project.start().toString());
        ObjectNode cal = p.putObject("calendar");
        ArrayNode weekdays = cal.putArray("workingWeekdays");
        project.calendar().workingWeekdays().stream().sorted().forEach(w -> weekdays.add(w.name()));
        ArrayNode holidays = cal.putArray("holidays");
        project.calendar().holidays().forEach(h -> holidays.add(h.toString()));
        ArrayNode extra = cal.putArray("extraWorkingDays");
        project.calendar().extraWorkingDays().forEach(h -> extra.add(h.toString()));
        List<String> fields = new ArrayList<>();
        fields.add("  \"project\": " + compact(p));
        fields.add(array("crews", project.crews().stream().map(c -> {
            ObjectNode n = MAPPER.createObjectNode();
            n.put("id", c.id());
            n.put("capacity", c.capacity());
            return n;
        }).toList()));
        fields.add(array("zones", project.zones().stream().map(z -> MAPPER.createObjectNode().put("id", z.id())).toList()));
        fields.add(array("activities", project.activities().stream().map(ProjectJson::activityNode).toList()));
        fields.add(array("dependencies", project.dependencies().stream().map(ProjectJson::dependencyNode).toList()));
        return "{\n" + String.join(",\n", fields) + "\n}\n";
    }

    private static ObjectNode activityNode(Activity a) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", a.id());
        n.put("name", a.name());
        n.put("duration", a.duration());
        n.put("trade", a.trade());
        a.zone().ifPresent(z -> n.put("zone", z));
        ArrayNode demands = n.putArray("demands");
        a.demands().forEach((crew, units) -> demands.addObject().put("crew", crew).put("units", units));
        a.earliestStart().ifPresent(d -> n.put("earliestStart", d.toString()));
        a.deadline().ifPresent(d -> n.putObject("deadline").put("date", d.date().toString()).put("type", d.type().code())
                .put("weight", d.weight()));
        n.put("phase", a.phase());
        return n;
    }

    private static ObjectNode dependencyNode(Dependency d) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("pred", d.pred());
        n.put("succ", d.succ());
        n.put("type", d.type().name());
        n.put("lag", d.lag());
        n.put("lagUnit", d.unit().code());
        d.maxLag().ifPresent(m -> n.put("maxLag", m));
        return n;
    }

    private static String array(String name, List<ObjectNode> items) {
        if (items.isEmpty()) {
            return "  \"" + name + "\": []";
        }
        List<String> lines = items.stream().map(i -> "    " + compact(i)).toList();
        return "  \"" + name + "\": [\n" + String.join(",\n", lines) + "\n  ]";
    }

    private static String compact(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            // a tree of strings and numbers always serializes
            throw new IllegalStateException(e);
        }
    }
}
