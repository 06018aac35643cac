package dev.gantry.instances.knapsack;

import dev.gantry.instances.io.JsonInput;
import dev.gantry.instances.io.JsonOutput;
import dev.gantry.instances.io.JsonRecord;
import dev.gantry.instances.io.SourceFiles;
import dev.gantry.modeling.knapsack.Knapsack;
import dev.gantry.modeling.knapsack.Selection;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes knapsack plans:
 * {@code {"problem":"knapsack","instance":"f1_l-d_kp_10_269","items":[1,2,8,9],"profit":295,"weight":175}}.
 * {@code problem} and {@code items} are required; {@code instance}, {@code profit} and {@code weight} may be absent;
 * unknown fields are ignored. Every reading error is an {@link dev.gantry.modeling.api.InputFormatException} naming
 * file, line and field (such as {@code items[2]}).
 */
public final class SelectionJson {
    private SelectionJson() {
    }

    public static SelectionDocument read(Path file) throws IOException {
        return parse(file.toString(), SourceFiles.readUtf8(file));
    }

    /** Parses {@code text}; {@code source} names it in errors and becomes the document's {@code origin}. */
    public static SelectionDocument parse(String source, String text) {
        return JsonInput.parse(source, text, parser -> {
            List<List<Integer>> items = new ArrayList<>();
            JsonRecord top = JsonRecord.read(parser, source, "", (name, p) -> {
                if (!name.equals("items")) {
                    return false;
                }
                // Streamed so that a bad index is reported at its own line.
                items.add(JsonInput.intArray(p, source, "items"));
                return true;
            });
            String problem = top.text("problem");
            if (problem == null) {
                throw top.error("problem", "missing; expected \"" + SelectionDocument.PROBLEM + "\"");
            }
            if (!problem.equals(SelectionDocument.PROBLEM)) {
                throw top.error("problem", "expected \"" + SelectionDocument.PROBLEM + "\", found \"" + problem + "\"");
            }
            if (items.isEmpty()) {
                throw top.error("items", "missing; expected an array of the chosen items' 0-based indices");
            }
            return new SelectionDocument(top.text("instance"), items.get(0), top.number("profit"),
                    top.number("weight"), source);
        });
    }

    /** The plan for {@code selection} on {@code knapsack}, with the model's totals. */
    public static String write(Knapsack knapsack, Selection selection) {
        return write(SelectionDocument.of(knapsack, selection));
    }

    /** The document as JSON, one field per line; null fields are left out. */
    public static String write(SelectionDocument document) {
        List<String> fields = new ArrayList<>();
        fields.add(JsonOutput.field("problem", SelectionDocument.PROBLEM));
        if (document.instance() != null) {
            fields.add(JsonOutput.field("instance", document.instance()));
        }
        fields.add(JsonOutput.rawField("items", JsonOutput.intList(document.items())));
        if (document.profit() != null) {
            fields.add(JsonOutput.field("profit", document.profit()));
        }
        if (document.weight() != null) {
            fields.add(JsonOutput.field("weight", document.weight()));
        }
        return JsonOutput.object(fields);
    }
}
