package dev.gantry.verify.jobshop;

import dev.gantry.instances.jobshop.BestKnownBounds.Bound;
import dev.gantry.instances.jobshop.BundledInstances;
import dev.gantry.instances.schedule.ScheduleDocument;
import dev.gantry.instances.schedule.ScheduleEntry;
import dev.gantry.instances.schedule.ScheduleJson;
import dev.gantry.modeling.api.InputFormatException;
import dev.gantry.modeling.jobshop.JobShop;
import dev.gantry.modeling.jobshop.JobShopSchedule;
import dev.gantry.modeling.jobshop.Operation;
import dev.gantry.verify.VerificationReport;
import dev.gantry.verify.Violation;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JobShopVerifierTest {
    private static final JobShop FT06 = BundledInstances.jobShop("ft06").orElseThrow();
    /** As in bks.json: ft06 is closed at 55. */
    private static final Optional<Bound> FT06_BOUND = Optional.of(new Bound("ft06", 55, 55, true));

    /**
     * A feasible plan built independently of any solver: round by round (every job's k-th operation, jobs in
     * order), each operation starts as soon as its job and its machine are free. On ft06 its makespan is 60.
     */
    private static JobShopSchedule greedy(JobShop shop) {
        long[][] starts = new long[shop.jobCount()][];
        long[] jobFree = new long[shop.jobCount()];
        long[] machineFree = new long[shop.machineCount()];
        int rounds = shop.jobs().stream().mapToInt(List::size).max().orElse(0);
        for (int j = 0; j < shop.jobCount(); j++) {
            starts[j] = new long[shop.jobs().get(j).size()];
        }
        for (int k = 0; k < rounds; k++) {
            for (int j = 0; j < shop.jobCount(); j++) {
                if (k < shop.jobs().get(j).size()) {
                    Operation op = shop.operation(j, k);
                    long start = Math.max(jobFree[j], machineFree[op.machine()]);
                    starts[j][k] = start;
                    jobFree[j] = start + op.duration();
                    machineFree[op.machine()] = start + op.duration();
                }
            }
        }
        return JobShopSchedule.fromStarts(shop, starts);
    }

    /**
     * The greedy ft06 plan, edited, written as JSON and read back, so entries carry real file lines: nine header
     * lines, then entry i on line 10 + i.
     */
    private static ScheduleDocument plan(Consumer<List<ScheduleEntry>> edit) {
        ScheduleDocument doc = ScheduleDocument.ofJobShop(greedy(FT06), "ft06.txt", null);
        List<ScheduleEntry> entries = new ArrayList<>(doc.entries());
        edit.accept(entries);
        return ScheduleJson.parse("plan.json", ScheduleJson.write(withEntries(doc, entries)));
    }

    private static ScheduleDocument withEntries(ScheduleDocument d, List<ScheduleEntry> entries) {
        return new ScheduleDocument(d.format(), d.version(), d.family(), d.instance(), d.source(), d.timeUnit(),
                d.makespan(), entries, d.solver(), d.origin());
    }

    private static ScheduleDocument withMakespanAndFamily(ScheduleDocument d, Long makespan, String family) {
        return new ScheduleDocument(d.format(), d.version(), family, d.instance(), d.source(), d.timeUnit(),
                makespan, d.entries(), d.solver(), d.origin());
    }

    private static int position(List<ScheduleEntry> entries, String id) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no entry " + id);
    }

    private static void retime(List<ScheduleEntry> entries, String id, long start, long end) {
        int i = position(entries, id);
        ScheduleEntry e = entries.get(i);
        entries.set(i, new ScheduleEntry(e.id(), e.job(), e.index(), e.machine(), e.resource(), start, end, e.line()));
    }

    private static void restateMachine(List<ScheduleEntry> entries, String id, int machine) {
        int i = position(entries, id);
        ScheduleEntry e = entries.get(i);
        entries.set(i, new ScheduleEntry(e.id(), e.job(), e.index(), machine, e.resource(), e.start(), e.end(),
                e.line()));
    }

    private static VerificationReport verify(ScheduleDocument plan) {
        return JobShopVerifier.verify(FT06, plan, FT06_BOUND);
    }

    // ---- valid plans ----

    @Test
    void greedyPlanIsValidWithItsMakespan() {
        JobShopSchedule schedule = greedy(FT06);

        VerificationReport report = verify(plan(entries -> { }));

        assertThat(schedule.makespan()).isEqualTo(60);
        assertThat(report).isEqualTo(new VerificationReport(true, 60L, List.of()));
        assertThat(JobShopVerifier.verify(schedule)).isEqualTo(new VerificationReport(true, 60L, List.of()));
    }

    @Test
    void entriesMayNameTheirOperationByIdAlone() {
        ScheduleDocument idsOnly = plan(entries -> entries.replaceAll(e ->
                new ScheduleEntry(e.id(), null, null, null, null, e.start(), e.end(), 0)));

        assertThat(verify(idsOnly)).isEqualTo(new VerificationReport(true, 60L, List.of()));
    }

    // ---- one broken rule each ----

    @Test
    void missingOperation() {
        ScheduleDocument broken = plan(entries -> entries.remove(position(entries, "J2.O3")));

        assertThat(verify(broken)).isEqualTo(new VerificationReport(false, 60L, List.of(
                new Violation("C2", List.of("J2.O3"), "missing operation J2.O3"))));
    }

    @Test
    void duplicateOperation() {
        // J2.O3 is entry 15 (line 25); its copy goes last, entry 36 (line 46).
        ScheduleDocument broken = plan(entries -> entries.add(entries.get(position(entries, "J2.O3"))));

        assertThat(verify(broken).violations()).containsExactly(
                new Violation("C2", List.of("J2.O3"), "duplicate operation J2.O3 (entries at lines 25 and 46)"));
    }

    @Test
    void wrongDuration() {
        // J1.O2 runs [20, 30) on machine 4; ending it at 25 breaks nothing else.
        ScheduleDocument broken = plan(entries -> retime(entries, "J1.O2", 20, 25));

        assertThat(verify(broken)).isEqualTo(new VerificationReport(false, 60L, List.of(
                new Violation("C3", List.of("J1.O2"), "wrong duration: J1.O2 lasts 5, the instance says 10"))));
    }

    @Test
    void wrongMachine() {
        ScheduleDocument broken = plan(entries -> restateMachine(entries, "J0.O0", 3));

        assertThat(verify(broken).violations()).containsExactly(
                new Violation("J1", List.of("J0.O0"), "wrong machine: J0.O0 runs on machine 3, the instance says 2"));
    }

    @Test
    void jobOrderBroken() {
        // J4.O4 runs [50, 53); moving J4.O5 (machine 3) into that machine's idle gap [35, 50) breaks only the order.
        ScheduleDocument broken = plan(entries -> retime(entries, "J4.O5", 45, 46));

        assertThat(verify(broken).violations()).containsExactly(new Violation("J2", List.of("J4.O4", "J4.O5"),
                "job order broken: J4.O5 starts at 45, before J4.O4 ends at 53"));
    }

    @Test
    void machineOverlap() {
        // J0.O5 runs [47, 53) on machine 4, followed there by J2.O5 [53, 60); starting it 3 later overlaps.
        ScheduleDocument broken = plan(entries -> retime(entries, "J0.O5", 50, 56));

        assertThat(verify(broken)).isEqualTo(new VerificationReport(false, 60L, List.of(
                new Violation("J3", List.of("J0.O5", "J2.O5"),
                        "machine overlap on machine 4: J0.O5 runs [50, 56) and J2.O5 runs [53, 60)"))));
    }

    @Test
    void negativeStart() {
        ScheduleDocument broken = plan(entries -> retime(entries, "J0.O0", -1, 0));

        assertThat(verify(broken).violations()).containsExactly(
                new Violation("C3", List.of("J0.O0"), "negative start: J0.O0 starts at -1"));
    }

    @Test
    void missingTimes() {
        ScheduleDocument broken = plan(entries -> {
            int i = position(entries, "J5.O5");
            ScheduleEntry e = entries.get(i);
            entries.set(i, new ScheduleEntry(e.id(), e.job(), e.index(), e.machine(), null, null, null, 0));
        });

        assertThat(verify(broken).violations()).containsExactly(
                new Violation("C3", List.of("J5.O5"), "missing start: J5.O5 has no start"),
                new Violation("C3", List.of("J5.O5"), "missing end: J5.O5 has no end"));
    }

    @Test
    void statedMakespanWrong() {
        ScheduleDocument broken = withMakespanAndFamily(plan(entries -> { }), 59L, "jobshop");

        assertThat(verify(broken)).isEqualTo(new VerificationReport(false, 60L, List.of(
                new Violation("C4", List.of(), "stated makespan 59 differs from the recomputed makespan 60"))));
    }

    @Test
    void makespanBelowProvenBound() {
        // No feasible ft06 plan beats the real bound 55, so a (fictional) proven bound of 61 stands in for it.
        Optional<Bound> bound = Optional.of(new Bound("ft06", 61, 70, false));

        VerificationReport report = JobShopVerifier.verify(FT06, plan(entries -> { }), bound);

        assertThat(report.violations()).containsExactly(
                new Violation("C5", List.of(), "makespan 60 contradicts proven bound 61 for ft06"));
    }

    @Test
    void wrongFamily() {
        ScheduleDocument broken = withMakespanAndFamily(plan(entries -> { }), 60L, "rcpsp");

        assertThat(verify(broken).violations()).containsExactly(new Violation("C1", List.of(),
                "family is \"rcpsp\", but this is a job-shop plan check (\"jobshop\")"));
    }

    @Test
    void listsEveryViolationInCheckOrder() {
        ScheduleDocument broken = withMakespanAndFamily(plan(entries -> {
            entries.remove(position(entries, "J2.O3"));
            restateMachine(entries, "J0.O0", 3);
            retime(entries, "J0.O5", 50, 56);
            retime(entries, "J1.O2", 20, 25);
        }), 59L, "jobshop");

        assertThat(verify(broken)).isEqualTo(new VerificationReport(false, 60L, List.of(
                new Violation("C2", List.of("J2.O3"), "missing operation J2.O3"),
                new Violation("C3", List.of("J1.O2"), "wrong duration: J1.O2 lasts 5, the instance says 10"),
                new Violation("C4", List.of(), "stated makespan 59 differs from the recomputed makespan 60"),
                new Violation("J1", List.of("J0.O0"), "wrong machine: J0.O0 runs on machine 3, the instance says 2"),
                new Violation("J3", List.of("J0.O5", "J2.O5"),
                        "machine overlap on machine 4: J0.O5 runs [50, 56) and J2.O5 runs [53, 60)"))));
    }

    @Test
    void reportsEveryOverlappingPairNotOnlyNeighbours() {
        // One machine: [0, 10) covers both [2, 3) and [5, 8), which do not overlap each other; the zero-length
        // operation at 4 overlaps nothing.
        JobShop shop = new JobShop("one-machine", 1, List.of(List.of(new Operation(0, 10)),
                List.of(new Operation(0, 1)), List.of(new Operation(0, 3)), List.of(new Operation(0, 0))));

        VerificationReport report = JobShopVerifier.verify(
                JobShopSchedule.fromStarts(shop, new long[][] {{0}, {2}, {5}, {4}}));

        assertThat(report).isEqualTo(new VerificationReport(false, 10L, List.of(
                new Violation("J3", List.of("J0.O0", "J1.O0"), "machine overlap on machine 0: J0.O0 runs [0, 10) and J1.O0 runs [2, 3)"),
                new Violation("J3", List.of("J0.O0", "J2.O0"), "machine overlap on machine 0: J0.O0 runs [0, 10) and J2.O0 runs [5, 8)"))));
    }

    @Test
    void emptyPlanMissesEveryOperationAndHasNoObjective() {
        ScheduleDocument empty = ScheduleJson.parse("plan.json", "{\"format\":\"gantry-schedule\",\"entries\":[]}");

        VerificationReport report = verify(empty);

        assertThat(report.objective()).isNull();
        assertThat(report.violations()).hasSize(36);
        assertThat(report.violations().get(0)).isEqualTo(new Violation("C2", List.of("J0.O0"), "missing operation J0.O0"));
    }

    // ---- bad input: entries that name no operation of ft06 ----

    private static final String HEADER = "{\"format\": \"gantry-schedule\", \"family\": \"jobshop\",\n \"entries\": [\n";

    private static void assertBadInput(String entries, String message) {
        ScheduleDocument plan = ScheduleJson.parse("plan.json", HEADER + entries + "]}");

        assertThatThrownBy(() -> verify(plan)).isInstanceOf(InputFormatException.class).hasMessage(message);
    }

    @Test
    void unknownOperationIsBadInput() {
        assertBadInput("  {\"id\": \"J0.O0\", \"start\": 0, \"end\": 1},\n  {\"job\": 9, \"index\": 0, \"start\": 1, \"end\": 2}",
                "plan.json:4: entries[1].job: operation J9.O0 does not exist in ft06 (6 jobs of 6 operations)");
        assertBadInput("  {\"id\": \"J0.O6\", \"start\": 0, \"end\": 1}",
                "plan.json:3: entries[0].id: operation J0.O6 does not exist in ft06 (6 jobs of 6 operations)");
        assertBadInput("  {\"job\": 0, \"index\": -1, \"start\": 0, \"end\": 1}",
                "plan.json:3: entries[0].index: operation J0.O-1 does not exist in ft06 (6 jobs of 6 operations)");
    }

    @Test
    void entryWithoutJobOrIndexIsBadInput() {
        assertBadInput("  {\"start\": 0, \"end\": 1}",
                "plan.json:3: entries[0].job: missing: the entry gives neither a job nor an id J<job>.O<index>");
        assertBadInput("  {\"job\": 2, \"start\": 0, \"end\": 1}",
                "plan.json:3: entries[0].index: missing: the entry gives neither an index nor an id J<job>.O<index>");
    }

    @Test
    void malformedOrDisagreeingIdIsBadInput() {
        assertBadInput("  {\"id\": \"op-7\", \"job\": 1, \"index\": 2}",
                "plan.json:3: entries[0].id: 'op-7' is not an operation id of the form J<job>.O<index>");
        assertBadInput("  {\"id\": \"J1.O2\", \"job\": 1, \"index\": 3}",
                "plan.json:3: entries[0].index: index 3 disagrees with id J1.O2");
        assertBadInput("  {\"id\": \"J1.O2\", \"job\": 4, \"index\": 2}",
                "plan.json:3: entries[0].job: job 4 disagrees with id J1.O2");
    }

    @Test
    void badInputExceptionCarriesFileLineAndField() {
        ScheduleDocument plan = ScheduleJson.parse("plans/p1.json", HEADER + "  {},\n  {\"job\": 6, \"index\": 0}]}");

        assertThatThrownBy(() -> verify(plan)).isInstanceOfSatisfying(InputFormatException.class, e -> {
            assertThat(e.source()).isEqualTo("plans/p1.json");
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.field()).isEqualTo("entries[0].job");
        });
    }
}
