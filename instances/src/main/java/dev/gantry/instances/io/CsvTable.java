package dev.gantry.instances.io;

import dev.gantry.modeling.api.InputFormatException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small comma-separated table: a header row naming the columns, then one row per line, blank lines skipped.
 * The staged tables ({@code tsp/optima.csv}, {@code binpack/summary.csv}) quote nothing, so a double quote is
 * rejected rather than half-understood. Cells are read by column name and every error names file, line and
 * column.
 */
public final class CsvTable {
    private final List<String> columns;
    private final List<Row> rows;

    private CsvTable(List<String> columns, List<Row> rows) {
        this.columns = List.copyOf(columns);
        this.rows = List.copyOf(rows);
    }

    /**
     * Parses {@code text}; {@code required} lists the columns the caller reads, so a table missing one fails at its
     * header line instead of at the first row. Extra columns are kept and may be ignored.
     */
    public static CsvTable parse(String source, String text, List<String> required) {
        List<String> lines = text.lines().toList();
        int headerIndex = 0;
        while (headerIndex < lines.size() && lines.get(headerIndex).isBlank()) {
            headerIndex++;
        }
        if (headerIndex == lines.size()) {
            throw new InputFormatException(source, 0, "header",
                    "the file is empty; expected a header row " + String.join(",", required));
        }
        int headerLine = headerIndex + 1;
        List<String> columns = cells(source, headerLine, lines.get(headerIndex));
        Map<String, Integer> index = new HashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            if (index.putIfAbsent(columns.get(c), c) != null) {
                throw new InputFormatException(source, headerLine, "header",
                        "column '" + columns.get(c) + "' appears twice");
            }
        }
        for (String column : required) {
            if (!index.containsKey(column)) {
                throw new InputFormatException(source, headerLine, "header",
                        "missing column '" + column + "'; expected columns " + String.join(",", required));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int i = headerIndex + 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> cells = cells(source, i + 1, lines.get(i));
            if (cells.size() != columns.size()) {
                throw new InputFormatException(source, i + 1, "row",
                        "expected " + columns.size() + " cells as in the header, found " + cells.size());
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < columns.size(); c++) {
                row.put(columns.get(c), cells.get(c));
            }
            rows.add(new Row(source, i + 1, row));
        }
        return new CsvTable(columns, rows);
    }

    private static List<String> cells(String source, int line, String text) {
        if (text.indexOf('"') >= 0) {
            throw new InputFormatException(source, line, "row", "quoted cells are not supported");
        }
        // The limit -1 keeps trailing empty cells, so "a,b," counts three cells.
        return List.of(text.strip().split("\\s*,\\s*", -1));
    }

    public List<String> columns() {
        return columns;
    }

    public List<Row> rows() {
        return rows;
    }

    /** The rows, checking that no two share a value in {@code keyColumn} (the error names both lines). */
    public List<Row> rowsUniqueBy(String keyColumn) {
        Map<String, Integer> lines = new java.util.HashMap<>();
        for (Row row : rows) {
            String key = row.text(keyColumn);
            Integer previous = lines.putIfAbsent(key, row.line());
            if (previous != null) {
                throw row.error(keyColumn, "a second row for " + key + " (the first is at line " + previous + ")");
            }
        }
        return rows;
    }

    /** One data row: its 1-based line and its cells by column name. */
    public record Row(String source, int line, Map<String, String> cells) {
        public Row {
            cells = Map.copyOf(cells);
        }

        /** The cell of {@code column}, which must not be empty. */
        public String text(String column) {
            String cell = cell(column);
            if (cell.isEmpty()) {
                throw error(column, "empty cell");
            }
            return cell;
        }

        public long nonNegativeLong(String column) {
            String cell = cell(column);
            if (!cell.isEmpty() && cell.chars().allMatch(c -> c >= '0' && c <= '9')) {
                try {
                    return Long.parseLong(cell);
                } catch (NumberFormatException tooLarge) {
                    // falls through to the common message
                }
            }
            throw error(column, "expected a non-negative integer, found '" + cell + "'");
        }

        /** A finite decimal number (integer, decimal or scientific notation). */
        public double number(String column) {
            String cell = cell(column);
            if (LineReader.isDecimal(cell)) {
                double value = Double.parseDouble(cell);
                if (Double.isFinite(value)) {
                    return value;
                }
            }
            throw error(column, "expected a number, found '" + cell + "'");
        }

        public InputFormatException error(String column, String problem) {
            return new InputFormatException(source, line, column, problem);
        }

        private String cell(String column) {
            String cell = cells.get(column);
            if (cell == null) {
                throw new IllegalArgumentException("no column '" + column + "' in " + source);
            }
            return cell;
        }
    }
}
