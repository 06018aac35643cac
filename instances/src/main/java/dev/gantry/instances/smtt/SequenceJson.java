package dev.gantry.instances.smtt;

import dev.gantry.instances.io.JsonInput;
import dev.gantry.instances.io.JsonOutput;
import dev.gantry.instances.io.JsonRecord;
import dev.gantry.instances.io.SourceFiles;
import dev.gantry.modeling.smtt.JobSequence;
import dev.gantry.modeling.smtt.SingleMachineTardiness;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes single-machine plans: {@code {"problem":"smtt","instance":"…","sequence":[3,1,…],"tardiness":141}}.
 * {@code problem} and {@code sequence} are required; errors name file, line and field.
 */
public final class SequenceJson {
    private SequenceJson() {
    }

    public static SequenceDocument read(Path file) throws IOException {
        return parse(file.toString(), SourceFiles.readUtf8(file));
    }

    public static SequenceDocument parse(String source, String text) {
        return JsonInput.parse(source, text, parser -> {
            List<List<Integer>> sequence = new ArrayList<>();
            JsonRecord top = JsonRecord.read(parser, source, "", (name, p) -> {
                if (!name.equals("sequence")) {
                    return false;
                }
                sequence.add(JsonInput.intArray(p, source, "sequence"));
                return true;
            });
            String problem = top.text("problem");
            if (problem == null || !problem.equals(SequenceDocument.PROBLEM)) {
                throw top.error("problem", problem == null ? "missing; expected \"smtt\"" : "expected \"smtt\", found \"" + problem + "\"");
            }
            if (sequence.isEmpty()) {
                throw top.error("sequence", "missing; expected an array of 0-based job indices");
            }
            return new SequenceDocument(top.text("instance"), sequence.get(0), top.integer("tardiness"), source);
        });
    }

    public static String write(SingleMachineTardiness instance, JobSequence sequence) {
        SequenceDocument document = SequenceDocument.of(instance, sequence);
        List<String> fields = new ArrayList<>();
        fields.add(JsonOutput.field("problem", SequenceDocument.PROBLEM));
        fields.add(JsonOutput.field("instance", document.instance()));
        fields.add(JsonOutput.rawField("sequence", JsonOutput.intList(document.sequence())));
        fields.add(JsonOutput.field("tardiness", document.tardiness()));
        return JsonOutput.object(fields);
    }
}
