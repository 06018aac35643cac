package dev.gantry.instances.dag;

import dev.gantry.instances.io.JsonOutput;
import dev.gantry.modeling.dag.Dag;
import dev.gantry.modeling.dag.DagEdge;
import dev.gantry.modeling.dag.Transfer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Writes a DAG in the {@code gantry-dag} JSON format that {@link DagReader} reads: one task and one edge per line. */
public final class DagWriter {
    private DagWriter() {
    }

    public static String write(Dag dag) {
        List<String> fields = new ArrayList<>();
        fields.add(JsonOutput.field("format", DagReader.FORMAT));
        fields.add(JsonOutput.field("version", DagReader.VERSION));
        fields.add(JsonOutput.field("name", dag.name()));
        fields.add(JsonOutput.field("processors", dag.processorCount()));
        List<String> tasks = new ArrayList<>();
        for (int i = 0; i < dag.taskCount(); i++) {
            List<Integer> cost = new ArrayList<>();
            for (int p = 0; p < dag.processorCount(); p++) {
                cost.add(Math.toIntExact(dag.cost(i, p)));
            }
            tasks.add("{" + JsonOutput.field("id", Dag.id(i)) + ", " + JsonOutput.rawField("cost", JsonOutput.intList(cost)) + "}");
        }
        fields.add(list("tasks", tasks));
        fields.add(list("edges", dag.edges().stream().map(DagWriter::edge).toList()));
        return JsonOutput.object(fields);
    }

    public static void write(Dag dag, Path file) throws IOException {
        Files.writeString(file, write(dag));
    }

    private static String edge(DagEdge e) {
        List<String> parts = new ArrayList<>();
        parts.add(JsonOutput.field("from", Dag.id(e.from())));
        parts.add(JsonOutput.field("to", Dag.id(e.to())));
        parts.add(JsonOutput.field("cost", e.cost()));
        if (e.transfer().isPresent()) {
            Transfer t = e.transfer().get();
            parts.add(JsonOutput.field("latency", t.latency()));
            parts.add(JsonOutput.field("data", t.data()));
            parts.add(JsonOutput.field("bandwidth", t.bandwidth()));
        }
        return "{" + String.join(", ", parts) + "}";
    }

    private static String list(String name, List<String> items) {
        return items.isEmpty() ? JsonOutput.rawField(name, "[]")
                : JsonOutput.rawField(name, items.stream().map(s -> "    " + s).collect(Collectors.joining(",\n", "[\n", "\n  ]")));
    }
}
