package dev.gantry.instances.dag;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.gantry.instances.io.JsonInput;
import dev.gantry.instances.io.JsonRecord;
import dev.gantry.instances.io.SourceFiles;
import dev.gantry.modeling.api.InputFormatException;
import dev.gantry.modeling.dag.Dag;
import dev.gantry.modeling.dag.DagEdge;
import dev.gantry.modeling.dag.Transfer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a DAG instance in the {@code gantry-dag} JSON format, version 1 (README "DAG scheduling"): {@code processors},
 * {@code tasks} (in order, each {@code {"id": "n<i>", "cost": [W per processor]}}) and {@code edges} (each
 * {@code {"from", "to"}} by task id with either {@code cost} or {@code data} + {@code bandwidth} and optional
 * {@code latency}). Errors name file, line and field, such as {@code edges[3].to}.
 */
public final class DagReader {
    public static final String FORMAT = "gantry-dag";
    public static final int VERSION = 1;

    private DagReader() {
    }

    public static Dag read(Path file) throws IOException {
        String name = file.getFileName().toString().replaceFirst("(\\.dag)?\\.json$", "");
        return parse(file.toString(), SourceFiles.readUtf8(file), name);
    }

    /** Parses {@code text}; {@code source} names it in errors; {@code fallbackName} is used when it has no {@code name}. */
    public static Dag parse(String source, String text, String fallbackName) {
        return JsonInput.parse(source, text, parser -> {
            List<JsonRecord> tasks = new ArrayList<>();
            List<long[]> costs = new ArrayList<>();
            List<JsonRecord> edges = new ArrayList<>();
            boolean[] seen = new boolean[2];
            JsonRecord top = JsonRecord.read(parser, source, "", (field, p) -> {
                if (field.equals("tasks")) {
                    array(p, source, field, "tasks");
                    for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
                        long[][] cost = new long[1][];
                        String path = "tasks[" + i + "]";
                        tasks.add(JsonRecord.read(p, source, path, (f, q) -> {
                            if (!f.equals("cost")) {
                                return false;
                            }
                            cost[0] = JsonInput.intArray(q, source, path + ".cost").stream().mapToLong(Integer::longValue).toArray();
                            return true;
                        }));
                        costs.add(cost[0]);
                    }
                    seen[0] = true;
                    return true;
                }
                if (field.equals("edges")) {
                    array(p, source, field, "edges");
                    for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
                        edges.add(JsonRecord.read(p, source, "edges[" + i + "]"));
                    }
                    seen[1] = true;
                    return true;
                }
                return false;
            });
            return build(top, seen[0] ? tasks : null, costs, edges, fallbackName);
        });
    }

    private static void array(JsonParser p, String source, String field, String what) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new InputFormatException(source, JsonInput.line(p), field,
                    "expected an array of " + what + ", found " + JsonInput.describeToken(p));
        }
    }

    private static Dag build(JsonRecord top, List<JsonRecord> tasks, List<long[]> costs, List<JsonRecord> edges, String fallbackName) {
        String format = top.text("format");
        if (format == null || !format.equals(FORMAT)) {
            throw top.error("format", format == null ? "missing; expected \"" + FORMAT + "\"" : "expected \"" + FORMAT + "\", found \"" + format + "\"");
        }
        Integer version = top.smallInteger("version");
        if (version != null && version != VERSION) {
            throw top.error("version", "unsupported version " + version + "; this reader knows version " + VERSION);
        }
        Integer processors = top.smallInteger("processors");
        if (processors == null || processors < 1) {
            throw top.error("processors", processors == null ? "missing; expected the number of processors" : "must be at least 1, found " + processors);
        }
        if (tasks == null || tasks.isEmpty()) {
            throw top.error("tasks", tasks == null ? "missing; expected an array of tasks" : "no task");
        }
        long[][] w = new long[tasks.size()][];
        for (int i = 0; i < tasks.size(); i++) {
            JsonRecord t = tasks.get(i);
            String id = t.text("id");
            if (id != null && !id.equals(Dag.id(i))) {
                throw t.error("id", "task " + (i + 1) + " must be \"" + Dag.id(i) + "\" (tasks are listed in order), found \"" + id + "\"");
            }
            if (costs.get(i) == null) {
                throw t.error("cost", "missing; expected " + processors + " execution costs, one per processor");
            }
            if (costs.get(i).length != processors) {
                throw t.error("cost", costs.get(i).length + " execution costs for " + processors + " processors");
            }
            for (int p = 0; p < processors; p++) {
                if (costs.get(i)[p] < 0) {
                    throw t.error("cost", "negative execution cost " + costs.get(i)[p] + " on processor " + p);
                }
            }
            w[i] = costs.get(i);
        }
        List<DagEdge> dagEdges = new ArrayList<>();
        for (JsonRecord e : edges) {
            dagEdges.add(edge(e, tasks.size()));
        }
        String name = top.text("name");
        try {
            return new Dag(name == null ? fallbackName : name, processors, w, dagEdges);
        } catch (IllegalArgumentException e) {
            // duplicates and cycles concern the edge list as a whole
            throw top.error("edges", e.getMessage());
        }
    }

    private static DagEdge edge(JsonRecord e, int taskCount) {
        int from = task(e, "from", taskCount);
        int to = task(e, "to", taskCount);
        Long cost = e.integer("cost");
        Long latency = e.integer("latency");
        Long data = e.integer("data");
        Long bandwidth = e.integer("bandwidth");
        if (data == null && bandwidth == null && latency == null) {
            if (cost == null) {
                throw e.error("cost", "missing; give cost, or data and bandwidth (and optionally latency)");
            }
            if (cost < 0) {
                throw e.error("cost", "negative communication cost " + cost);
            }
            return DagEdge.of(from, to, cost);
        }
        if (data == null || bandwidth == null) {
            throw e.error(data == null ? "data" : "bandwidth", "missing; a latency/bandwidth edge needs data and bandwidth");
        }
        Transfer transfer;
        try {
            transfer = new Transfer(latency == null ? 0 : latency, data, bandwidth);
        } catch (IllegalArgumentException ex) {
            throw e.error(bandwidth < 1 ? "bandwidth" : data < 0 ? "data" : "latency", ex.getMessage());
        }
        if (cost != null && cost != transfer.cost()) {
            throw e.error("cost", "cost " + cost + " disagrees with latency + ceil(data / bandwidth) = " + transfer.cost());
        }
        return DagEdge.of(from, to, transfer);
    }

    private static int task(JsonRecord e, String field, int taskCount) {
        String id = e.text(field);
        if (id == null) {
            throw e.error(field, "missing; expected a task id n1..n" + taskCount);
        }
        if (!id.matches("n[1-9]\\d{0,8}") || Integer.parseInt(id.substring(1)) > taskCount) {
            throw e.error(field, "unknown task \"" + id + "\"; tasks are n1..n" + taskCount);
        }
        return Integer.parseInt(id.substring(1)) - 1;
    }
}
