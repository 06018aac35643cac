package dev.gantry.instances.construction;

import dev.gantry.instances.io.CsvTable;
import dev.gantry.instances.io.SourceFiles;
import dev.gantry.instances.schedule.ScheduleDocument;
import dev.gantry.instances.schedule.ScheduleEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A construction plan exported from another tool as CSV with the columns {@code id,start,finish} (spec scheduling
 * §7.1). Each cell is either an ISO date — {@code start} the first working day, {@code finish} the last one — or a
 * working-day index as in the JSON form, {@code finish} then being the exclusive end. The verifier turns dates into
 * indices with the project calendar (and reports dates that are no working days).
 */
public final class PlanCsv {
    private PlanCsv() {
    }

    public static ScheduleDocument read(Path file) throws IOException {
        return parse(file.toString(), SourceFiles.readUtf8(file));
    }

    public static ScheduleDocument parse(String source, String text) {
        List<ScheduleEntry> entries = new ArrayList<>();
        for (CsvTable.Row r : CsvTable.parse(source, text, List.of("id", "start", "finish")).rows()) {
            String start = r.text("start");
            String finish = r.text("finish");
            boolean startIndex = isIndex(r, "start", start);
            boolean finishIndex = isIndex(r, "finish", finish);
            entries.add(new ScheduleEntry(r.text("id"), null, null, null, null, startIndex ? Long.parseLong(start) : null,
                    finishIndex ? Long.parseLong(finish) : null, startIndex ? null : start, finishIndex ? null : finish, r.line()));
        }
        return new ScheduleDocument(ScheduleDocument.FORMAT, ScheduleDocument.VERSION, "construction", null, null, "workday", null,
                entries, null, source);
    }

    /** True for an index, false for an ISO date; anything else is an error at the cell. */
    private static boolean isIndex(CsvTable.Row r, String column, String cell) {
        if (cell.matches("\\d{1,15}")) {
            return true;
        }
        try {
            LocalDate.parse(cell);
            return false;
        } catch (DateTimeParseException e) {
            throw r.error(column, "expected a working-day index or an ISO date, found '" + cell + "'");
        }
    }
}
