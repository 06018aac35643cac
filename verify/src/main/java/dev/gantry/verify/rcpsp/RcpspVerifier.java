package dev.gantry.verify.rcpsp;

import dev.gantry.instances.schedule.ScheduleDocument;
import dev.gantry.instances.schedule.ScheduleEntry;
import dev.gantry.modeling.api.InputFormatException;
import dev.gantry.modeling.rcpsp.Rcpsp;
import dev.gantry.modeling.rcpsp.RcpspSchedule;
import dev.gantry.verify.VerificationReport;
import dev.gantry.verify.Violation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;

/**
 * Checks an RCPSP plan against its instance (spec scheduling §7.2: C1–C5, R1–R2) without trusting the plan or its
 * solver: durations, arcs, the resource profile, the makespan and the critical-path bound are all recomputed here.
 *
 * <p>Entry ids are PSPLIB job numbers ({@code "1"} … {@code "N+2"}). The dummies (the first and last job, when they
 * have duration 0 and no demand) are optional, as §7.1 allows: a missing source stands at 0 and a missing sink at
 * the makespan, where no arc can be broken. An entry whose id names no job is bad input (an
 * {@link InputFormatException} naming the plan file, the entry's line and the field).
 */
public final class RcpspVerifier {
    private RcpspVerifier() {
    }

    /** Verifies a plan held in memory against the critical-path bound alone. */
    public static VerificationReport verify(RcpspSchedule schedule) {
        return verify(schedule.instance(), ScheduleDocument.ofRcpsp(schedule, null, null), OptionalLong.empty());
    }

    /**
     * Verifies {@code plan} for {@code instance}.
     *
     * @param provenLowerBound a proven makespan lower bound from outside (a PSPLIB optimum or lower value), for C5
     *                         beside the critical path this verifier computes itself
     */
    public static VerificationReport verify(Rcpsp instance, ScheduleDocument plan, OptionalLong provenLowerBound) {
        int n = instance.jobCount();
        List<Violation> violations = new ArrayList<>();
        if (plan.family() != null && !plan.family().equals("rcpsp")) {
            violations.add(new Violation("C1", List.of(), "family is \"" + plan.family() + "\", but this is an RCPSP plan check (\"rcpsp\")"));
        }
        List<List<Integer>> entriesOf = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            entriesOf.add(new ArrayList<>());
        }
        for (int e = 0; e < plan.entries().size(); e++) {
            entriesOf.get(job(instance, plan, e)).add(e);
        }
        // C2: every job once (dummies at most once)
        boolean complete = true;
        for (int i = 0; i < n; i++) {
            List<Integer> at = entriesOf.get(i);
            if (at.isEmpty() && !dummy(instance, i)) {
                complete = false;
                violations.add(new Violation("C2", List.of(id(i)), "missing job " + id(i)));
            } else if (at.size() > 1) {
                violations.add(new Violation("C2", List.of(id(i)), "duplicate job " + id(i) + " (" + where(plan, at) + ")"));
            }
        }
        // C3, per entry; the first entry of each job is the one the other checks judge
        Long[] start = new Long[n];
        Long[] end = new Long[n];
        for (int e = 0; e < plan.entries().size(); e++) {
            ScheduleEntry entry = plan.entries().get(e);
            int i = job(instance, plan, e);
            List<String> items = List.of(id(i));
            boolean timed = true;
            if (entry.start() == null) {
                timed = false;
                violations.add(new Violation("C3", items, "missing start: job " + id(i) + " has no start"));
            } else if (entry.start() < 0) {
                violations.add(new Violation("C3", items, "negative start: job " + id(i) + " starts at " + entry.start()));
            }
            if (entry.end() == null) {
                timed = false;
                violations.add(new Violation("C3", items, "missing end: job " + id(i) + " has no end"));
            }
            long duration = instance.job(i).duration();
            if (timed && entry.end() - entry.start() != duration) {
                violations.add(new Violation("C3", items, "wrong duration: job " + id(i) + " lasts " + (entry.end() - entry.start())
                        + ", the instance says " + duration));
            }
            if (timed && entriesOf.get(i).get(0) == e) {
                start[i] = entry.start();
                end[i] = entry.end();
            }
        }
        Long makespan = null;
        for (int i = 0; i < n; i++) {
            complete &= end[i] != null || dummy(instance, i);
            if (end[i] != null && (makespan == null || end[i] > makespan)) {
                makespan = end[i];
            }
        }
        // C4
        if (plan.makespan() != null && makespan != null && !plan.makespan().equals(makespan)) {
            violations.add(new Violation("C4", List.of(), "stated makespan " + plan.makespan() + " differs from the recomputed makespan "
                    + makespan));
        }
        // C5: only a complete, fully timed plan has a makespan to compare
        if (makespan != null && complete) {
            long cpm = criticalPath(instance);
            if (makespan < cpm) {
                violations.add(new Violation("C5", List.of(), "makespan " + makespan + " contradicts proven bound " + cpm
                        + " (the critical path) for " + instance.name()));
            } else if (provenLowerBound.isPresent() && makespan < provenLowerBound.getAsLong()) {
                violations.add(new Violation("C5", List.of(), "makespan " + makespan + " contradicts proven bound "
                        + provenLowerBound.getAsLong() + " (PSPLIB) for " + instance.name()));
            }
        }
        checkArcs(instance, start, end, violations);
        checkProfile(instance, start, end, violations);
        return VerificationReport.of(makespan, violations);
    }

    /** R1: S_j ≥ E_i on every arc between jobs the plan times. */
    private static void checkArcs(Rcpsp instance, Long[] start, Long[] end, List<Violation> violations) {
        for (int i = 0; i < instance.jobCount(); i++) {
            for (int j : instance.job(i).successors()) {
                if (end[i] != null && start[j] != null && start[j] < end[i]) {
                    violations.add(new Violation("R1", List.of(id(i), id(j)), "precedence broken: job " + id(j) + " starts at " + start[j]
                            + ", before its predecessor " + id(i) + " ends at " + end[i]));
                }
            }
        }
    }

    /**
     * R2: at every start event the jobs running there ({@code S ≤ t < E}, so zero-length jobs never count) use at
     * most each resource's capacity; the profile only rises at starts, so these events cover every instant.
     */
    private static void checkProfile(Rcpsp instance, Long[] start, Long[] end, List<Violation> violations) {
        List<Integer> timed = new ArrayList<>();
        for (int i = 0; i < instance.jobCount(); i++) {
            if (start[i] != null && end[i] != null && end[i] > start[i]) {
                timed.add(i);
            }
        }
        List<Long> events = timed.stream().map(i -> start[i]).distinct().sorted().toList();
        for (long t : events) {
            List<Integer> running = timed.stream().filter(i -> start[i] <= t && t < end[i])
                    .sorted(Comparator.naturalOrder()).toList();
            for (int k = 0; k < instance.resourceCount(); k++) {
                long used = 0;
                List<String> users = new ArrayList<>();
                for (int i : running) {
                    long d = instance.job(i).demand(k);
                    if (d > 0) {
                        used += d;
                        users.add(id(i));
                    }
                }
                if (used > instance.capacity(k)) {
                    violations.add(new Violation("R2", users, "resource R" + (k + 1) + " overloaded at t = " + t + ": jobs "
                            + String.join(", ", users) + " use " + used + " of capacity " + instance.capacity(k)));
                }
            }
        }
    }

    /** The critical-path length, computed here (longest path by relaxation in a topological order of our own). */
    static long criticalPath(Rcpsp instance) {
        int n = instance.jobCount();
        int[] indegree = new int[n];
        for (int i = 0; i < n; i++) {
            for (int s : instance.job(i).successors()) {
                indegree[s]++;
            }
        }
        java.util.ArrayDeque<Integer> ready = new java.util.ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            if (indegree[i] == 0) {
                ready.add(i);
            }
        }
        long[] earliest = new long[n];
        long length = 0;
        while (!ready.isEmpty()) {
            int i = ready.poll();
            long finish = earliest[i] + instance.job(i).duration();
            length = Math.max(length, finish);
            for (int s : instance.job(i).successors()) {
                earliest[s] = Math.max(earliest[s], finish);
                if (--indegree[s] == 0) {
                    ready.add(s);
                }
            }
        }
        return length;
    }

    private static boolean dummy(Rcpsp instance, int i) {
        return (i == 0 || i == instance.jobCount() - 1) && instance.job(i).duration() == 0
                && instance.job(i).demands().stream().allMatch(d -> d == 0);
    }

    private static int job(Rcpsp instance, ScheduleDocument plan, int position) {
        ScheduleEntry entry = plan.entries().get(position);
        String field = "entries[" + position + "].id";
        if (entry.id() == null) {
            throw new InputFormatException(plan.origin(), entry.line(), field, "missing: every entry names its job by PSPLIB number");
        }
        if (!entry.id().matches("[1-9]\\d{0,8}")) {
            throw new InputFormatException(plan.origin(), entry.line(), field, "'" + entry.id() + "' is not a job number");
        }
        int number = Integer.parseInt(entry.id());
        if (number > instance.jobCount()) {
            throw new InputFormatException(plan.origin(), entry.line(), field, "job " + number + " does not exist in " + instance.name()
                    + " (jobs 1.." + instance.jobCount() + ")");
        }
        return number - 1;
    }

    private static String where(ScheduleDocument plan, List<Integer> positions) {
        boolean fromFile = positions.stream().allMatch(e -> plan.entries().get(e).line() > 0);
        List<String> at = positions.stream().map(e -> fromFile ? String.valueOf(plan.entries().get(e).line()) : "entries[" + e + "]").toList();
        String joined = String.join(", ", at.subList(0, at.size() - 1)) + " and " + at.get(at.size() - 1);
        return fromFile ? "entries at lines " + joined : joined;
    }

    private static String id(int job) {
        return String.valueOf(job + 1);
    }
}
