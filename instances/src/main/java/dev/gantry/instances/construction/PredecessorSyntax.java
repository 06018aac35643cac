package dev.gantry.instances.construction;

import dev.gantry.modeling.construction.Dependency;
import dev.gantry.modeling.construction.LagUnit;
import dev.gantry.modeling.scheduling.RelationType;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The compact {@code predecessors} column (MS Project syntax, spec scheduling §4.3): items such as {@code 12},
 * {@code 12SS+2d} or {@code 15FF-1d} separated by {@code ;}. The type defaults to FS and the lag to 0; {@code d} or
 * {@code wd} is working days, {@code ed} (MS Project's elapsed days) or {@code cd} calendar days.
 */
final class PredecessorSyntax {
    private static final Pattern ITEM = Pattern.compile("([^+\\s]+?)(?:(FS|SS|FF|SF)(?:([+-]\\d+)(d|wd|ed|cd)?)?)?");

    private PredecessorSyntax() {
    }

    /** The dependencies of {@code successor}; {@code error} turns a problem into the caller's located exception. */
    static List<Dependency> parse(String successor, String cell, Function<String, RuntimeException> error) {
        List<Dependency> deps = new ArrayList<>();
        if (cell.isBlank()) {
            return deps;
        }
        for (String raw : cell.split(";")) {
            String item = raw.strip();
            Matcher m = ITEM.matcher(item);
            if (item.isEmpty() || !m.matches()) {
                throw error.apply("cannot read predecessor '" + item + "'; expected e.g. 12, 12SS+2d or 15FF-1d");
            }
            RelationType type = m.group(2) == null ? RelationType.FS : RelationType.valueOf(m.group(2));
            long lag = m.group(3) == null ? 0 : Long.parseLong(m.group(3));
            LagUnit unit = m.group(4) != null && (m.group(4).equals("ed") || m.group(4).equals("cd")) ? LagUnit.CD : LagUnit.WD;
            deps.add(new Dependency(m.group(1), successor, type, lag, unit, OptionalLong.empty()));
        }
        return deps;
    }
}
