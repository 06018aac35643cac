package dev.gantry.instances.travel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.gantry.modeling.travel.DayField;
import dev.gantry.modeling.travel.PlanDay;
import dev.gantry.modeling.travel.TravelPlan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes plans as T4 day lists (indented, keys in the dataset's order) and as submission lines. */
public final class TravelPlanWriter {
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper COMPACT = new ObjectMapper();

    private TravelPlanWriter() {
    }

    /** The day list as indented JSON, with a final newline. */
    public static String toJson(TravelPlan plan) {
        try {
            return PRETTY.writeValueAsString(days(plan)) + "\n";
        } catch (JsonProcessingException e) {
            // maps of strings and integers always serialize
            throw new IllegalStateException(e);
        }
    }

    public static void write(TravelPlan plan, Path file) throws IOException {
        Files.writeString(file, toJson(plan));
    }

    /** {@code {"idx": idx, "query": query, "plan": [...]}} on one line, without a newline. */
    public static String submissionLine(int idx, String query, TravelPlan plan) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("idx", idx);
        line.put("query", query);
        line.put("plan", days(plan));
        try {
            return COMPACT.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Map<String, Object>> days(TravelPlan plan) {
        return plan.days().stream().map(TravelPlanWriter::day).toList();
    }

    private static Map<String, Object> day(PlanDay day) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (day.number() != null) {
            m.put("days", day.number());
        }
        for (DayField f : DayField.values()) {
            if (day.has(f)) {
                m.put(f.key(), day.text(f));
            }
        }
        return m;
    }
}
