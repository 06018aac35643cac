package dev.gantry.instances.binpack;

import com.fasterxml.jackson.core.JsonToken;
import dev.gantry.instances.io.JsonInput;
import dev.gantry.instances.io.JsonOutput;
import dev.gantry.instances.io.JsonRecord;
import dev.gantry.instances.io.SourceFiles;
import dev.gantry.modeling.api.InputFormatException;
import dev.gantry.modeling.binpack.BinPacking;
import dev.gantry.modeling.binpack.Packing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes bin-packing plans:
 * {@code {"problem":"binpack","instance":"u120_00","bins":[[0,7,19],[1,2],…],"binCount":48}}. {@code problem} and
 * {@code bins} are required; {@code instance} and {@code binCount} may be absent; unknown fields are ignored. Every
 * reading error is an {@link InputFormatException} naming file, line and field (such as {@code bins[4][1]}).
 */
public final class PackingJson {
    private PackingJson() {
    }

    public static PackingDocument read(Path file) throws IOException {
        return parse(file.toString(), SourceFiles.readUtf8(file));
    }

    /** Parses {@code text}; {@code source} names it in errors and becomes the document's {@code origin}. */
    public static PackingDocument parse(String source, String text) {
        return JsonInput.parse(source, text, parser -> {
            List<List<List<Integer>>> bins = new ArrayList<>();
            JsonRecord top = JsonRecord.read(parser, source, "", (name, p) -> {
                if (!name.equals("bins")) {
                    return false;
                }
                // Streamed so that a bad item is reported at its own line.
                if (p.currentToken() != JsonToken.START_ARRAY) {
                    throw new InputFormatException(source, JsonInput.line(p), "bins",
                            "expected an array of bins (arrays of item indices), found " + JsonInput.describeToken(p));
                }
                List<List<Integer>> read = new ArrayList<>();
                for (int b = 0; p.nextToken() != JsonToken.END_ARRAY; b++) {
                    read.add(JsonInput.intArray(p, source, "bins[" + b + "]"));
                }
                bins.add(read);
                return true;
            });
            String problem = top.text("problem");
            if (problem == null) {
                throw top.error("problem", "missing; expected \"" + PackingDocument.PROBLEM + "\"");
            }
            if (!problem.equals(PackingDocument.PROBLEM)) {
                throw top.error("problem", "expected \"" + PackingDocument.PROBLEM + "\", found \"" + problem + "\"");
            }
            if (bins.isEmpty()) {
                throw top.error("bins", "missing; expected an array of bins, each an array of 0-based item indices");
            }
            return new PackingDocument(top.text("instance"), bins.get(0), top.smallInteger("binCount"), source);
        });
    }

    /** The plan for {@code packing} on {@code binPacking}; see {@link PackingDocument#of}. */
    public static String write(BinPacking binPacking, Packing packing) {
        return write(PackingDocument.of(binPacking, packing));
    }

    /** The document as JSON, one field per line and one bin per line; null fields are left out. */
    public static String write(PackingDocument document) {
        List<String> fields = new ArrayList<>();
        fields.add(JsonOutput.field("problem", PackingDocument.PROBLEM));
        if (document.instance() != null) {
            fields.add(JsonOutput.field("instance", document.instance()));
        }
        List<String> bins = document.bins().stream().map(JsonOutput::intList).toList();
        fields.add(JsonOutput.rawField("bins", bins.isEmpty() ? "[]" : "[\n    " + String.join(",\n    ", bins) + "\n  ]"));
        if (document.binCount() != null) {
            fields.add(JsonOutput.field("binCount", document.binCount()));
        }
        return JsonOutput.object(fields);
    }
}
