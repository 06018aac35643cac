package dev.gantry.verify.rcpsp;

import dev.gantry.instances.schedule.ScheduleDocument;
import dev.gantry.instances.schedule.ScheduleEntry;
import dev.gantry.instances.schedule.ScheduleJson;
import dev.gantry.modeling.api.InputFormatException;
import dev.gantry.modeling.rcpsp.Job;
import dev.gantry.modeling.rcpsp.Rcpsp;
import dev.gantry.modeling.rcpsp.RcpspSchedule;
import dev.gantry.verify.VerificationReport;
import dev.gantry.verify.Violation;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RcpspVerifierTest {
    /** Source 1 → {2, 3} → sink 4; jobs 2 (3 long) and 3 (2 long) cannot overlap on R1 (2 + 1 > 2). Optimum 5, CPM 3. */
    static final Rcpsp TINY = new Rcpsp("tiny", List.of(
            new Job(0, List.of(0L, 0L), List.of(1, 2)),
            new Job(3, List.of(2L, 1L), List.of(3)),
            new Job(2, List.of(1L, 1L), List.of(3)),
            new Job(0, List.of(0L, 0L), List.of())), List.of(2L, 4L));

    private static ScheduleDocument plan(Long makespan, ScheduleEntry... entries) {
        return new ScheduleDocument("gantry-schedule", 1, "rcpsp", "tiny", null, "unit", makespan, List.of(entries), null, "plan.json");
    }

    private static ScheduleEntry e(String id, long start, long end) {
        return new ScheduleEntry(id, null, null, null, null, start, end, 0);
    }

    @Test
    void acceptsTheOptimalPlanWithOrWithoutDummies() {
        VerificationReport full = RcpspVerifier.verify(RcpspSchedule.of(TINY, new long[] {0, 0, 3, 5}));
        assertThat(full.valid()).isTrue();
        assertThat(full.objective()).isEqualTo(5L);

        VerificationReport noDummies = RcpspVerifier.verify(TINY, plan(5L, e("3", 3, 5), e("2", 0, 3)), OptionalLong.of(5));
        assertThat(noDummies.violations()).isEmpty();
        assertThat(noDummies.objective()).isEqualTo(5L);
    }

    @Test
    void reportsAnOverloadAtTheStartWhereItBegins() {
        VerificationReport r = RcpspVerifier.verify(TINY, plan(4L, e("1", 0, 0), e("2", 0, 3), e("3", 1, 3), e("4", 3, 3)), OptionalLong.empty());

        assertThat(r.objective()).isEqualTo(3L);
        assertThat(r.violations()).containsExactly(
                new Violation("C4", List.of(), "stated makespan 4 differs from the recomputed makespan 3"),
                new Violation("R2", List.of("2", "3"), "resource R1 overloaded at t = 1: jobs 2, 3 use 3 of capacity 2"));
    }

    @Test
    void listsEveryBrokenRule() {
        List<ScheduleEntry> entries = new ArrayList<>(List.of(
                e("1", 0, 0),
                e("2", 0, 3),
                e("3", 3, 4),  // one unit short
                e("2", 4, 7),  // a duplicate, judged only by C3
                e("4", 3, 3)));  // before job 3 ends
        ScheduleDocument doc = new ScheduleDocument("gantry-schedule", 1, "jobshop", "tiny", null, "unit", 9L, entries, null, "plan.json");

        VerificationReport r = RcpspVerifier.verify(TINY, doc, OptionalLong.empty());

        assertThat(r.valid()).isFalse();
        assertThat(r.objective()).isEqualTo(4L);
        assertThat(r.violations()).containsExactly(
                new Violation("C1", List.of(), "family is \"jobshop\", but this is an RCPSP plan check (\"rcpsp\")"),
                new Violation("C2", List.of("2"), "duplicate job 2 (entries[1] and entries[3])"),
                new Violation("C3", List.of("3"), "wrong duration: job 3 lasts 1, the instance says 2"),
                new Violation("C4", List.of(), "stated makespan 9 differs from the recomputed makespan 4"),
                new Violation("R1", List.of("3", "4"), "precedence broken: job 4 starts at 3, before its predecessor 3 ends at 4"));
    }

    @Test
    void checksMissingJobsTimesAndBounds() {
        VerificationReport missing = RcpspVerifier.verify(TINY, plan(null, e("2", 0, 3)), OptionalLong.of(5));
        assertThat(missing.violations()).containsExactly(new Violation("C2", List.of("3"), "missing job 3"));

        VerificationReport negative = RcpspVerifier.verify(TINY, plan(null,
                new ScheduleEntry("2", null, null, null, null, -3L, 0L, 0), new ScheduleEntry("3", null, null, null, null, null, 2L, 0)),
                OptionalLong.empty());
        assertThat(negative.violations()).containsExactly(
                new Violation("C3", List.of("2"), "negative start: job 2 starts at -3"),
                new Violation("C3", List.of("3"), "missing start: job 3 has no start"));

        // overlapping jobs 2 and 3 reach makespan 3: at the critical path, below the PSPLIB optimum
        VerificationReport belowOptimum = RcpspVerifier.verify(TINY, plan(3L, e("2", 0, 3), e("3", 0, 2)), OptionalLong.of(5));
        assertThat(belowOptimum.violations()).containsExactly(
                new Violation("C5", List.of(), "makespan 3 contradicts proven bound 5 (PSPLIB) for tiny"),
                new Violation("R2", List.of("2", "3"), "resource R1 overloaded at t = 0: jobs 2, 3 use 3 of capacity 2"));

        // job 2 shortened to 1 and job 3 run in parallel: makespan 2, below the critical path 3
        VerificationReport belowCpm = RcpspVerifier.verify(TINY, plan(2L, e("2", 0, 1), e("3", 0, 2)), OptionalLong.empty());
        assertThat(belowCpm.violations()).contains(new Violation("C5", List.of(), "makespan 2 contradicts proven bound 3 (the critical path) for tiny"));
    }

    @Test
    void rejectsEntriesThatNameNoJob() {
        String text = """
                {"format": "gantry-schedule", "version": 1, "family": "rcpsp",
                 "entries": [
                   {"id": "2", "start": 0, "end": 3},
                   {"id": "7", "start": 3, "end": 5}
                 ]}
                """;
        assertThatThrownBy(() -> RcpspVerifier.verify(TINY, ScheduleJson.parse("plan.json", text), OptionalLong.empty()))
                .isInstanceOf(InputFormatException.class)
                .hasMessage("plan.json:4: entries[1].id: job 7 does not exist in tiny (jobs 1..4)");
        assertThatThrownBy(() -> RcpspVerifier.verify(TINY, ScheduleJson.parse("plan.json", text.replace("\"7\"", "\"J7\"")), OptionalLong.empty()))
                .hasMessage("plan.json:4: entries[1].id: 'J7' is not a job number");
    }

    @Test
    void duplicatesReadFromAFileNameTheirLines() {
        String text = """
                {"format": "gantry-schedule", "version": 1, "family": "rcpsp",
                 "entries": [
                   {"id": "2", "start": 0, "end": 3},
                   {"id": "3", "start": 3, "end": 5},
                   {"id": "2", "start": 0, "end": 3}
                 ]}
                """;
        assertThat(RcpspVerifier.verify(TINY, ScheduleJson.parse("plan.json", text), OptionalLong.empty()).violations())
                .containsExactly(new Violation("C2", List.of("2"), "duplicate job 2 (entries at lines 3 and 5)"));
    }
}
