package dev.gantry.instances.smtt;

import dev.gantry.instances.io.JsonOutput;
import dev.gantry.modeling.smtt.SingleMachineTardiness;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes tardiness instances as JSON lines in the schema of spec §1.1 — {@code idx, n, RDD, TF, p, d} (and {@code w}
 * when weighted), {@code opt_stored} (null when unknown), plus the generator's {@code seed} and {@code flavour} —
 * so {@link SmttJsonReader} reads them back.
 */
public final class SmttJsonWriter {
    private SmttJsonWriter() {
    }

    public static String lines(List<SmttCase> cases, long seed, String flavour) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cases.size(); i++) {
            SmttCase c = cases.get(i);
            SingleMachineTardiness s = c.instance();
            List<String> fields = new ArrayList<>();
            fields.add(JsonOutput.field("idx", i));
            fields.add(JsonOutput.field("n", s.size()));
            fields.add(JsonOutput.field("RDD", c.rdd()));
            fields.add(JsonOutput.field("TF", c.tf()));
            fields.add(JsonOutput.rawField("p", JsonOutput.intList(Arrays.stream(s.processing()).boxed().toList())));
            if (s.isWeighted()) {
                fields.add(JsonOutput.rawField("w", JsonOutput.intList(Arrays.stream(s.weights()).boxed().toList())));
            }
            fields.add(JsonOutput.rawField("d", JsonOutput.intList(Arrays.stream(s.dueDates()).boxed().toList())));
            fields.add(JsonOutput.rawField("opt_stored", c.optimum().isPresent() ? String.valueOf(c.optimum().getAsLong()) : "null"));
            fields.add(JsonOutput.field("seed", seed));
            fields.add(JsonOutput.field("flavour", flavour));
            out.append('{').append(String.join(",", fields).replace("\n", "")).append("}\n");
        }
        return out.toString();
    }
}
