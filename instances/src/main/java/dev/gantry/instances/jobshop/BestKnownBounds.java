package dev.gantry.instances.jobshop;

import com.fasterxml.jackson.core.JsonToken;
import dev.gantry.instances.io.JsonInput;
import dev.gantry.instances.io.JsonRecord;
import dev.gantry.instances.io.SourceFiles;
import dev.gantry.modeling.api.InputFormatException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Best-known makespan bounds from {@code bks.json} (spec scheduling §1.2): an array of records with
 * {@code instance}, {@code status} ({@code closed}/{@code open}), {@code lower_bound} and {@code upper_bound};
 * other fields (size, family, provenance lists) are ignored.
 */
public final class BestKnownBounds {
    /**
     * The bounds of one instance. {@code lowerBound} is proven, so a makespan below it contradicts a proof;
     * {@code closed} means the optimum is known.
     */
    public record Bound(String instance, long lowerBound, long upperBound, boolean closed) {
    }

    private final Map<String, Bound> bounds;

    private BestKnownBounds(Map<String, Bound> bounds) {
        this.bounds = Map.copyOf(bounds);
    }

    public static BestKnownBounds read(Path file) throws IOException {
        return parse(file.toString(), SourceFiles.readUtf8(file));
    }

    public static BestKnownBounds parse(String source, String text) {
        Map<String, Bound> bounds = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new LinkedHashMap<>();
        JsonInput.parse(source, text, parser -> {
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                throw new InputFormatException(source, JsonInput.line(parser), "json",
                        "expected an array of bound records, found " + JsonInput.describeToken(parser));
            }
            for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
                JsonRecord record = JsonRecord.read(parser, source, "[" + i + "]");
                Bound bound = bound(record);
                Integer previous = firstLine.putIfAbsent(bound.instance(), record.line());
                if (previous != null) {
                    throw record.error("instance",
                            "a second record for " + bound.instance() + " (the first is at line " + previous + ")");
                }
                bounds.put(bound.instance(), bound);
            }
            return null;
        });
        return new BestKnownBounds(bounds);
    }

    private static Bound bound(JsonRecord record) {
        String instance = required(record, record.text("instance"), "instance", "a string");
        String status = required(record, record.text("status"), "status", "\"closed\" or \"open\"");
        if (!status.equals("closed") && !status.equals("open")) {
            throw record.error("status", "expected \"closed\" or \"open\", found \"" + status + "\"");
        }
        long lower = required(record, record.integer("lower_bound"), "lower_bound", "an integer");
        long upper = required(record, record.integer("upper_bound"), "upper_bound", "an integer");
        if (lower > upper) {
            throw record.error("lower_bound", "lower bound " + lower + " exceeds upper bound " + upper);
        }
        return new Bound(instance, lower, upper, status.equals("closed"));
    }

    private static <T> T required(JsonRecord record, T value, String field, String expected) {
        if (value == null) {
            throw record.error(field, "missing; expected " + expected);
        }
        return value;
    }

    /** Every record, keyed by the name {@code bks.json} uses. */
    public Map<String, Bound> all() {
        return bounds;
    }

    /**
     * The bound for an instance name. The staged Taillard files are named {@code ta01js} while some copies of
     * {@code bks.json} say {@code ta01}, so a name that is not found is retried with the {@code js} suffix added or
     * removed.
     */
    public Optional<Bound> forInstance(String instanceName) {
        Bound exact = bounds.get(instanceName);
        if (exact != null) {
            return Optional.of(exact);
        }
        String other = instanceName.endsWith("js")
                ? instanceName.substring(0, instanceName.length() - 2)
                : instanceName + "js";
        return Optional.ofNullable(bounds.get(other));
    }
}
