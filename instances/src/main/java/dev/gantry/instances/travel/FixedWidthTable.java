package dev.gantry.instances.travel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A pandas-printed text table (the CSV form's reference Content, spec T2): a header line, then one line per row,
 * values right-aligned. Each known column is located in the header; it spans from the previous column's right edge to
 * the end of its own name. Positions count code points, as pandas pads by characters.
 */
final class FixedWidthTable {
    private FixedWidthTable() {
    }

    /** The rows as column → text maps; {@code columns} must all appear in the header, in that order. */
    static List<Map<String, String>> parse(String text, List<String> columns) {
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("the table is empty");
        }
        int[] header = lines.get(0).codePoints().toArray();
        String headerText = lines.get(0);
        int[] ends = new int[columns.size()];
        int from = 0;
        for (int c = 0; c < columns.size(); c++) {
            int at = find(headerText, columns.get(c), from);
            if (at < 0) {
                throw new IllegalArgumentException("the table header lacks column '" + columns.get(c) + "'");
            }
            // convert the char index to a code-point index
            int cpAt = headerText.codePointCount(0, at);
            ends[c] = cpAt + columns.get(c).codePointCount(0, columns.get(c).length());
            from = at + columns.get(c).length();
        }
        if (header.length > ends[ends.length - 1] && !new String(header, ends[ends.length - 1], header.length - ends[ends.length - 1]).isBlank()) {
            throw new IllegalArgumentException("the table header has an unknown column after '" + columns.get(columns.size() - 1) + "'");
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (int r = 1; r < lines.size(); r++) {
            int[] cps = lines.get(r).codePoints().toArray();
            Map<String, String> row = new LinkedHashMap<>();
            int start = 0;
            for (int c = 0; c < columns.size(); c++) {
                int end = c == columns.size() - 1 ? Math.max(cps.length, ends[c]) : ends[c];
                row.put(columns.get(c), slice(cps, start, end).strip());
                start = ends[c];
            }
            rows.add(row);
        }
        return rows;
    }

    /** The first index of {@code name} at or after {@code from} that is a whole word (space or line edge around it). */
    private static int find(String header, String name, int from) {
        for (int at = header.indexOf(name, from); at >= 0; at = header.indexOf(name, at + 1)) {
            boolean before = at == 0 || header.charAt(at - 1) == ' ';
            int after = at + name.length();
            if (before && (after == header.length() || header.charAt(after) == ' ')) {
                return at;
            }
        }
        return -1;
    }

    private static String slice(int[] cps, int start, int end) {
        int s = Math.min(start, cps.length);
        int e = Math.min(end, cps.length);
        return e <= s ? "" : new String(cps, s, e - s);
    }
}
