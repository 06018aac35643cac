package dev.gantry.modeling.construction;

import dev.gantry.modeling.scheduling.PositiveCycle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What {@link DependencyAnalysis} found. Later stages run only when earlier ones pass: with validation errors there
 * are no cycles; with circular logic no redundancies; with a positive cycle no CPM.
 */
public record DependencyReport(String project, List<Issue> issues, List<LogicCycle> cycles, List<RedundantRelation> redundant,
                               Optional<PositiveCycle> positiveCycle, Optional<Cpm> cpm) {
    public DependencyReport {
        issues = List.copyOf(issues);
        cycles = List.copyOf(cycles);
        redundant = List.copyOf(redundant);
    }

    /** Whether the project can be scheduled: no validation error, no circular logic, no positive cycle. */
    public boolean schedulable() {
        return !ProjectValidation.hasErrors(issues) && cycles.isEmpty() && positiveCycle.isEmpty();
    }

    /** The report as plain text, one finding a line; the CLI prints it and golden tests compare it. */
    public String text() {
        StringBuilder out = new StringBuilder("analysis of ").append(project).append('\n');
        out.append("validation: ").append(issues.isEmpty() ? "ok" : issues.size() + " finding(s)").append('\n');
        issues.forEach(i -> out.append("  ").append(i).append('\n'));
        if (ProjectValidation.hasErrors(issues)) {
            return out.toString();
        }
        out.append("circular logic: ").append(cycles.isEmpty() ? "none" : cycles.size() + " cycle(s)").append('\n');
        for (LogicCycle c : cycles) {
            out.append("  cycle ").append(String.join(" -> ", c.cycle())).append("; members ").append(String.join(", ", c.members()))
                    .append('\n');
        }
        if (!cycles.isEmpty()) {
            return out.toString();
        }
        out.append("redundant relations: ").append(redundant.isEmpty() ? "none" : redundant.size()).append('\n');
        for (RedundantRelation r : redundant) {
            out.append("  ").append(r.dependency().describe()).append(" (delta ").append(r.delta()).append(") implied by ")
                    .append(String.join(" -> ", r.path())).append(" (length ").append(r.pathLength()).append(")\n");
        }
        out.append("temporal feasibility: ").append(positiveCycle.isEmpty() ? "ok" : positiveCycle.get().message()).append('\n');
        if (cpm.isEmpty()) {
            return out.toString();
        }
        Cpm c = cpm.get();
        out.append("CPM (working days): finish ").append(c.finish()).append('\n');
        out.append(String.format(Locale.ROOT, "  %-10s %5s %5s %5s %5s %5s %5s%n", "activity", "ES", "EF", "LS", "LF", "TF", "FF"));
        for (ActivityTimes t : c.times()) {
            out.append(String.format(Locale.ROOT, "  %-10s %5d %5d %5d %5d %5d %5d%n", t.id(), t.earlyStart(), t.earlyFinish(),
                    t.lateStart(), t.lateFinish(), t.totalFloat(), t.freeFloat()));
        }
        out.append("critical path: ").append(String.join(" -> ", c.criticalPath())).append('\n');
        return out.toString();
    }
}
