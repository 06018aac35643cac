package dev.gantry.instances.quantum;

import dev.gantry.instances.io.JsonInput;
import dev.gantry.instances.io.JsonOutput;
import dev.gantry.instances.io.JsonRecord;
import dev.gantry.instances.io.SourceFiles;
import dev.gantry.modeling.api.InputFormatException;
import dev.gantry.modeling.quantum.QuantumInstance;
import dev.gantry.modeling.quantum.QuantumMetrics;
import dev.gantry.modeling.quantum.QuantumSchedule;
import dev.gantry.modeling.quantum.ScheduleMode;
import dev.gantry.modeling.quantum.ScheduleStatus;
import dev.gantry.modeling.quantum.ScheduledInstance;
import dev.gantry.modeling.quantum.ScheduledOp;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The solution format {@code qnet-periodic-sched-solution/v1} (§4.3), and the {@code reference_results} of a v0
 * instance read as solutions (they use the same field names, with the metrics at the top level).
 */
public final class QuantumSolutionJson {
    public static final String FORMAT = "qnet-periodic-sched-solution/v1";

    private QuantumSolutionJson() {
    }

    /** Reads a solution file; with an instance, every demand and operation id must resolve in it. */
    public static QuantumSolution read(Path file, QuantumInstance instance) throws IOException {
        return parse(file.toString(), SourceFiles.readUtf8(file), instance);
    }

    public static QuantumSolution parse(String source, String text, QuantumInstance instance) {
        return JsonInput.parse(source, text, parser -> {
            List<JsonRecord> runs = new ArrayList<>();
            List<JsonRecord> ops = new ArrayList<>();
            JsonRecord top = JsonRecord.read(parser, source, "", (field, p) -> {
                if (field.equals("instance_schedule")) {
                    QuantumReader.elements(p, source, field, runs);
                    return true;
                }
                if (field.equals("op_schedule")) {
                    QuantumReader.elements(p, source, field, ops);
                    return true;
                }
                return false;
            });
            String format = top.text("format");
            if (format == null || !format.equals(FORMAT)) {
                throw top.error("format", (format == null ? "missing" : "found \"" + format + "\"") + "; expected \"" + FORMAT + "\"");
            }
            JsonRecord metrics = top.nested("metrics");
            return body(top, runs, ops, metrics == null ? null : metrics, instance);
        });
    }

    /** The {@code reference_results} of an instance file, by scheduler name ({@code PTS-NP-EDF}, …), in file order. */
    public static Map<String, QuantumSolution> references(Path file, QuantumInstance instance) throws IOException {
        String source = file.toString();
        return JsonInput.parse(source, SourceFiles.readUtf8(file), parser -> {
            JsonRecord top = JsonRecord.read(parser, source, "");
            JsonRecord all = top.nested("reference_results");
            Map<String, QuantumSolution> out = new LinkedHashMap<>();
            if (all == null) {
                return out;
            }
            for (String name : all.names()) {
                JsonRecord r = all.nested(name);
                out.put(name, body(r, r.records("instance_schedule"), r.records("op_schedule"), r, instance));
            }
            return out;
        });
    }

    private static QuantumSolution body(JsonRecord r, List<JsonRecord> runs, List<JsonRecord> opRecords, JsonRecord metrics,
            QuantumInstance instance) {
        List<String> accepted = r.texts("accepted");
        if (accepted == null) {
            throw r.error("accepted", "missing; expected the list of accepted demand ids");
        }
        if (instance != null) {
            for (String id : accepted) {
                if (!instance.hasDemand(id)) {
                    throw r.error("accepted", "unknown demand \"" + id + "\"");
                }
            }
        }
        int hyperperiod = QuantumReader.positiveInt(r, "hyperperiod_slots");
        List<ScheduledInstance> instances = new ArrayList<>();
        for (JsonRecord e : runs) {
            String demand = demand(e, instance);
            instances.add(new ScheduledInstance(demand, nonNegative(e, "instance"), nonNegative(e, "start_slot"), nonNegative(e, "end_slot")));
        }
        List<ScheduledOp> ops = new ArrayList<>();
        for (JsonRecord e : opRecords) {
            String demand = demand(e, instance);
            String op = QuantumReader.requiredText(e, "op");
            if (instance != null && instance.protocol(demand).op(op).isEmpty()) {
                throw e.error("op", "unknown operation \"" + op + "\" in the protocol of " + demand);
            }
            ops.add(new ScheduledOp(demand, nonNegative(e, "instance"), op, nonNegative(e, "start_slot")));
        }
        ScheduleMode mode = choice(r, "mode", ScheduleMode.class, ScheduleMode.RIGID);
        ScheduleStatus status = choice(r, "status", ScheduleStatus.class, ScheduleStatus.HEURISTIC);
        if (mode == ScheduleMode.FLEXIBLE && ops.isEmpty()) {
            throw r.error("op_schedule", "required in flexible mode");
        }
        QuantumSchedule schedule = new QuantumSchedule(accepted, hyperperiod, instances, ops, mode, status);
        QuantumMetrics stated = null;
        Double time = null;
        if (metrics != null && metrics.number("throughput_ebit_per_s") != null) {
            Integer count = metrics.smallInteger("accepted_count");
            stated = new QuantumMetrics(metrics.number("throughput_ebit_per_s"), orZero(metrics.number("max_wcrt_s")),
                    orZero(metrics.number("max_jitter_s2")), count == null ? accepted.size() : count);
            time = metrics.number("solve_time_s") != null ? metrics.number("solve_time_s") : metrics.number("runtime_s");
        }
        return new QuantumSolution(r.text("instance"), r.text("solver"), schedule, stated, time);
    }

    private static String demand(JsonRecord e, QuantumInstance instance) {
        String demand = QuantumReader.requiredText(e, "demand");
        if (instance != null && !instance.hasDemand(demand)) {
            throw e.error("demand", "unknown demand \"" + demand + "\"");
        }
        return demand;
    }

    private static <E extends Enum<E>> E choice(JsonRecord r, String field, Class<E> type, E fallback) {
        String text = r.text(field);
        if (text == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw r.error(field, "unknown " + field + " \"" + text + "\"; known: " + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT));
        }
    }

    private static int nonNegative(JsonRecord r, String field) {
        Integer value = r.smallInteger(field);
        if (value == null || value < 0) {
            throw r.error(field, value == null ? "missing; expected an integer >= 0" : "must be >= 0, found " + value);
        }
        return value;
    }

    private static double orZero(Double value) {
        return value == null ? 0 : value;
    }

    /** The solution as JSON, one schedule entry per line, metrics recomputed from the instance. */
    public static String write(QuantumSolution solution, QuantumInstance instance) {
        QuantumSchedule s = solution.schedule();
        QuantumMetrics m = s.metrics(instance);
        List<String> fields = new ArrayList<>();
        fields.add(JsonOutput.field("format", FORMAT));
        if (solution.instance() != null) {
            fields.add(JsonOutput.field("instance", solution.instance()));
        }
        if (solution.solver() != null) {
            fields.add(JsonOutput.field("solver", solution.solver()));
        }
        fields.add(JsonOutput.field("mode", s.mode().name().toLowerCase(Locale.ROOT)));
        fields.add(JsonOutput.field("status", s.status().name()));
        fields.add(JsonOutput.field("hyperperiod_slots", s.hyperperiod()));
        fields.add(JsonOutput.field("accepted", s.accepted()));
        List<String> runs = new ArrayList<>();
        for (ScheduledInstance r : s.instances()) {
            runs.add("{" + JsonOutput.field("demand", r.demand()) + ", " + JsonOutput.field("instance", r.instance()) + ", "
                    + JsonOutput.field("start_slot", r.start()) + ", " + JsonOutput.field("end_slot", r.end()) + "}");
        }
        fields.add(JsonOutput.rawField("instance_schedule", list(runs)));
        if (!s.ops().isEmpty()) {
            List<String> ops = new ArrayList<>();
            for (ScheduledOp o : s.ops()) {
                ops.add("{" + JsonOutput.field("demand", o.demand()) + ", " + JsonOutput.field("instance", o.instance()) + ", "
                        + JsonOutput.field("op", o.op()) + ", " + JsonOutput.field("start_slot", o.start()) + "}");
            }
            fields.add(JsonOutput.rawField("op_schedule", list(ops)));
        }
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("throughput_ebit_per_s", m.throughput());
        metrics.put("max_wcrt_s", m.maxResponseTime());
        metrics.put("max_jitter_s2", m.maxJitter());
        metrics.put("accepted_count", m.acceptedCount());
        if (solution.solveTimeSeconds() != null) {
            metrics.put("solve_time_s", solution.solveTimeSeconds());
        }
        fields.add(JsonOutput.field("metrics", metrics));
        return JsonOutput.object(fields);
    }

    private static String list(List<String> items) {
        return items.isEmpty() ? "[]" : "[\n    " + String.join(",\n    ", items) + "\n  ]";
    }
}
