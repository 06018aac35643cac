package dev.gantry.instances.schedule;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.instances.io.JsonInput;
import dev.gantry.instances.io.JsonRecord;
import dev.gantry.instances.io.SourceFiles;
import dev.gantry.modeling.api.InputFormatException;
import dev.gantry.modeling.jobshop.JobShopSchedule;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads and writes plans in the {@code gantry-schedule} JSON format, version 1 (spec scheduling §7.1). Reading
 * keeps the line of every entry, ignores unknown fields, and reports every problem as an
 * {@link InputFormatException} naming file, line and field (such as {@code entries[3].start}).
 */
public final class ScheduleJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ScheduleJson() {
    }

    public static ScheduleDocument read(Path file) throws IOException {
        return parse(file.toString(), SourceFiles.readUtf8(file));
    }

    /** Parses {@code text}; {@code source} names it in errors and becomes the document's {@code origin}. */
    public static ScheduleDocument parse(String source, String text) {
        return JsonInput.parse(source, text, parser -> {
            List<ScheduleEntry> entries = new ArrayList<>();
            boolean[] sawEntries = {false};
            JsonRecord top = JsonRecord.read(parser, source, "", (name, p) -> {
                if (!name.equals("entries")) {
                    return false;
                }
                // Entries are streamed one by one so that each keeps the line of its opening brace.
                if (p.currentToken() != JsonToken.START_ARRAY) {
                    throw new InputFormatException(source, JsonInput.line(p), "entries",
                            "expected an array of entries, found " + JsonInput.describeToken(p));
                }
                for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
                    entries.add(entry(JsonRecord.read(p, source, "entries[" + i + "]")));
                }
                sawEntries[0] = true;
                return true;
            });
            return document(top, sawEntries[0] ? entries : null, source);
        });
    }

    /** The document from the top-level fields; {@code entries} is null when the file has none. */
    private static ScheduleDocument document(JsonRecord top, List<ScheduleEntry> entries, String source) {
        String format = top.text("format");
        if (format == null) {
            throw top.error("format", "missing; expected \"" + ScheduleDocument.FORMAT + "\"");
        }
        if (!format.equals(ScheduleDocument.FORMAT)) {
            throw top.error("format", "expected \"" + ScheduleDocument.FORMAT + "\", found \"" + format + "\"");
        }
        Integer version = top.smallInteger("version");
        if (version != null && version != ScheduleDocument.VERSION) {
            throw top.error("version", "unsupported version " + version + "; this reader knows version "
                    + ScheduleDocument.VERSION);
        }
        if (entries == null) {
            throw top.error("entries", "missing; expected an array of entries");
        }
        return new ScheduleDocument(format, version, top.text("family"), top.text("instance"), top.text("source"),
                top.text("timeUnit"), top.integer("makespan"), entries, solver(top.nested("solver")), source);
    }

    private static ScheduleEntry entry(JsonRecord e) {
        return new ScheduleEntry(e.text("id"), e.smallInteger("job"), e.smallInteger("index"),
                e.smallInteger("machine"), e.smallInteger("resource"), e.integer("start"), e.integer("end"),
                e.text("startDate"), e.text("finishDate"), e.line());
    }

    private static SolverInfo solver(JsonRecord s) {
        if (s == null) {
            return null;
        }
        return new SolverInfo(s.text("name"), s.text("version"), s.text("status"), s.integer("bound"),
                s.smallInteger("workers"), s.integer("seed"), s.number("timeLimitS"), s.number("wallS"));
    }

    /** A job-shop plan as {@code gantry-schedule} JSON; see {@link #write(ScheduleDocument)}. */
    public static String write(JobShopSchedule schedule, String source, Optional<SolverInfo> solver) {
        return write(ScheduleDocument.ofJobShop(schedule, source, solver.orElse(null)));
    }

    /**
     * The document as JSON, one header field per line and one entry per line so a person can read and diff it.
     * Null fields are left out; {@code origin} is never written.
     */
    public static String write(ScheduleDocument document) {
        List<String> fields = new ArrayList<>();
        addIfPresent(fields, "format", document.format());
        addIfPresent(fields, "version", document.version());
        addIfPresent(fields, "family", document.family());
        addIfPresent(fields, "instance", document.instance());
        addIfPresent(fields, "source", document.source());
        addIfPresent(fields, "timeUnit", document.timeUnit());
        addIfPresent(fields, "makespan", document.makespan());
        List<String> entries = document.entries().stream().map(e -> "    " + compact(entryNode(e))).toList();
        fields.add(entries.isEmpty() ? "  \"entries\": []"
                : "  \"entries\": [\n" + String.join(",\n", entries) + "\n  ]");
        if (document.solver() != null) {
            addIfPresent(fields, "solver", solverNode(document.solver()));
        }
        return "{\n" + String.join(",\n", fields) + "\n}\n";
    }

    private static void addIfPresent(List<String> fields, String name, Object value) {
        if (value != null) {
            fields.add("  " + compact(MAPPER.valueToTree(name)) + ": " + compact(MAPPER.valueToTree(value)));
        }
    }

    private static ObjectNode entryNode(ScheduleEntry e) {
        ObjectNode node = MAPPER.createObjectNode();
        putIfPresent(node, "id", e.id());
        putIfPresent(node, "job", e.job());
        putIfPresent(node, "index", e.index());
        putIfPresent(node, "machine", e.machine());
        putIfPresent(node, "resource", e.resource());
        putIfPresent(node, "start", e.start());
        putIfPresent(node, "end", e.end());
        putIfPresent(node, "startDate", e.startDate());
        putIfPresent(node, "finishDate", e.finishDate());
        return node;
    }

    private static ObjectNode solverNode(SolverInfo s) {
        ObjectNode node = MAPPER.createObjectNode();
        putIfPresent(node, "name", s.name());
        putIfPresent(node, "version", s.version());
        putIfPresent(node, "status", s.status());
        putIfPresent(node, "bound", s.bound());
        putIfPresent(node, "workers", s.workers());
        putIfPresent(node, "seed", s.seed());
        putIfPresent(node, "timeLimitS", s.timeLimitS());
        putIfPresent(node, "wallS", s.wallS());
        return node;
    }

    private static void putIfPresent(ObjectNode node, String name, Object value) {
        if (value != null) {
            node.set(name, MAPPER.valueToTree(value));
        }
    }

    private static String compact(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            // A tree of strings and numbers always serializes.
            throw new IllegalStateException(e);
        }
    }
}
