package dev.gantry.verify.dag;

import dev.gantry.instances.schedule.ScheduleDocument;
import dev.gantry.instances.schedule.ScheduleEntry;
import dev.gantry.modeling.dag.Dag;
import dev.gantry.modeling.dag.DagEdge;
import dev.gantry.modeling.dag.DagSchedule;
import dev.gantry.verify.EntryTimes;
import dev.gantry.verify.Overlaps;
import dev.gantry.verify.VerificationReport;
import dev.gantry.verify.Violation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a DAG plan (schedule JSON family {@code dag}) against its instance (spec scheduling §7.2) without trusting
 * anything the plan states: C1 schema (family, id and processor given), C2 every task exactly once and no unknown
 * ids, C3 times (given, start ≥ 0, end ≥ start), C4 stated makespan = latest end, H1 processor in range,
 * H2 {@code end − start = W[i][p]}, H3 {@code S_j ≥ E_i + c_ij} across processors ({@code S_j ≥ E_i} on the same
 * one), H4 no overlap per processor (half-open intervals; every overlapping pair is listed). Order and overlap are
 * judged on each task's first entry, so one duplicate does not raise a cloud of follow-on violations.
 */
public final class DagVerifier {
    private static final Pattern ID = Pattern.compile("n([1-9]\\d{0,8})");

    private DagVerifier() {
    }

    /** Verifies a plan held in memory. */
    public static VerificationReport verify(DagSchedule schedule) {
        return verify(schedule.dag(), ScheduleDocument.ofDag(schedule, null, null));
    }

    public static VerificationReport verify(Dag dag, ScheduleDocument plan) {
        List<Violation> violations = new ArrayList<>();
        if (plan.family() != null && !plan.family().equals("dag")) {
            violations.add(new Violation("C1", List.of(), "family is \"" + plan.family() + "\", but this is a DAG plan check (\"dag\")"));
        }
        Placed[] first = new Placed[dag.taskCount()];
        List<List<Placed>> all = new ArrayList<>();
        for (int i = 0; i < dag.taskCount(); i++) {
            all.add(new ArrayList<>());
        }
        for (int k = 0; k < plan.entries().size(); k++) {
            ScheduleEntry e = plan.entries().get(k);
            String where = "entries[" + k + "]" + (e.line() > 0 ? " (line " + e.line() + ")" : "");
            if (e.id() == null) {
                violations.add(new Violation("C1", List.of(), where + " has no id"));
                continue;
            }
            Matcher m = ID.matcher(e.id());
            int task = m.matches() ? Integer.parseInt(m.group(1)) - 1 : -1;
            if (task < 0 || task >= dag.taskCount()) {
                violations.add(new Violation("C2", List.of(e.id()), "unknown task " + e.id() + " at " + where
                        + "; " + dag.name() + " has tasks n1..n" + dag.taskCount()));
                continue;
            }
            Placed p = new Placed(task, e);
            all.get(task).add(p);
            if (first[task] == null) {
                first[task] = p;
            }
            checkEntry(dag, p, violations);
        }
        for (int i = 0; i < dag.taskCount(); i++) {
            if (all.get(i).isEmpty()) {
                violations.add(new Violation("C2", List.of(Dag.id(i)), "missing task " + Dag.id(i)));
            } else if (all.get(i).size() > 1) {
                violations.add(new Violation("C2", List.of(Dag.id(i)), "task " + Dag.id(i) + " appears " + all.get(i).size() + " times"));
            }
        }
        Long makespan = plan.entries().stream().map(ScheduleEntry::end).filter(x -> x != null).max(Comparator.naturalOrder()).orElse(null);
        if (plan.makespan() != null && makespan != null && !plan.makespan().equals(makespan)) {
            violations.add(new Violation("C4", List.of(), "stated makespan " + plan.makespan() + " differs from the recomputed makespan " + makespan));
        }
        checkPrecedences(dag, first, violations);
        checkOverlaps(dag, first, violations);
        return VerificationReport.of(makespan, violations);
    }

    private record Placed(int task, ScheduleEntry entry) {
        String id() {
            return Dag.id(task);
        }

        boolean timed() {
            return entry.start() != null && entry.end() != null;
        }

        boolean placedOn(Dag dag) {
            return entry.resource() != null && entry.resource() >= 0 && entry.resource() < dag.processorCount();
        }

        long start() {
            return entry.start();
        }

        long end() {
            return entry.end();
        }

        int processor() {
            return entry.resource();
        }
    }

    /** C1 (processor given), C3, H1, H2 on one entry. */
    private static void checkEntry(Dag dag, Placed p, List<Violation> violations) {
        ScheduleEntry e = p.entry();
        List<String> items = List.of(p.id());
        if (e.resource() == null) {
            violations.add(new Violation("C1", items, "missing processor: " + p.id() + " has no resource"));
        } else if (!p.placedOn(dag)) {
            violations.add(new Violation("H1", items, "processor out of range: " + p.id() + " runs on " + e.resource()
                    + ", " + dag.name() + " has processors 0.." + (dag.processorCount() - 1)));
        }
        EntryTimes.check(p.id(), e.start(), e.end(), violations);
        if (p.timed() && p.end() < p.start()) {
            violations.add(new Violation("C3", items, "end before start: " + p.id() + " runs [" + p.start() + ", " + p.end() + ")"));
        } else if (p.timed() && p.placedOn(dag) && p.end() - p.start() != dag.cost(p.task(), p.processor())) {
            violations.add(new Violation("H2", items, "wrong duration: " + p.id() + " lasts " + (p.end() - p.start())
                    + " on processor " + p.processor() + ", W says " + dag.cost(p.task(), p.processor())));
        }
    }

    /** H3: a task starts once its predecessor has ended and, from another processor, its data has arrived. */
    private static void checkPrecedences(Dag dag, Placed[] first, List<Violation> violations) {
        for (DagEdge edge : dag.edges()) {
            Placed from = first[edge.from()];
            Placed to = first[edge.to()];
            if (from == null || to == null || from.entry().end() == null || to.entry().start() == null
                    || !from.placedOn(dag) || !to.placedOn(dag)) {
                continue;
            }
            boolean across = from.processor() != to.processor();
            long ready = from.end() + (across ? edge.cost() : 0);
            if (to.start() < ready) {
                violations.add(new Violation("H3", List.of(from.id(), to.id()), "dependency broken: " + to.id() + " starts at "
                        + to.start() + " on processor " + to.processor() + ", before " + ready + " ("
                        + from.id() + " ends at " + from.end() + (across ? " on processor " + from.processor()
                        + ", plus communication " + edge.cost() : " on the same processor") + ")"));
            }
        }
    }

    /** H4: tasks on one processor do not overlap; zero-length tasks never do. */
    private static void checkOverlaps(Dag dag, Placed[] first, List<Violation> violations) {
        Comparator<Placed> byStart = Comparator.comparingLong(Placed::start).thenComparingLong(Placed::end).thenComparingInt(Placed::task);
        for (int q = 0; q < dag.processorCount(); q++) {
            int processor = q;
            List<Placed> on = java.util.Arrays.stream(first)
                    .filter(p -> p != null && p.placedOn(dag) && p.processor() == processor && p.timed() && p.end() > p.start())
                    .sorted(byStart).toList();
            Overlaps.sweep(on, Placed::start, Placed::end, (a, next) -> violations.add(new Violation("H4", List.of(a.id(), next.id()),
                    "processor overlap on processor " + processor + ": " + a.id() + " runs [" + a.start() + ", " + a.end()
                            + ") and " + next.id() + " runs [" + next.start() + ", " + next.end() + ")")));
        }
    }
}
