package dev.gantry.verify.construction;

import dev.gantry.instances.schedule.ScheduleDocument;
import dev.gantry.instances.schedule.ScheduleEntry;
import dev.gantry.modeling.construction.Activity;
import dev.gantry.modeling.construction.Crew;
import dev.gantry.modeling.construction.DeadlineType;
import dev.gantry.modeling.construction.Dependency;
import dev.gantry.modeling.construction.LagUnit;
import dev.gantry.modeling.construction.Project;
import dev.gantry.verify.VerificationReport;
import dev.gantry.verify.Violation;
import dev.gantry.verify.scheduling.ResourceProfile;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a construction plan against its project (spec scheduling §7.2), from the definitions alone: it numbers the
 * working days itself from the calendar's rules and reads each dependency's reference points and unit directly.
 * <ul>
 *   <li>C2/C3: every activity exactly once, no unknown ids; times ≥ 0 with {@code end − start} = duration; C4: a
 *   stated makespan equals the latest end;</li>
 *   <li>K1 the dates agree with the calendar (working days, matching the indices); K2 every dependency holds in its
 *   lag unit, min and max lags; K3 crew capacities; K4 zones (no overlap of different trades); K5 hard deadlines
 *   (soft ones only count as tardiness); K6 earliest starts.</li>
 * </ul>
 * The objective is the project finish in working days.
 */
public final class ConstructionVerifier {
    private final Project project;
    private final List<LocalDate> days;

    private ConstructionVerifier(Project project, int dayCount) {
        this.project = project;
        this.days = new ArrayList<>(dayCount);
        LocalDate d = project.start();
        while (days.size() < dayCount) {
            if (project.calendar().isWorking(d)) {
                days.add(d);
            }
            d = d.plusDays(1);
        }
    }

    public static VerificationReport verify(Project project, ScheduleDocument plan) {
        long latest = plan.entries().stream().mapToLong(e -> Math.max(e.end() == null ? 0 : e.end(), e.start() == null ? 0 : e.start())).max()
                .orElse(0);
        long lastDate = plan.entries().stream().flatMap(e -> java.util.stream.Stream.of(e.startDate(), e.finishDate()))
                .filter(s -> s != null).mapToLong(s -> parseOrStart(s, project)).max().orElse(0);
        // the day table must reach past every index and date the checks look up: plan times, deadlines, earliest starts
        long projectDates = project.activities().stream().flatMap(a -> java.util.stream.Stream.concat(a.earliestStart().stream(),
                a.deadline().map(d -> d.date()).stream())).mapToLong(d -> parseOrStart(d.toString(), project)).max().orElse(0);
        int dayCount = Math.toIntExact(Math.max(Math.max(latest, lastDate), projectDates) + 2);
        return new ConstructionVerifier(project, dayCount).check(plan);
    }

    /** Calendar days from the start, for sizing the day table; unreadable dates are reported by K1 later. */
    private static long parseOrStart(String date, Project project) {
        try {
            return Math.max(0, ChronoUnit.DAYS.between(project.start(), LocalDate.parse(date)));
        } catch (DateTimeParseException e) {
            return 0;
        }
    }

    private VerificationReport check(ScheduleDocument plan) {
        List<Violation> violations = new ArrayList<>();
        Map<String, Activity> byId = new LinkedHashMap<>();
        project.activities().forEach(a -> byId.put(a.id(), a));
        Map<String, long[]> times = new HashMap<>();
        for (ScheduleEntry e : plan.entries()) {
            Activity a = e.id() == null ? null : byId.get(e.id());
            if (a == null) {
                violations.add(new Violation("C2", e.id() == null ? List.of() : List.of(e.id()), "unknown activity " + e.id()));
                continue;
            }
            if (times.containsKey(a.id())) {
                violations.add(new Violation("C2", List.of(a.id()), a.id() + " appears more than once"));
                continue;
            }
            long[] t = times(a, e, violations);
            if (t != null) {
                times.put(a.id(), t);
            }
        }
        for (Activity a : project.activities()) {
            if (!times.containsKey(a.id()) && plan.entries().stream().noneMatch(e -> a.id().equals(e.id()))) {
                violations.add(new Violation("C2", List.of(a.id()), a.id() + " is missing from the plan"));
            }
        }
        if (times.size() < byId.size()) {
            return VerificationReport.of(null, violations);
        }
        long finish = times.values().stream().mapToLong(t -> t[1]).max().orElse(0);
        if (plan.makespan() != null && plan.makespan() != finish) {
            violations.add(new Violation("C4", List.of(), "the plan states makespan " + plan.makespan() + " but its latest end is " + finish));
        }
        checkDependencies(times, violations);
        checkCrews(times, violations);
        checkZones(times, violations);
        for (Activity a : project.activities()) {
            long[] t = times.get(a.id());
            if (a.deadline().isPresent() && a.deadline().get().type() == DeadlineType.HARD) {
                long latestEnd = lastWorkingIndexOnOrBefore(a.deadline().get().date()) + 1;
                if (t[1] > latestEnd) {
                    violations.add(new Violation("K5", List.of(a.id()), a.id() + " ends at working day " + t[1] + " but its hard deadline "
                            + a.deadline().get().date() + " allows " + latestEnd));
                }
            }
            if (a.earliestStart().isPresent()) {
                long release = firstWorkingIndexOnOrAfter(a.earliestStart().get());
                if (t[0] < release) {
                    violations.add(new Violation("K6", List.of(a.id()), a.id() + " starts at working day " + t[0] + ", before its earliest start "
                            + a.earliestStart().get() + " (working day " + release + ")"));
                }
            }
        }
        return VerificationReport.of(finish, violations);
    }

    /** {start, end} from indices or dates (C3, K1), or null when unusable. */
    private long[] times(Activity a, ScheduleEntry e, List<Violation> violations) {
        Long start = e.start();
        Long end = e.end();
        if (start == null && e.startDate() != null) {
            start = indexOfWorkingDate(a, e.startDate(), "start", violations);
        }
        if (end == null && e.finishDate() != null) {
            Long last = indexOfWorkingDate(a, e.finishDate(), "finish", violations);
            end = last == null ? null : a.duration() == 0 ? start : last + 1;
        }
        if (start == null || end == null) {
            if (e.startDate() == null && e.start() == null || e.finishDate() == null && e.end() == null) {
                violations.add(new Violation("C3", List.of(a.id()), a.id() + " has no start or end"));
            }
            return null;
        }
        if (start < 0 || end - start != a.duration()) {
            violations.add(new Violation("C3", List.of(a.id()), a.id() + " runs [" + start + ", " + end + ") but lasts " + a.duration()
                    + " working days"));
            return null;
        }
        if (a.duration() > 0 && e.start() != null && e.startDate() != null && !e.startDate().equals(days.get(Math.toIntExact(start)).toString())) {
            violations.add(new Violation("K1", List.of(a.id()), a.id() + " starts on working day " + start + ", which is "
                    + days.get(Math.toIntExact(start)) + ", not " + e.startDate()));
        }
        if (a.duration() > 0 && e.end() != null && e.finishDate() != null && !e.finishDate().equals(days.get(Math.toIntExact(end - 1)).toString())) {
            violations.add(new Violation("K1", List.of(a.id()), a.id() + " ends after working day " + (end - 1) + ", which is "
                    + days.get(Math.toIntExact(end - 1)) + ", not " + e.finishDate()));
        }
        return new long[] {start, end};
    }

    private Long indexOfWorkingDate(Activity a, String text, String what, List<Violation> violations) {
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException ex) {
            violations.add(new Violation("K1", List.of(a.id()), a.id() + " has " + what + " date '" + text + "', not an ISO date"));
            return null;
        }
        int i = days.indexOf(date);
        if (i < 0) {
            violations.add(new Violation("K1", List.of(a.id()), a.id() + " has " + what + " date " + date + ", which is no working day of the"
                    + " project calendar"));
            return null;
        }
        return (long) i;
    }

    /** K2: the reference points, in working days or in calendar days as the dependency's unit says. */
    private void checkDependencies(Map<String, long[]> times, List<Violation> violations) {
        for (Dependency d : project.dependencies()) {
            long[] p = times.get(d.pred());
            long[] s = times.get(d.succ());
            long from = d.type().fromEnd() ? p[1] : p[0];
            long to = d.type().toEnd() ? s[1] : s[0];
            boolean fromEnd = d.type().fromEnd();
            boolean toEnd = d.type().toEnd();
            long distance = d.unit() == LagUnit.WD ? to - from : calendarOffset(to, toEnd) - calendarOffset(from, fromEnd);
            if (distance < d.lag()) {
                violations.add(new Violation("K2", List.of(d.pred(), d.succ()), d.describe() + ": the distance is " + distance + " "
                        + d.unit().code() + ", below the lag " + d.lag()));
            }
            if (d.maxLag().isPresent() && distance > d.maxLag().getAsLong()) {
                violations.add(new Violation("K2", List.of(d.pred(), d.succ()), d.describe() + ": the distance is " + distance + " "
                        + d.unit().code() + ", above the max lag " + d.maxLag().getAsLong()));
            }
        }
    }

    /** Calendar days from the project start to a start's morning, or to the morning after an end's last working day. */
    private long calendarOffset(long index, boolean isEnd) {
        if (isEnd) {
            return index == 0 ? 0 : ChronoUnit.DAYS.between(project.start(), days.get(Math.toIntExact(index - 1))) + 1;
        }
        return ChronoUnit.DAYS.between(project.start(), days.get(Math.toIntExact(index)));
    }

    /** K3: at every start, the running demand of each crew within its capacity. */
    private void checkCrews(Map<String, long[]> times, List<Violation> violations) {
        for (Crew c : project.crews()) {
            List<ResourceProfile.Use> uses = project.activities().stream().map(a -> new ResourceProfile.Use(a.id(), times.get(a.id())[0],
                    times.get(a.id())[1], a.demands().getOrDefault(c.id(), 0L))).toList();
            for (ResourceProfile.Overload o : ResourceProfile.overloads(c.capacity(), uses)) {
                violations.add(new Violation("K3", o.running(), "crew " + c.id() + " is asked for " + o.load() + " on working day " + o.time()
                        + ", above its capacity " + c.capacity()));
            }
        }
    }

    /** K4: two activities of different trades in one zone never overlap. */
    private void checkZones(Map<String, long[]> times, List<Violation> violations) {
        List<Activity> zoned = project.activities().stream().filter(a -> a.zone().isPresent() && a.duration() > 0).toList();
        for (int i = 0; i < zoned.size(); i++) {
            for (int j = i + 1; j < zoned.size(); j++) {
                Activity a = zoned.get(i);
                Activity b = zoned.get(j);
                if (!a.zone().equals(b.zone()) || a.trade().equals(b.trade())) {
                    continue;
                }
                long[] ta = times.get(a.id());
                long[] tb = times.get(b.id());
                if (ta[0] < tb[1] && tb[0] < ta[1]) {
                    violations.add(new Violation("K4", List.of(a.id(), b.id()), "zone " + a.zone().get() + ": " + a.id() + " (" + a.trade()
                            + ") and " + b.id() + " (" + b.trade() + ") overlap"));
                }
            }
        }
    }

    private long lastWorkingIndexOnOrBefore(LocalDate date) {
        long index = -1;
        for (int i = 0; i < days.size() && !days.get(i).isAfter(date); i++) {
            index = i;
        }
        return index;
    }

    private long firstWorkingIndexOnOrAfter(LocalDate date) {
        for (int i = 0; i < days.size(); i++) {
            if (!days.get(i).isBefore(date)) {
                return i;
            }
        }
        return days.size();
    }
}
