package dev.gantry.instances.travel;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.gantry.instances.io.JsonInput;
import dev.gantry.instances.io.JsonRecord;
import dev.gantry.instances.io.SourceFiles;
import dev.gantry.modeling.api.InputFormatException;
import dev.gantry.modeling.travel.DayField;
import dev.gantry.modeling.travel.PlanDay;
import dev.gantry.modeling.travel.TravelPlan;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads plans (spec T4): a JSON day list, one submission object {@code {"idx", "query", "plan"}}, or a submission file
 * of JSON Lines. Day fields must be strings ({@code days} an integer); a {@code null} reads as an empty text; unknown
 * keys are ignored. Errors name file, line and field.
 */
public final class TravelPlanReader {
    /** One line of a submission file. */
    public record Submission(int line, Integer idx, String query, TravelPlan plan) {
    }

    private TravelPlanReader() {
    }

    /** A plan file: a day list, or a single submission object. */
    public static TravelPlan read(Path file) throws IOException {
        String source = file.toString();
        String text = SourceFiles.readUtf8(file);
        List<String> lines = text.strip().lines().filter(l -> !l.isBlank()).toList();
        if (text.strip().startsWith("{") && lines.size() > 1 && lines.stream().allMatch(l -> l.strip().startsWith("{") && l.strip().endsWith("}"))) {
            throw new InputFormatException(source, 2, "plan", "the file holds " + lines.size()
                    + " submission lines; verify one plan at a time, or use the batch form");
        }
        return JsonInput.parse(source, text, p -> planOrSubmission(p, source, "").plan());
    }

    /** A submission file: one JSON object per non-blank line. */
    public static List<Submission> readSubmissions(Path file) throws IOException {
        String source = file.toString();
        List<String> lines = SourceFiles.readUtf8(file).lines().toList();
        List<Submission> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            int lineNo = i + 1;
            Submission s = JsonInput.parse(source + ":" + lineNo, lines.get(i), p -> planOrSubmission(p, source, ""));
            out.add(new Submission(lineNo, s.idx(), s.query(), s.plan()));
        }
        return out;
    }

    private static Submission planOrSubmission(JsonParser p, String source, String path) throws IOException {
        if (p.currentToken() == JsonToken.START_ARRAY) {
            return new Submission(JsonInput.line(p), null, null, days(p, source, "plan"));
        }
        List<TravelPlan> plan = new ArrayList<>();
        JsonRecord r = JsonRecord.read(p, source, path, (name, parser) -> {
            if (name.equals("plan")) {
                if (parser.currentToken() == JsonToken.VALUE_NULL) {
                    plan.add(new TravelPlan(List.of()));
                } else {
                    plan.add(days(parser, source, "plan"));
                }
                return true;
            }
            return false;
        });
        if (plan.isEmpty()) {
            throw r.error("plan", "missing field: a submission line holds {\"idx\", \"query\", \"plan\": [days]}");
        }
        Long idx = r.integer("idx");
        return new Submission(r.line(), idx == null ? null : idx.intValue(), r.text("query"), plan.get(0));
    }

    private static TravelPlan days(JsonParser p, String source, String path) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new InputFormatException(source, JsonInput.line(p), path, "expected a list of day objects, found "
                    + JsonInput.describeToken(p));
        }
        List<PlanDay> days = new ArrayList<>();
        for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
            JsonRecord day = JsonRecord.read(p, source, path + "[" + i + "]");
            Long number = day.integer("days");
            Map<DayField, String> fields = new EnumMap<>(DayField.class);
            for (DayField f : DayField.values()) {
                if (day.has(f.key())) {
                    String text = day.text(f.key());
                    fields.put(f, text == null ? "" : text);
                }
            }
            days.add(new PlanDay(number == null ? null : number.intValue(), fields));
        }
        return new TravelPlan(days);
    }
}
