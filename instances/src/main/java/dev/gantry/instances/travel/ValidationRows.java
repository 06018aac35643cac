package dev.gantry.instances.travel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.gantry.instances.io.SourceFiles;
import dev.gantry.modeling.api.InputFormatException;
import dev.gantry.modeling.travel.Sandbox;
import dev.gantry.modeling.travel.TravelQuery;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the dataset's CSV row form (spec T1, T2; {@code validation_3rows.csv}): per row the query's columns and a
 * {@code reference_information} Python literal, a list of {@code {Description, Content}}.
 */
public final class ValidationRows {
    private static final List<String> QUERY_COLUMNS = List.of("org", "dest", "days", "visiting_city_number", "date",
            "people_number", "local_constraint", "budget", "query", "level");

    /** One row: its line, the query, its reference sandbox, and the diagnostics of normalising the query. */
    public record Row(int line, TravelQuery query, Sandbox sandbox, List<String> diagnostics) {
    }

    private ValidationRows() {
    }

    public static List<Row> read(Path file) throws IOException {
        String source = file.toString();
        List<String> required = new ArrayList<>(QUERY_COLUMNS);
        required.add("reference_information");
        QuotedCsv csv = QuotedCsv.parse(source, SourceFiles.readUtf8(file), required);
        List<Row> rows = new ArrayList<>();
        for (QuotedCsv.Row row : csv.rows()) {
            Map<String, JsonNode> fields = new LinkedHashMap<>();
            for (String column : QUERY_COLUMNS) {
                String cell = row.cell(column);
                fields.put(column, cell.isEmpty() ? JsonNodeFactory.instance.nullNode() : JsonNodeFactory.instance.textNode(cell));
            }
            List<String> diagnostics = new ArrayList<>();
            TravelQuery query = TravelQueryReader.fromFields(source, fields, name -> row.line(), diagnostics);
            rows.add(new Row(row.line(), query, reference(source, row), List.copyOf(diagnostics)));
        }
        return rows;
    }

    private static Sandbox reference(String source, QuotedCsv.Row row) {
        JsonNode list;
        try {
            list = PythonLiteral.parse(row.text("reference_information"));
        } catch (IllegalArgumentException e) {
            throw row.error("reference_information", e.getMessage());
        }
        if (!list.isArray()) {
            throw row.error("reference_information", "expected a list of {'Description': …, 'Content': …}");
        }
        List<ReferenceReader.Entry> entries = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            JsonNode description = item.get("Description");
            JsonNode content = item.get("Content");
            if (description == null || !description.isTextual() || content == null) {
                throw new InputFormatException(source, row.line(), "reference_information[" + i + "]",
                        "expected {'Description': text, 'Content': …}");
            }
            entries.add(new ReferenceReader.Entry(description.textValue(), content, row.line()));
        }
        return ReferenceReader.fromEntries(source, entries);
    }
}
