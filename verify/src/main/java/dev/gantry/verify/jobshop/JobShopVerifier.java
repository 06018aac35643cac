package dev.gantry.verify.jobshop;

import dev.gantry.instances.jobshop.BestKnownBounds.Bound;
import dev.gantry.instances.schedule.ScheduleDocument;
import dev.gantry.instances.schedule.ScheduleEntry;
import dev.gantry.modeling.api.InputFormatException;
import dev.gantry.modeling.jobshop.JobShop;
import dev.gantry.modeling.jobshop.JobShopSchedule;
import dev.gantry.verify.EntryTimes;
import dev.gantry.verify.Overlaps;
import dev.gantry.verify.VerificationReport;
import dev.gantry.verify.Violation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a job-shop plan against its instance (spec scheduling §7.2) without trusting anything the plan or its
 * solver claims: it recomputes durations, orders, overlaps and the makespan itself, and lists every violation.
 *
 * <p>An entry that does not name an operation of the instance (no job/index and no id, an unknown operation, an id
 * that disagrees with job/index) is bad input rather than a violation: there is nothing to check it against, so
 * it throws an {@link InputFormatException} naming the plan file, the entry's line and the field.
 */
public final class JobShopVerifier {
    private static final Pattern ID = Pattern.compile("J(\\d{1,9})\\.O(\\d{1,9})");

    private JobShopVerifier() {
    }

    /** Verifies a plan held in memory, with no bound to compare against. */
    public static VerificationReport verify(JobShopSchedule schedule) {
        return verify(schedule.instance(), ScheduleDocument.ofJobShop(schedule, null, null), Optional.empty());
    }

    /**
     * Verifies {@code plan} for {@code instance}.
     *
     * @param bound the instance's proven bounds (from {@code bks.json}), for check C5
     * @throws InputFormatException if an entry does not name an operation of the instance
     */
    public static VerificationReport verify(JobShop instance, ScheduleDocument plan, Optional<Bound> bound) {
        List<Placed> placed = resolve(instance, plan);
        List<Violation> violations = new ArrayList<>();

        checkFamily(plan, violations);
        Placed[][] first = firstEntries(instance, placed);
        boolean complete = checkCoverage(instance, placed, first, violations);
        checkTimes(instance, placed, violations);
        Long makespan = placed.stream().map(p -> p.entry().end()).filter(e -> e != null)
                .max(Comparator.naturalOrder()).orElse(null);
        checkStatedMakespan(plan, makespan, violations);
        checkBound(bound, makespan, complete, violations);
        checkMachines(instance, placed, violations);
        checkJobOrder(instance, first, violations);
        checkMachineOverlap(instance, first, violations);
        return VerificationReport.of(makespan, violations);
    }

    /** An entry with the operation it names. */
    private record Placed(int position, ScheduleEntry entry, int job, int index) {
        String id() {
            return operationId(job, index);
        }

        long start() {
            return entry.start();
        }

        long end() {
            return entry.end();
        }

        boolean timed() {
            return entry.start() != null && entry.end() != null;
        }
    }

    // ---- bad input: entries that name no operation of the instance ----

    private static List<Placed> resolve(JobShop instance, ScheduleDocument plan) {
        List<Placed> placed = new ArrayList<>(plan.entries().size());
        for (int i = 0; i < plan.entries().size(); i++) {
            placed.add(resolve(instance, plan, i));
        }
        return placed;
    }

    private static Placed resolve(JobShop instance, ScheduleDocument plan, int position) {
        ScheduleEntry entry = plan.entries().get(position);
        Integer idJob = null;
        Integer idIndex = null;
        if (entry.id() != null) {
            Matcher m = ID.matcher(entry.id());
            if (!m.matches()) {
                throw badInput(plan, entry, position, "id",
                        "'" + entry.id() + "' is not an operation id of the form J<job>.O<index>");
            }
            idJob = Integer.valueOf(m.group(1));
            idIndex = Integer.valueOf(m.group(2));
            if (entry.job() != null && !entry.job().equals(idJob)) {
                throw badInput(plan, entry, position, "job",
                        "job " + entry.job() + " disagrees with id " + entry.id());
            }
            if (entry.index() != null && !entry.index().equals(idIndex)) {
                throw badInput(plan, entry, position, "index",
                        "index " + entry.index() + " disagrees with id " + entry.id());
            }
        }
        Integer job = entry.job() != null ? entry.job() : idJob;
        Integer index = entry.index() != null ? entry.index() : idIndex;
        if (job == null) {
            throw badInput(plan, entry, position, "job",
                    "missing: the entry gives neither a job nor an id J<job>.O<index>");
        }
        if (index == null) {
            throw badInput(plan, entry, position, "index",
                    "missing: the entry gives neither an index nor an id J<job>.O<index>");
        }
        if (job < 0 || job >= instance.jobCount()) {
            throw badInput(plan, entry, position, entry.job() != null ? "job" : "id",
                    "operation " + operationId(job, index) + " does not exist in " + shape(instance, job));
        }
        if (index < 0 || index >= instance.jobs().get(job).size()) {
            throw badInput(plan, entry, position, entry.index() != null ? "index" : "id",
                    "operation " + operationId(job, index) + " does not exist in " + shape(instance, job));
        }
        return new Placed(position, entry, job, index);
    }

    private static InputFormatException badInput(ScheduleDocument plan, ScheduleEntry entry, int position,
                                                 String field, String problem) {
        return new InputFormatException(plan.origin(), entry.line(), "entries[" + position + "]." + field, problem);
    }

    /** {@code ft06 (6 jobs of 6 operations)}, or the length of the job in question when jobs differ. */
    private static String shape(JobShop instance, int job) {
        List<Integer> lengths = instance.jobs().stream().map(List::size).distinct().toList();
        String jobs = count(instance.jobCount(), "job");
        if (lengths.size() == 1) {
            return instance.name() + " (" + jobs + " of " + count(lengths.get(0), "operation") + ")";
        }
        if (job >= 0 && job < instance.jobCount()) {
            return instance.name() + " (" + jobs + "; J" + job + " has "
                    + count(instance.jobs().get(job).size(), "operation") + ")";
        }
        return instance.name() + " (" + jobs + ")";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    // ---- C1–C5 ----

    private static void checkFamily(ScheduleDocument plan, List<Violation> violations) {
        if (plan.family() != null && !plan.family().equals("jobshop")) {
            violations.add(new Violation("C1", List.of(),
                    "family is \"" + plan.family() + "\", but this is a job-shop plan check (\"jobshop\")"));
        }
    }

    /**
     * The first entry of each operation. Later duplicates are reported by C2 and still checked on their own
     * (C3, J1), but order and overlap are judged on the first, so one duplicate does not raise a cloud of
     * overlaps with itself.
     */
    private static Placed[][] firstEntries(JobShop instance, List<Placed> placed) {
        Placed[][] first = new Placed[instance.jobCount()][];
        for (int j = 0; j < instance.jobCount(); j++) {
            first[j] = new Placed[instance.jobs().get(j).size()];
        }
        for (Placed p : placed) {
            if (first[p.job()][p.index()] == null) {
                first[p.job()][p.index()] = p;
            }
        }
        return first;
    }

    /** C2; returns whether every operation appears. */
    private static boolean checkCoverage(JobShop instance, List<Placed> placed, Placed[][] first,
                                         List<Violation> violations) {
        boolean complete = true;
        for (int j = 0; j < first.length; j++) {
            for (int k = 0; k < first[j].length; k++) {
                String id = operationId(j, k);
                if (first[j][k] == null) {
                    complete = false;
                    violations.add(new Violation("C2", List.of(id), "missing operation " + id));
                    continue;
                }
                int job = j;
                int index = k;
                List<Placed> all = placed.stream().filter(p -> p.job() == job && p.index() == index).toList();
                if (all.size() > 1) {
                    violations.add(new Violation("C2", List.of(id),
                            "duplicate operation " + id + " (" + entriesAt(all) + ")"));
                }
            }
        }
        return complete;
    }

    /** {@code entries at lines 14 and 20}, or by position for entries built in memory. */
    private static String entriesAt(List<Placed> all) {
        boolean fromFile = all.stream().allMatch(p -> p.entry().line() > 0);
        List<String> where = all.stream()
                .map(p -> fromFile ? String.valueOf(p.entry().line()) : "entries[" + p.position() + "]").toList();
        String joined = String.join(", ", where.subList(0, where.size() - 1)) + " and " + where.get(where.size() - 1);
        return fromFile ? "entries at lines " + joined : joined;
    }

    /** C3, per entry: start and end given, start ≥ 0, end − start = the operation's duration. */
    private static void checkTimes(JobShop instance, List<Placed> placed, List<Violation> violations) {
        for (Placed p : placed) {
            ScheduleEntry e = p.entry();
            List<String> items = List.of(p.id());
            EntryTimes.check(p.id(), e.start(), e.end(), violations);
            long duration = instance.operation(p.job(), p.index()).duration();
            if (p.timed() && e.end() - e.start() != duration) {
                violations.add(new Violation("C3", items, "wrong duration: " + p.id() + " lasts "
                        + (e.end() - e.start()) + ", the instance says " + duration));
            }
        }
    }

    /** C4: a stated makespan must be the latest end. */
    private static void checkStatedMakespan(ScheduleDocument plan, Long makespan, List<Violation> violations) {
        if (plan.makespan() != null && makespan != null && !plan.makespan().equals(makespan)) {
            violations.add(new Violation("C4", List.of(), "stated makespan " + plan.makespan()
                    + " differs from the recomputed makespan " + makespan));
        }
    }

    /**
     * C5: a makespan below a proven lower bound contradicts a proof. Skipped when operations are missing, since
     * the latest end of a partial plan is not a makespan (C2 already reports the gap).
     */
    private static void checkBound(Optional<Bound> bound, Long makespan, boolean complete,
                                   List<Violation> violations) {
        if (bound.isPresent() && makespan != null && complete && makespan < bound.get().lowerBound()) {
            violations.add(new Violation("C5", List.of(), "makespan " + makespan + " contradicts proven bound "
                    + bound.get().lowerBound() + " for " + bound.get().instance()));
        }
    }

    // ---- J1–J3 ----

    /** J1: a stated machine must be the operation's machine. */
    private static void checkMachines(JobShop instance, List<Placed> placed, List<Violation> violations) {
        for (Placed p : placed) {
            int machine = instance.operation(p.job(), p.index()).machine();
            Integer stated = p.entry().machine();
            if (stated != null && stated != machine) {
                violations.add(new Violation("J1", List.of(p.id()), "wrong machine: " + p.id() + " runs on machine "
                        + stated + ", the instance says " + machine));
            }
        }
    }

    /** J2: each operation starts no earlier than its predecessor in the job ends. */
    private static void checkJobOrder(JobShop instance, Placed[][] first, List<Violation> violations) {
        for (Placed[] job : first) {
            for (int k = 1; k < job.length; k++) {
                Placed before = job[k - 1];
                Placed after = job[k];
                if (before != null && after != null && before.entry().end() != null && after.entry().start() != null
                        && after.start() < before.end()) {
                    violations.add(new Violation("J2", List.of(before.id(), after.id()),
                            "job order broken: " + after.id() + " starts at " + after.start() + ", before "
                                    + before.id() + " ends at " + before.end()));
                }
            }
        }
    }

    /**
     * J3: no two operations overlap on a machine. Operations are grouped by the machine the instance gives them (a
     * wrong stated machine is J1's business), intervals are half-open and zero-length ones never overlap. Every
     * overlapping pair is reported, not only neighbours in start order.
     */
    private static void checkMachineOverlap(JobShop instance, Placed[][] first, List<Violation> violations) {
        List<List<Placed>> byMachine = new ArrayList<>();
        for (int m = 0; m < instance.machineCount(); m++) {
            byMachine.add(new ArrayList<>());
        }
        for (Placed[] job : first) {
            for (Placed p : job) {
                if (p != null && p.timed() && p.end() > p.start()) {
                    byMachine.get(instance.operation(p.job(), p.index()).machine()).add(p);
                }
            }
        }
        Comparator<Placed> byStart = Comparator.comparingLong(Placed::start).thenComparingLong(Placed::end)
                .thenComparingInt(Placed::job).thenComparingInt(Placed::index);
        for (int m = 0; m < byMachine.size(); m++) {
            int machine = m;
            Overlaps.sweep(byMachine.get(m).stream().sorted(byStart).toList(), Placed::start, Placed::end, (a, next) ->
                    violations.add(new Violation("J3", List.of(a.id(), next.id()), "machine overlap on machine " + machine
                            + ": " + a.id() + " runs [" + a.start() + ", " + a.end() + ") and " + next.id()
                            + " runs [" + next.start() + ", " + next.end() + ")")));
        }
    }

    private static String operationId(int job, int index) {
        return "J" + job + ".O" + index;
    }
}
