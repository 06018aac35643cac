package dev.gantry.instances.construction;

import dev.gantry.instances.io.CsvTable;
import dev.gantry.instances.io.SourceFiles;
import dev.gantry.modeling.api.InputFormatException;
import dev.gantry.modeling.construction.Activity;
import dev.gantry.modeling.construction.Calendar;
import dev.gantry.modeling.construction.Crew;
import dev.gantry.modeling.construction.Deadline;
import dev.gantry.modeling.construction.DeadlineType;
import dev.gantry.modeling.construction.Dependency;
import dev.gantry.modeling.construction.LagUnit;
import dev.gantry.modeling.construction.Project;
import dev.gantry.modeling.construction.Zone;
import dev.gantry.modeling.scheduling.RelationType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a project from a directory of CSV files (spec scheduling §4.3): {@code activities.csv}
 * ({@code id,name,duration,trade,zone,demands,earliestStart,deadline,deadlineType,phase}, optionally
 * {@code deadlineWeight} (default 1) and {@code predecessors}), {@code dependencies.csv}
 * ({@code pred,succ,type,lag,lagUnit,maxLag}; optional when the predecessors column is used), {@code crews.csv}
 * ({@code id,capacity}) and {@code calendar.csv} ({@code date,working}, optional). Gantry adds {@code project.csv}
 * ({@code id,start} and optionally {@code weekdays} such as {@code MON;TUE;WED;THU;FRI}), because the four files
 * have no place for the start date. Zones are those the activities name, in order of first use. Every error names
 * file, line and column.
 */
public final class ProjectCsv {
    static final List<String> ACTIVITY_COLUMNS = List.of("id", "name", "duration", "trade", "zone", "demands", "earliestStart",
            "deadline", "deadlineType", "phase");
    static final List<String> DEPENDENCY_COLUMNS = List.of("pred", "succ", "type", "lag", "lagUnit", "maxLag");

    private ProjectCsv() {
    }

    /** Whether {@code dir} looks like a CSV project (it has {@code activities.csv}). */
    public static boolean isProjectDirectory(Path dir) {
        return Files.isRegularFile(dir.resolve("activities.csv"));
    }

    public static Project read(Path dir) throws IOException {
        CsvTable projectTable = table(dir.resolve("project.csv"), List.of("id", "start"));
        if (projectTable.rows().size() != 1) {
            throw new InputFormatException(dir.resolve("project.csv").toString(), 1, "row",
                    "expected exactly one project row, found " + projectTable.rows().size());
        }
        CsvTable.Row p = projectTable.rows().get(0);
        LocalDate start = date(p, "start");
        Set<DayOfWeek> weekdays = projectTable.columns().contains("weekdays") ? weekdays(p) : Calendar.MONDAY_TO_FRIDAY;
        TreeSet<LocalDate> holidays = new TreeSet<>();
        TreeSet<LocalDate> extra = new TreeSet<>();
        Path calendarFile = dir.resolve("calendar.csv");
        if (Files.exists(calendarFile)) {
            for (CsvTable.Row r : table(calendarFile, List.of("date", "working")).rowsUniqueBy("date")) {
                (bool(r, "working") ? extra : holidays).add(date(r, "date"));
            }
        }
        List<Crew> crews = new ArrayList<>();
        for (CsvTable.Row r : table(dir.resolve("crews.csv"), List.of("id", "capacity")).rowsUniqueBy("id")) {
            crews.add(new Crew(r.text("id"), r.nonNegativeLong("capacity")));
        }
        CsvTable activities = table(dir.resolve("activities.csv"), ACTIVITY_COLUMNS);
        boolean compact = activities.columns().contains("predecessors");
        boolean weighted = activities.columns().contains("deadlineWeight");
        List<Activity> acts = new ArrayList<>();
        Set<String> zones = new LinkedHashSet<>();
        List<Dependency> deps = new ArrayList<>();
        Path depFile = dir.resolve("dependencies.csv");
        if (Files.exists(depFile)) {
            for (CsvTable.Row r : table(depFile, DEPENDENCY_COLUMNS).rows()) {
                deps.add(dependency(r));
            }
        } else if (!compact) {
            throw new InputFormatException(depFile.toString(), 0, "file",
                    "missing; give dependencies.csv or a predecessors column in activities.csv");
        }
        for (CsvTable.Row r : activities.rowsUniqueBy("id")) {
            Activity a = activity(r, weighted);
            acts.add(a);
            a.zone().ifPresent(zones::add);
            if (compact) {
                deps.addAll(PredecessorSyntax.parse(a.id(), r.cells().get("predecessors"), m -> r.error("predecessors", m)));
            }
        }
        return new Project(p.text("id"), start, new Calendar(weekdays, holidays, extra), crews,
                zones.stream().map(Zone::new).toList(), acts, deps);
    }

    private static CsvTable table(Path file, List<String> required) throws IOException {
        if (!Files.exists(file)) {
            throw new InputFormatException(file.toString(), 0, "file", "missing; expected columns " + String.join(",", required));
        }
        return CsvTable.parse(file.toString(), SourceFiles.readUtf8(file), required);
    }

    private static Activity activity(CsvTable.Row r, boolean weighted) {
        Map<String, Long> demands = new LinkedHashMap<>();
        String cell = r.cells().get("demands");
        if (!cell.isBlank()) {
            for (String item : cell.split(";")) {
                String[] kv = item.strip().split(":");
                if (kv.length != 2 || kv[0].isBlank() || !kv[1].strip().matches("\\d{1,15}")) {
                    throw r.error("demands", "cannot read '" + item.strip() + "'; expected crew:units as in elec:2;pipefit:1");
                }
                if (demands.put(kv[0].strip(), Long.parseLong(kv[1].strip())) != null) {
                    throw r.error("demands", "crew " + kv[0].strip() + " appears twice");
                }
            }
        }
        Optional<Deadline> deadline = Optional.empty();
        if (!r.cells().get("deadline").isBlank()) {
            String type = r.cells().get("deadlineType");
            DeadlineType t = type.isBlank() ? DeadlineType.HARD : parseEnum(r, "deadlineType", type, DeadlineType.class);
            long weight = weighted && !r.cells().get("deadlineWeight").isBlank() ? r.nonNegativeLong("deadlineWeight") : 1;
            deadline = Optional.of(new Deadline(date(r, "deadline"), t, weight));
        }
        String zone = r.cells().get("zone");
        return new Activity(r.text("id"), r.cells().get("name"), signedLong(r, "duration"), r.cells().get("trade"),
                zone.isBlank() ? Optional.empty() : Optional.of(zone),
                demands, r.cells().get("earliestStart").isBlank() ? Optional.empty() : Optional.of(date(r, "earliestStart")), deadline,
                r.cells().get("phase"));
    }

    private static Dependency dependency(CsvTable.Row r) {
        String type = r.cells().get("type");
        String unit = r.cells().get("lagUnit");
        String maxLag = r.cells().get("maxLag");
        return new Dependency(r.text("pred"), r.text("succ"), type.isBlank() ? RelationType.FS : parseEnum(r, "type", type, RelationType.class),
                r.cells().get("lag").isBlank() ? 0 : signedLong(r, "lag"),
                unit.isBlank() ? LagUnit.WD : parseEnum(r, "lagUnit", unit, LagUnit.class),
                maxLag.isBlank() ? OptionalLong.empty() : OptionalLong.of(signedLong(r, "maxLag")));
    }

    static <E extends Enum<E>> E parseEnum(CsvTable.Row r, String column, String text, Class<E> type) {
        return Codes.parse(type, text).orElseThrow(() -> r.error(column, Codes.expected(type, text)));
    }

    private static long signedLong(CsvTable.Row r, String column) {
        String cell = r.cells().get(column);
        if (cell.matches("[+-]?\\d{1,18}")) {
            return Long.parseLong(cell);
        }
        throw r.error(column, "expected an integer, found '" + cell + "'");
    }

    private static boolean bool(CsvTable.Row r, String column) {
        String cell = r.cells().get(column).toLowerCase(Locale.ROOT);
        if (cell.equals("true") || cell.equals("false")) {
            return cell.equals("true");
        }
        throw r.error(column, "expected true or false, found '" + r.cells().get(column) + "'");
    }

    private static LocalDate date(CsvTable.Row r, String column) {
        try {
            return LocalDate.parse(r.text(column));
        } catch (DateTimeParseException e) {
            throw r.error(column, "expected an ISO date such as 2026-03-02, found '" + r.cells().get(column) + "'");
        }
    }

    private static Set<DayOfWeek> weekdays(CsvTable.Row r) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String d : r.text("weekdays").split(";")) {
            DayOfWeek day = EnumSet.allOf(DayOfWeek.class).stream()
                    .filter(w -> w.name().startsWith(d.strip().toUpperCase(Locale.ROOT)) && d.strip().length() >= 3).findFirst()
                    .orElseThrow(() -> r.error("weekdays", "expected days such as MON;TUE;WED;THU;FRI, found '" + d + "'"));
            days.add(day);
        }
        return days;
    }
}
