package dev.gantry.instances.travel;

import dev.gantry.modeling.api.InputFormatException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A comma-separated file with RFC 4180 quoting: a quoted cell may hold commas, doubled quotes and line breaks (the
 * TravelPlanner database has names with quoted line breaks). Each record keeps the line it starts on, so errors name
 * file, line and column. The shared {@code CsvTable} rejects quotes, which these files need.
 */
final class QuotedCsv {
    /** One record: its first physical line and its cells by column name. */
    record Row(String source, int line, Map<String, String> cells) {
        String cell(String column) {
            String value = cells.get(column);
            if (value == null) {
                throw new IllegalArgumentException("no column '" + column + "' in " + source);
            }
            return value;
        }

        /** The cell, which must not be empty. */
        String text(String column) {
            String value = cell(column).strip();
            if (value.isEmpty()) {
                throw error(column, "empty cell");
            }
            return value;
        }

        InputFormatException error(String column, String problem) {
            return new InputFormatException(source, line, column, problem);
        }
    }

    private final List<String> columns;
    private final List<Row> rows;

    private QuotedCsv(List<String> columns, List<Row> rows) {
        this.columns = columns;
        this.rows = rows;
    }

    List<String> columns() {
        return columns;
    }

    List<Row> rows() {
        return rows;
    }

    /**
     * Parses {@code text}; the header must name every column of {@code required} (an unnamed leading index column is
     * kept under the name {@code ""}). A row with a different cell count is an error at its line.
     */
    static QuotedCsv parse(String source, String text, List<String> required) {
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        split(source, text, records, lines);
        if (records.isEmpty()) {
            throw new InputFormatException(source, 0, "header", "the file is empty; expected a header naming " + String.join(", ", required));
        }
        List<String> header = records.get(0).stream().map(String::strip).toList();
        for (String column : required) {
            if (!header.contains(column)) {
                throw new InputFormatException(source, lines.get(0), "header",
                        "missing column '" + column + "'; expected columns " + String.join(", ", required));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> cells = records.get(r);
            if (cells.size() == 1 && cells.get(0).isBlank()) {
                continue;
            }
            if (cells.size() != header.size()) {
                throw new InputFormatException(source, lines.get(r), "row",
                        "expected " + header.size() + " cells as in the header, found " + cells.size());
            }
            Map<String, String> byName = new HashMap<>();
            for (int c = 0; c < header.size(); c++) {
                byName.putIfAbsent(header.get(c), cells.get(c));
            }
            rows.add(new Row(source, lines.get(r), byName));
        }
        return new QuotedCsv(header, List.copyOf(rows));
    }

    private static void split(String source, String text, List<List<String>> records, List<Integer> lines) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int line = 1;
        int recordLine = 1;
        int quoteLine = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    quoted = true;
                    quoteLine = line;
                    any = true;
                }
                case ',' -> {
                    cells.add(cell.toString());
                    cell.setLength(0);
                    any = true;
                }
                case '\r' -> {
                    // a CRLF line end: the \n that follows ends the record
                }
                case '\n' -> {
                    cells.add(cell.toString());
                    records.add(cells);
                    lines.add(recordLine);
                    cells = new ArrayList<>();
                    cell.setLength(0);
                    any = false;
                    line++;
                    recordLine = line;
                }
                default -> {
                    cell.append(c);
                    any = true;
                }
            }
        }
        if (quoted) {
            throw new InputFormatException(source, quoteLine, "row", "a quoted cell is not closed before the end of the file");
        }
        if (any || cell.length() > 0) {
            cells.add(cell.toString());
            records.add(cells);
            lines.add(recordLine);
        }
    }
}
