package dev.gantry.instances.quantum;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.instances.io.JsonInput;
import dev.gantry.instances.io.JsonRecord;
import dev.gantry.instances.io.SourceFiles;
import dev.gantry.modeling.api.InputFormatException;
import dev.gantry.modeling.quantum.Capability;
import dev.gantry.modeling.quantum.Demand;
import dev.gantry.modeling.quantum.Hardware;
import dev.gantry.modeling.quantum.Hold;
import dev.gantry.modeling.quantum.HoldRule;
import dev.gantry.modeling.quantum.MemoryModel;
import dev.gantry.modeling.quantum.NodeRole;
import dev.gantry.modeling.quantum.OpType;
import dev.gantry.modeling.quantum.Protocol;
import dev.gantry.modeling.quantum.ProtocolOp;
import dev.gantry.modeling.quantum.QuantumInstance;
import dev.gantry.modeling.quantum.QuantumLink;
import dev.gantry.modeling.quantum.QuantumNetwork;
import dev.gantry.modeling.quantum.QuantumNode;
import dev.gantry.modeling.quantum.Segment;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a quantum-network scheduling instance, format {@code qnet-periodic-sched/v0} (the staged [LS]-derived files)
 * or {@code /v1} (Gantry native, spec §4). For v0 it derives what the file leaves implicit: the link and capability of
 * each LINK_GEN (from its comm qubits and its {@code note}), the holds (the §1.2 rule), and it checks the recomputed
 * occupancy against {@code qubit_occupancy_slots}. Errors name file, line and field.
 */
public final class QuantumReader {
    public static final String FORMAT_V0 = "qnet-periodic-sched/v0";
    public static final String FORMAT_V1 = "qnet-periodic-sched/v1";
    private static final Pattern NOTE = Pattern.compile("F=([0-9.]+),\\s*R=([0-9.]+)");

    private QuantumReader() {
    }

    public static QuantumInstance read(Path file) throws IOException {
        return parse(file.toString(), SourceFiles.readUtf8(file), baseName(file));
    }

    private static final Pattern FORMAT_FIELD = Pattern.compile("\"format\"\\s*:\\s*\"qnet-periodic-sched/v[01]\"");
    private static final int SNIFF_CHARS = 4096;

    /**
     * Whether {@code file} is a {@code .json} file whose first few kilobytes declare a quantum instance format (the
     * CLI's detection; the staged files put {@code format} first).
     */
    public static boolean isInstanceFile(Path file) {
        if (!file.toString().endsWith(".json") || !java.nio.file.Files.isRegularFile(file)) {
            return false;
        }
        try (java.io.Reader in = java.nio.file.Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
            char[] head = new char[SNIFF_CHARS];
            int n = in.read(head);
            return n > 0 && FORMAT_FIELD.matcher(new String(head, 0, n)).find();
        } catch (IOException e) {
            return false; // unreadable or not UTF-8: not ours to claim; the chosen family reports the error
        }
    }

    /** The file name without {@code .json}: the instance's name when the file does not give one. */
    public static String baseName(Path file) {
        return file.getFileName().toString().replaceFirst("\\.json$", "");
    }

    /** Parses {@code text}; {@code source} names it in errors. */
    public static QuantumInstance parse(String source, String text, String name) {
        return JsonInput.parse(source, text, parser -> {
            List<JsonRecord> demands = new ArrayList<>();
            List<JsonRecord> protocols = new ArrayList<>();
            JsonRecord top = JsonRecord.read(parser, source, "", (field, p) -> {
                if (field.equals("demands")) {
                    elements(p, source, field, demands);
                    return true;
                }
                if (field.equals("protocols")) {
                    elements(p, source, field, protocols);
                    return true;
                }
                return false;
            });
            return build(top, demands, protocols, name);
        });
    }

    /** Reads each object of an array on its own, so each one is reported at its own line. */
    static void elements(JsonParser p, String source, String field, List<JsonRecord> into) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new InputFormatException(source, JsonInput.line(p), field,
                    "expected an array of objects, found " + JsonInput.describeToken(p));
        }
        for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
            into.add(JsonRecord.read(p, source, field + "[" + i + "]"));
        }
    }

    /** Checks {@code format} is v0 or v1 and returns it. */
    static String format(JsonRecord top) {
        String format = top.text("format");
        if (format == null) {
            throw top.error("format", "missing; expected \"" + FORMAT_V0 + "\" or \"" + FORMAT_V1 + "\"");
        }
        if (!format.equals(FORMAT_V0) && !format.equals(FORMAT_V1)) {
            throw top.error("format", "expected \"" + FORMAT_V0 + "\" or \"" + FORMAT_V1 + "\", found \"" + format + "\"");
        }
        return format;
    }

    private static QuantumInstance build(JsonRecord top, List<JsonRecord> demandRecords, List<JsonRecord> protocolRecords, String name) {
        boolean v0 = format(top).equals(FORMAT_V0);
        JsonRecord time = required(top, top.nested("time"), "time");
        double slot = positive(time, "slot_s");
        Hardware hardware = v0 ? opsModel(top) : hardware(top);
        QuantumNetwork network = network(required(top, top.nested("network"), "network"));
        List<Demand> demands = new ArrayList<>();
        Map<String, Demand> byId = new HashMap<>();
        for (JsonRecord r : demandRecords) {
            Demand d = demand(r, network);
            if (byId.putIfAbsent(d.id(), d) != null) {
                throw r.error("id", "duplicate demand id \"" + d.id() + "\"");
            }
            demands.add(d);
        }
        if (demands.isEmpty()) {
            throw top.error("demands", "missing or empty; expected at least one demand");
        }
        Map<String, Protocol> protocols = new HashMap<>();
        for (JsonRecord r : protocolRecords) {
            String demand = requiredText(r, "demand");
            if (!byId.containsKey(demand)) {
                throw r.error("demand", "unknown demand \"" + demand + "\"");
            }
            if (protocols.containsKey(demand)) {
                throw r.error("demand", "a second protocol for demand \"" + demand + "\"");
            }
            protocols.put(demand, protocol(r, demand, network, v0 ? Dialect.V0 : Dialect.V1, positiveInt(r, "makespan_slots")));
        }
        for (Demand d : demands) {
            if (!protocols.containsKey(d.id())) {
                throw top.error("protocols", "no protocol for demand \"" + d.id() + "\"");
            }
        }
        return new QuantumInstance(name, slot, hardware, network, demands, demands.stream().map(d -> protocols.get(d.id())).toList());
    }

    private static Hardware opsModel(JsonRecord top) {
        JsonRecord ops = top.nested("ops_model");
        if (ops == null) {
            return Hardware.LINK_SCHEDULING;
        }
        int swap = slotsOrOne(ops, "SWAP_duration_slots");
        int distill = slotsOrOne(ops, "DISTILL_duration_slots");
        return new Hardware(swap, distill, 0, null);
    }

    /** A swap or distillation duration; [LS] uses 1 slot when the file does not say. */
    private static int slotsOrOne(JsonRecord r, String field) {
        return r.smallInteger(field) == null ? 1 : positiveInt(r, field);
    }

    private static Hardware hardware(JsonRecord top) {
        JsonRecord hw = top.nested("hardware");
        if (hw == null) {
            return Hardware.LINK_SCHEDULING;
        }
        int swap = slotsOrOne(hw, "swap_slots");
        int distill = slotsOrOne(hw, "distill_slots");
        Integer lag = hw.smallInteger("classical_lag_slots");
        if (lag != null && lag < 0) {
            throw hw.error("classical_lag_slots", "must be >= 0, found " + lag);
        }
        JsonRecord memory = hw.nested("memory");
        MemoryModel model = null;
        if (memory != null) {
            String kind = memory.text("model");
            if (kind != null && !kind.equals("depolarising")) {
                throw memory.error("model", "unknown memory model \"" + kind + "\"; known: depolarising");
            }
            JsonRecord t = required(memory, memory.nested("T_s"), "T_s");
            Integer maxHold = memory.smallInteger("max_hold_slots");
            if (maxHold != null && maxHold < 0) {
                throw memory.error("max_hold_slots", "must be >= 0, found " + maxHold);
            }
            model = new MemoryModel(positive(t, "comm"), positive(t, "storage"), maxHold);
        }
        return new Hardware(swap, distill, lag == null ? 0 : lag, model);
    }

    static QuantumNetwork network(JsonRecord net) {
        List<QuantumNode> nodes = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> qubits = new HashSet<>();
        for (JsonRecord n : net.records("nodes")) {
            String id = requiredText(n, "id");
            if (!ids.add(id)) {
                throw n.error("id", "duplicate node id \"" + id + "\"");
            }
            String role = n.text("role");
            // topologies_derived.json says end_node: true/false instead of role
            if (role == null && n.raw("end_node") != null) {
                role = n.raw("end_node").asBoolean() ? "end" : "repeater";
            }
            NodeRole r = role == null || role.equals("end") ? NodeRole.END : role.equals("repeater") ? NodeRole.REPEATER : null;
            if (r == null) {
                throw n.error("role", "expected \"end\" or \"repeater\", found \"" + role + "\"");
            }
            List<String> comm = qubitList(n, "comm_qubits", id, qubits);
            List<String> storage = qubitList(n, "storage_qubits", id, qubits);
            if (comm.isEmpty()) {
                throw n.error("comm_qubits", "node \"" + id + "\" needs at least one communication qubit");
            }
            nodes.add(new QuantumNode(id, r, comm, storage));
        }
        if (nodes.isEmpty()) {
            throw net.error("nodes", "missing or empty; expected the network's nodes");
        }
        List<QuantumLink> links = new ArrayList<>();
        Set<String> linkIds = new HashSet<>();
        for (JsonRecord l : net.records("links")) {
            String u = requiredText(l, "u");
            String v = requiredText(l, "v");
            for (String end : List.of("u", "v")) {
                if (!ids.contains(l.text(end))) {
                    throw l.error(end, "unknown node \"" + l.text(end) + "\"");
                }
            }
            String id = l.text("id") == null ? u + "-" + v : l.text("id");
            if (!linkIds.add(id)) {
                throw l.error("id", "duplicate link id \"" + id + "\"");
            }
            Double length = l.number("length_km");
            List<Capability> caps = new ArrayList<>();
            for (JsonRecord c : l.records("capabilities")) {
                double f = positive(c, "fidelity");
                if (f > 1) {
                    throw c.error("fidelity", "must be at most 1, found " + f);
                }
                caps.add(new Capability(f, positive(c, "rate_hz")));
            }
            if (caps.isEmpty()) {
                throw l.error("capabilities", "link \"" + id + "\" needs at least one capability (fidelity, rate_hz)");
            }
            links.add(new QuantumLink(id, u, v, length == null ? 0 : length, caps));
        }
        return new QuantumNetwork(nodes, links);
    }

    private static List<String> qubitList(JsonRecord n, String field, String node, Set<String> seen) {
        List<String> list = n.texts(field);
        if (list == null) {
            return List.of();
        }
        for (String q : list) {
            if (!q.startsWith(node + "-")) {
                throw n.error(field, "qubit \"" + q + "\" must start with its node id \"" + node + "-\"");
            }
            if (!seen.add(q)) {
                throw n.error(field, "duplicate qubit id \"" + q + "\"");
            }
        }
        return list;
    }

    private static Demand demand(JsonRecord r, QuantumNetwork network) {
        String id = requiredText(r, "id");
        for (String end : List.of("src", "dst")) {
            String node = requiredText(r, end);
            if (network.node(node).isEmpty()) {
                throw r.error(end, "unknown node \"" + node + "\"");
            }
        }
        double minF = positive(r, "min_fidelity");
        if (minF > 1) {
            throw r.error("min_fidelity", "must be at most 1, found " + minF);
        }
        int period = positiveInt(r, "period_slots");
        Integer deadline = r.smallInteger("relative_deadline_slots");
        if (deadline != null && deadline != period) {
            // §1.1: deadline = period; the schedulers and models rely on it.
            throw r.error("relative_deadline_slots", "must equal period_slots (" + period + "), found " + deadline);
        }
        String legacy = r.text("legacy_name");
        return new Demand(id, legacy == null ? id : legacy, r.text("src"), r.text("dst"), minF, positive(r, "rate_hz"), period, period);
    }

    /**
     * The field names of a protocol's operations and what is derived from them: v0 infers link, capability and holds
     * and requires the occupancy; v1 states them; {@code protocol_examples.json} is v0 under other names.
     */
    record Dialect(String ops, String id, String type, String preds, String note, boolean inferred, boolean occupancyRequired) {
        static final Dialect V0 = new Dialect("ops", "id", "type", "preds", "note", true, true);
        static final Dialect V1 = new Dialect("ops", "id", "type", "preds", "note", false, false);
        static final Dialect EXAMPLE = new Dialect("subtasks", "name", "kind", "parents", "desc", true, false);
    }

    static Protocol protocol(JsonRecord r, String demand, QuantumNetwork network, Dialect dialect, int makespan) {
        boolean v0 = dialect.inferred();
        Map<String, String> owner = network.qubitNodes();
        List<ProtocolOp> ops = new ArrayList<>();
        Map<String, List<String>> holdsAfter = new HashMap<>();
        Set<String> opIds = new HashSet<>();
        List<JsonRecord> opRecords = r.records(dialect.ops());
        if (opRecords.isEmpty()) {
            throw r.error(dialect.ops(), "missing or empty; a protocol needs at least one operation");
        }
        for (JsonRecord o : opRecords) {
            String id = requiredText(o, dialect.id());
            if (!opIds.add(id) || id.equals(Hold.END)) {
                throw o.error(dialect.id(), id.equals(Hold.END) ? "\"END\" is reserved for holds" : "duplicate operation id \"" + id + "\"");
            }
            String typeName = requiredText(o, dialect.type());
            OpType type;
            try {
                type = OpType.valueOf(typeName);
            } catch (IllegalArgumentException e) {
                throw o.error(dialect.type(), "expected LINK_GEN, SWAP or DISTILL, found \"" + typeName + "\"");
            }
            Integer offset = o.smallInteger("offset_slots");
            if (offset == null || offset < 0) {
                throw o.error("offset_slots", offset == null ? "missing" : "must be >= 0, found " + offset);
            }
            int duration = positiveInt(o, "duration_slots");
            if (offset + duration > makespan) {
                throw o.error("duration_slots", "operation \"" + id + "\" ends at " + (offset + duration) + ", after the makespan " + makespan);
            }
            List<String> qubits = o.texts("qubits");
            if (qubits == null || qubits.isEmpty()) {
                throw o.error("qubits", "missing or empty");
            }
            for (String q : qubits) {
                if (!owner.containsKey(q)) {
                    throw o.error("qubits", "unknown qubit \"" + q + "\"");
                }
            }
            List<String> preds = o.texts(dialect.preds()) == null ? List.of() : o.texts(dialect.preds());
            String link = null;
            int capability = -1;
            if (type == OpType.LINK_GEN) {
                QuantumLink l = v0 ? linkOfQubits(o, qubits, network, owner) : namedLink(o, network);
                link = l.id();
                capability = v0 ? nearestCapability(o, l, dialect.note()) : capabilityIndex(o, l);
            }
            if (v0) {
                List<String> after = o.texts("holds_after");
                if (after != null) {
                    for (String q : after) {
                        if (!qubits.contains(q)) {
                            throw o.error("holds_after", "qubit \"" + q + "\" is not among the operation's qubits");
                        }
                    }
                    holdsAfter.put(id, after);
                }
            }
            ops.add(new ProtocolOp(id, type, offset, duration, qubits, preds, link, capability));
        }
        for (int i = 0; i < ops.size(); i++) {
            for (String p : ops.get(i).preds()) {
                if (!opIds.contains(p)) {
                    throw opRecords.get(i).error(dialect.preds(), "unknown operation \"" + p + "\"");
                }
            }
        }
        List<Hold> holds = v0 ? HoldRule.derive(ops, holdsAfter) : holds(r, opIds, owner);
        List<String> path = r.texts("path") == null ? List.of() : r.texts("path");
        Protocol protocol;
        try {
            protocol = new Protocol(demand, path, makespan, ops, holds);
            protocol.topologicalOrder();
        } catch (IllegalArgumentException e) {
            throw r.error("ops", e.getMessage());
        }
        for (Hold h : holds) {
            if (protocol.holdEnd(h) < protocol.holdStart(h)) {
                throw r.error("holds", "hold of " + h.qubit() + " after \"" + h.from() + "\" ends before it starts");
            }
        }
        checkOccupancy(r, protocol, dialect.occupancyRequired());
        return protocol;
    }

    private static QuantumLink linkOfQubits(JsonRecord o, List<String> qubits, QuantumNetwork network, Map<String, String> owner) {
        List<String> ends = qubits.stream().filter(network::isCommQubit).map(owner::get).distinct().toList();
        if (ends.size() != 2) {
            throw o.error("qubits", "a LINK_GEN needs communication qubits at exactly two nodes, found " + ends);
        }
        return network.linkBetween(ends.get(0), ends.get(1)).orElseThrow(
                () -> o.error("qubits", "no link joins nodes " + ends.get(0) + " and " + ends.get(1)));
    }

    /** The capability nearest the {@code "F=0.83, R=20.84"} values in {@code note} (they are rounded there). */
    private static int nearestCapability(JsonRecord o, QuantumLink link, String noteField) {
        String note = o.text(noteField);
        Matcher m = note == null ? null : NOTE.matcher(note);
        if (m == null || !m.find()) {
            throw o.error(noteField, "a v0 LINK_GEN needs a note \"F=<fidelity>, R=<rate>\" to identify its capability, found "
                    + (note == null ? "none" : "\"" + note + "\""));
        }
        double f = Double.parseDouble(m.group(1));
        double rate = Double.parseDouble(m.group(2));
        int best = 0;
        double bestDistance = Double.MAX_VALUE;
        for (int i = 0; i < link.capabilities().size(); i++) {
            Capability c = link.capabilities().get(i);
            double distance = Math.pow(c.fidelity() - f, 2) + Math.pow(c.rateHz() - rate, 2);
            if (distance < bestDistance) {
                best = i;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static QuantumLink namedLink(JsonRecord o, QuantumNetwork network) {
        String id = requiredText(o, "link");
        return network.link(id).orElseThrow(() -> o.error("link", "unknown link \"" + id + "\""));
    }

    private static int capabilityIndex(JsonRecord o, QuantumLink link) {
        Integer index = o.smallInteger("capability_index");
        if (index == null || index < 0 || index >= link.capabilities().size()) {
            throw o.error("capability_index", (index == null ? "missing" : "out of range: " + index)
                    + "; link \"" + link.id() + "\" has " + link.capabilities().size() + " capabilities");
        }
        return index;
    }

    private static List<Hold> holds(JsonRecord r, Set<String> opIds, Map<String, String> owner) {
        List<Hold> holds = new ArrayList<>();
        for (JsonRecord h : r.records("holds")) {
            String q = requiredText(h, "qubit");
            if (!owner.containsKey(q)) {
                throw h.error("qubit", "unknown qubit \"" + q + "\"");
            }
            String from = requiredText(h, "from");
            if (!opIds.contains(from)) {
                throw h.error("from", "unknown operation \"" + from + "\"");
            }
            String to = requiredText(h, "to");
            if (!to.equals(Hold.END) && !opIds.contains(to)) {
                throw h.error("to", "unknown operation \"" + to + "\" (or \"END\")");
            }
            holds.add(new Hold(q, from, to));
        }
        return holds;
    }

    /** Recomputed occupancy must equal {@code qubit_occupancy_slots} (required in v0, optional in v1). */
    private static void checkOccupancy(JsonRecord r, Protocol protocol, boolean required) {
        JsonNode given = r.raw("qubit_occupancy_slots");
        if (given == null) {
            if (required) {
                throw r.error("qubit_occupancy_slots", "missing; v0 protocols list their per-qubit occupancy");
            }
            return;
        }
        if (!given.isObject()) {
            throw r.error("qubit_occupancy_slots", "expected an object of qubit: [[a,b],...], found " + JsonRecord.describe(given));
        }
        Map<String, List<Segment>> derived = protocol.occupancy();
        Map<String, List<List<Integer>>> expected = new LinkedHashMap<>();
        derived.forEach((q, segs) -> expected.put(q, segs.stream().map(s -> List.of(s.start(), s.end())).toList()));
        Map<String, List<List<Integer>>> stated = new LinkedHashMap<>();
        var names = given.fieldNames();
        while (names.hasNext()) {
            String q = names.next();
            List<List<Integer>> segs = new ArrayList<>();
            for (JsonNode pair : given.get(q)) {
                if (!pair.isArray() || pair.size() != 2 || !pair.get(0).isInt() || !pair.get(1).isInt()) {
                    throw r.error("qubit_occupancy_slots", q + ": expected [begin, end] integer pairs, found " + JsonRecord.describe(pair));
                }
                segs.add(List.of(pair.get(0).intValue(), pair.get(1).intValue()));
            }
            segs.sort((a, b) -> a.get(0).equals(b.get(0)) ? Integer.compare(a.get(1), b.get(1)) : Integer.compare(a.get(0), b.get(0)));
            stated.put(q, segs);
        }
        for (String q : union(expected.keySet(), stated.keySet())) {
            List<List<Integer>> e = expected.getOrDefault(q, List.of());
            List<List<Integer>> s = stated.getOrDefault(q, List.of());
            if (!e.equals(s)) {
                throw r.error("qubit_occupancy_slots", "qubit " + q + ": stated " + s + " but operations and holds give " + e);
            }
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }

    static JsonRecord required(JsonRecord parent, JsonRecord child, String field) {
        if (child == null) {
            throw parent.error(field, "missing; expected an object");
        }
        return child;
    }

    static String requiredText(JsonRecord r, String field) {
        String value = r.text(field);
        if (value == null) {
            throw r.error(field, "missing; expected a string");
        }
        return value;
    }

    static double positive(JsonRecord r, String field) {
        Double value = r.number(field);
        if (value == null || !(value > 0) || value.isInfinite()) {
            throw r.error(field, value == null ? "missing; expected a positive number" : "must be positive, found " + value);
        }
        return value;
    }

    static int positiveInt(JsonRecord r, String field) {
        Integer value = r.smallInteger(field);
        if (value == null || value < 1) {
            throw r.error(field, value == null ? "missing; expected a positive integer" : "must be positive, found " + value);
        }
        return value;
    }
}
