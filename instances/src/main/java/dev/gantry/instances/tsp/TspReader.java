package dev.gantry.instances.tsp;

import dev.gantry.instances.io.LineReader;
import dev.gantry.instances.io.LineReader.Line;
import dev.gantry.instances.io.SourceFiles;
import dev.gantry.modeling.api.InputFormatException;
import dev.gantry.modeling.tsp.EdgeWeight;
import dev.gantry.modeling.tsp.Tsp;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads symmetric TSPLIB95 files with Euclidean coordinates (spec metaheuristics §3.1): header lines {@code KEY: value}
 * or {@code KEY : value}, then {@code NODE_COORD_SECTION} with one {@code id x y} line per node (ids 1-based, each
 * once, in any order; coordinates integer, decimal or scientific), then an optional {@code EOF}. Only {@code TYPE: TSP}
 * with {@code EDGE_WEIGHT_TYPE: EUC_2D} is accepted; other types, and sections other than the node coordinates, are
 * rejected by name rather than misread. City {@code k} of the result is node {@code k + 1} of the file, and distances
 * follow {@link EdgeWeight#ROUNDED_EUCLIDEAN}. Every error is an {@link InputFormatException} naming file, line and
 * field.
 */
public final class TspReader {
    /** Header keys read for their value. */
    private static final Set<String> KEYS = Set.of("NAME", "TYPE", "COMMENT", "DIMENSION", "EDGE_WEIGHT_TYPE",
            "NODE_COORD_TYPE", "DISPLAY_DATA_TYPE");
    private static final String NODE_SECTION = "NODE_COORD_SECTION";
    /** TSPLIB's other data sections: legal in the format, but not for the instances this reader accepts. */
    private static final Set<String> OTHER_SECTIONS = Set.of("EDGE_WEIGHT_SECTION", "DISPLAY_DATA_SECTION",
            "FIXED_EDGES_SECTION", "DEPOT_SECTION", "DEMAND_SECTION", "TOUR_SECTION", "EDGE_DATA_SECTION");

    private TspReader() {
    }

    /** Reads {@code file}; the instance name is its {@code NAME}, else the file name without its extension. */
    public static Tsp read(Path file) throws IOException {
        return parse(file.toString(), SourceFiles.readUtf8(file));
    }

    /** Parses {@code text}; {@code source} names it in error messages and gives the name when NAME is absent. */
    public static Tsp parse(String source, String text) {
        LineReader reader = new LineReader(source, text);
        Map<String, Line> header = new HashMap<>();
        Line section = readHeader(source, text, reader, header);
        String name = value(header, "NAME").filter(v -> !v.isEmpty()).orElse(SourceFiles.baseName(source));
        checkType(header, section);
        int n = dimension(header, section);

        // Nodes are kept in file order and placed by id only once all n are read: a file cannot hold more nodes than
        // it has lines, so an absurd DIMENSION fails at the end of the file instead of allocating for it.
        int room = Math.min(n, reader.remainingLines());
        int[] ids = new int[room];
        double[] xs = new double[room];
        double[] ys = new double[room];
        Map<Integer, Integer> lineOfId = new HashMap<>();
        for (int read = 0; read < n; read++) {
            Optional<Line> next = reader.nextLine();
            if (next.isEmpty() || next.get().text().equals("EOF")) {
                int at = next.map(Line::number).orElse(reader.lastLineNumber());
                throw new InputFormatException(source, at, NODE_SECTION, "DIMENSION (line " + header.get("DIMENSION").number()
                        + ") announces " + n + " nodes, found only " + read);
            }
            Line line = next.get();
            ids[read] = nodeId(line, n, lineOfId);
            xs[read] = line.number(1, "node " + ids[read] + " x");
            ys[read] = line.number(2, "node " + ids[read] + " y");
        }
        Optional<Line> after = reader.nextLine();
        if (after.isPresent() && !after.get().text().equals("EOF")) {
            Line extra = after.get();
            throw extra.error(extra.size() == 3 ? NODE_SECTION : "end of file", extra.size() == 3
                    ? "more nodes than the " + n + " that DIMENSION (line " + header.get("DIMENSION").number() + ") announces"
                    : "unexpected data after the " + n + " nodes; expected EOF or the end of the file");
        }
        if (after.isPresent()) {
            Optional<Line> beyond = reader.nextLine();
            if (beyond.isPresent()) {
                throw beyond.get().error("end of file", "unexpected data after EOF");
            }
        }
        // n distinct ids in 1..n: every node is there exactly once.
        double[] x = new double[n];
        double[] y = new double[n];
        for (int k = 0; k < n; k++) {
            x[ids[k] - 1] = xs[k];
            y[ids[k] - 1] = ys[k];
        }
        return new Tsp(name, x, y, EdgeWeight.ROUNDED_EUCLIDEAN);
    }

    /** Reads header lines into {@code header} and returns the NODE_COORD_SECTION line. */
    private static Line readHeader(String source, String text, LineReader reader, Map<String, Line> header) {
        while (true) {
            Optional<Line> next = reader.nextLine();
            if (next.isEmpty()) {
                if (header.isEmpty()) {
                    throw new InputFormatException(source, 0, "header", (text.isBlank() ? "the file is empty"
                            : "the file holds only comments") + "; expected TSPLIB header lines such as 'TYPE : TSP'");
                }
                throw new InputFormatException(source, reader.lastLineNumber(), NODE_SECTION,
                        "missing; the file ends before the node coordinates");
            }
            Line line = next.get();
            String content = line.text();
            int colon = content.indexOf(':');
            String key = (colon < 0 ? content : content.substring(0, colon)).strip();
            if (key.equals(NODE_SECTION) && (colon < 0 || content.substring(colon + 1).isBlank())) {
                return line;
            }
            if (OTHER_SECTIONS.contains(key)) {
                throw line.error(key, "this reader accepts only " + NODE_SECTION + " data (EUC_2D instances)");
            }
            if (colon < 0) {
                throw line.error("header", "expected 'KEY : value' or " + NODE_SECTION + ", found '" + content + "'");
            }
            if (!KEYS.contains(key)) {
                throw line.error(key, "unknown header key; expected one of NAME, TYPE, COMMENT, DIMENSION, "
                        + "EDGE_WEIGHT_TYPE, NODE_COORD_TYPE, DISPLAY_DATA_TYPE");
            }
            Line previous = header.putIfAbsent(key, line);
            if (previous != null) {
                throw line.error(key, "given twice (first at line " + previous.number() + ")");
            }
        }
    }

    /** The text after the first colon of a header line. */
    private static Optional<String> value(Map<String, Line> header, String key) {
        Line line = header.get(key);
        if (line == null) {
            return Optional.empty();
        }
        String content = line.text();
        return Optional.of(content.substring(content.indexOf(':') + 1).strip());
    }

    private static void checkType(Map<String, Line> header, Line section) {
        String type = value(header, "TYPE").orElseThrow(() -> section.error("TYPE",
                "missing before " + NODE_SECTION + "; expected 'TYPE : TSP'"));
        if (!type.equals("TSP")) {
            throw header.get("TYPE").error("TYPE", "unsupported type '" + type
                    + "'; only symmetric TSP instances (TYPE : TSP) are accepted");
        }
        String weights = value(header, "EDGE_WEIGHT_TYPE").orElseThrow(() -> section.error("EDGE_WEIGHT_TYPE",
                "missing before " + NODE_SECTION + "; expected 'EDGE_WEIGHT_TYPE : EUC_2D'"));
        if (!weights.equals("EUC_2D")) {
            throw header.get("EDGE_WEIGHT_TYPE").error("EDGE_WEIGHT_TYPE", "unsupported edge weight type '" + weights
                    + "'; only EUC_2D is accepted");
        }
        Optional<String> coordinates = value(header, "NODE_COORD_TYPE");
        if (coordinates.isPresent() && !coordinates.get().equals("TWOD_COORDS")) {
            throw header.get("NODE_COORD_TYPE").error("NODE_COORD_TYPE", "unsupported coordinate type '"
                    + coordinates.get() + "'; EUC_2D needs TWOD_COORDS");
        }
    }

    private static int dimension(Map<String, Line> header, Line section) {
        Line line = header.get("DIMENSION");
        if (line == null) {
            throw section.error("DIMENSION", "missing before " + NODE_SECTION + "; expected 'DIMENSION : <node count>'");
        }
        String text = value(header, "DIMENSION").orElseThrow();
        if (text.isEmpty() || !text.chars().allMatch(c -> c >= '0' && c <= '9') || text.length() > 9) {
            throw line.error("DIMENSION", "expected a node count, found '" + text + "'");
        }
        int n = Integer.parseInt(text);
        if (n < 3) {
            throw line.error("DIMENSION", "a tour needs at least 3 nodes, found " + n);
        }
        return n;
    }

    /** The node id of an {@code id x y} line, checked to lie in 1..n and to be new. */
    private static int nodeId(Line line, int n, Map<Integer, Integer> lineOfId) {
        if (line.size() != 3) {
            throw line.error(NODE_SECTION, "expected 'id x y', found " + line.size() + " tokens: '" + line.text() + "'");
        }
        long id = line.nonNegativeLong(0, "node id");
        if (id < 1 || id > n) {
            throw line.error("node id", "node " + id + " is outside 1.." + n + " (DIMENSION " + n + ")");
        }
        Integer first = lineOfId.putIfAbsent((int) id, line.number());
        if (first != null) {
            throw line.error("node id", "node " + id + " appears twice (first at line " + first + ")");
        }
        return (int) id;
    }
}
