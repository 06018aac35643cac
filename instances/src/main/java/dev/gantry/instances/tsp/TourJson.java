package dev.gantry.instances.tsp;

import dev.gantry.instances.io.JsonInput;
import dev.gantry.instances.io.JsonOutput;
import dev.gantry.instances.io.JsonRecord;
import dev.gantry.instances.io.SourceFiles;
import dev.gantry.modeling.tsp.Tour;
import dev.gantry.modeling.tsp.Tsp;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes TSP plans: {@code {"problem":"tsp","instance":"eil51","tour":[0,31,…],"length":426}}.
 * {@code problem} and {@code tour} are required; {@code instance} and {@code length} may be absent; unknown fields
 * are ignored. Every reading error is an {@link dev.gantry.modeling.api.InputFormatException} naming file, line and
 * field (such as {@code tour[3]}).
 */
public final class TourJson {
    private TourJson() {
    }

    public static TourDocument read(Path file) throws IOException {
        return parse(file.toString(), SourceFiles.readUtf8(file));
    }

    /** Parses {@code text}; {@code source} names it in errors and becomes the document's {@code origin}. */
    public static TourDocument parse(String source, String text) {
        return JsonInput.parse(source, text, parser -> {
            List<List<Integer>> tour = new ArrayList<>();
            JsonRecord top = JsonRecord.read(parser, source, "", (name, p) -> {
                if (!name.equals("tour")) {
                    return false;
                }
                // Streamed so that a bad city is reported at its own line.
                tour.add(JsonInput.intArray(p, source, "tour"));
                return true;
            });
            String problem = top.text("problem");
            if (problem == null) {
                throw top.error("problem", "missing; expected \"" + TourDocument.PROBLEM + "\"");
            }
            if (!problem.equals(TourDocument.PROBLEM)) {
                throw top.error("problem", "expected \"" + TourDocument.PROBLEM + "\", found \"" + problem + "\"");
            }
            if (tour.isEmpty()) {
                throw top.error("tour", "missing; expected an array of 0-based city indices");
            }
            return new TourDocument(top.text("instance"), tour.get(0), top.number("length"), source);
        });
    }

    /** The plan for {@code tour} on {@code tsp}, with the length the model computes. */
    public static String write(Tsp tsp, Tour tour) {
        return write(TourDocument.of(tsp, tour));
    }

    /** The document as JSON, one field per line; null fields are left out. */
    public static String write(TourDocument document) {
        List<String> fields = new ArrayList<>();
        fields.add(JsonOutput.field("problem", TourDocument.PROBLEM));
        if (document.instance() != null) {
            fields.add(JsonOutput.field("instance", document.instance()));
        }
        fields.add(JsonOutput.rawField("tour", JsonOutput.intList(document.tour())));
        if (document.length() != null) {
            fields.add(JsonOutput.field("length", document.length()));
        }
        return JsonOutput.object(fields);
    }
}
