package dev.gantry.verify.dag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.instances.dag.CanonicalDag;
import dev.gantry.instances.schedule.ScheduleDocument;
import dev.gantry.instances.schedule.ScheduleEntry;
import dev.gantry.modeling.dag.Dag;
import dev.gantry.verify.VerificationReport;
import dev.gantry.verify.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class DagVerifierTest {
    private static final Dag DAG = CanonicalDag.topcuoglu2002();
    /** The HEFT schedule of spec §5: id, processor, start, end. */
    private static final String[] HEFT = {"n1 2 0 9", "n2 0 27 40", "n3 2 9 28", "n4 1 18 26", "n5 2 28 38",
        "n6 1 26 42", "n7 2 38 49", "n8 0 57 62", "n9 1 56 68", "n10 1 73 80"};

    @Test
    void acceptsTheHeftScheduleOfTheSpec() {
        VerificationReport report = DagVerifier.verify(DAG, plan("dag", 80L, HEFT));
        assertThat(report.violations()).isEmpty();
        assertThat(report.objective()).isEqualTo(80L);
    }

    @Test
    void reportsDataArrivingAfterTheStart() {
        VerificationReport report = DagVerifier.verify(DAG, plan("dag", 80L, replace("n8", "n8 0 56 61")));
        assertThat(report.violations()).containsExactly(new Violation("H3", List.of("n6", "n8"),
                "dependency broken: n8 starts at 56 on processor 0, before 57 (n6 ends at 42 on processor 1, plus communication 15)"));
    }

    @Test
    void reportsAWrongDurationAndTheStatedMakespanThatNoLongerHolds() {
        VerificationReport report = DagVerifier.verify(DAG, plan("dag", 80L, replace("n10", "n10 1 73 81")));
        assertThat(report.violations()).containsExactly(
                new Violation("H2", List.of("n10"), "wrong duration: n10 lasts 8 on processor 1, W says 7"),
                new Violation("C4", List.of(), "stated makespan 80 differs from the recomputed makespan 81"));
        assertThat(report.objective()).isEqualTo(81L);
    }

    @Test
    void reportsOverlapOnAProcessor() {
        VerificationReport report = DagVerifier.verify(DAG, plan("dag", 80L, replace("n7", "n7 2 37 48")));
        assertThat(report.violations()).containsExactly(new Violation("H4", List.of("n5", "n7"),
                "processor overlap on processor 2: n5 runs [28, 38) and n7 runs [37, 48)"));
    }

    @Test
    void reportsSchemaCoverageAndRangeProblems() {
        List<String> rows = new ArrayList<>(List.of(HEFT));
        rows.remove("n5 2 28 38");
        rows.add("n11 0 80 81");
        rows.add("n1 2 0 9");
        rows.set(0, "n1 3 0 9"); // processor 3 of 0..2
        VerificationReport report = DagVerifier.verify(DAG, plan("jobshop", null, rows.toArray(String[]::new)));
        assertThat(report.violations()).containsExactly(
                new Violation("C1", List.of(), "family is \"jobshop\", but this is a DAG plan check (\"dag\")"),
                new Violation("H1", List.of("n1"), "processor out of range: n1 runs on 3, topcuoglu2002 has processors 0..2"),
                new Violation("C2", List.of("n11"), "unknown task n11 at entries[9]; topcuoglu2002 has tasks n1..n10"),
                new Violation("C2", List.of("n1"), "task n1 appears 2 times"),
                new Violation("C2", List.of("n5"), "missing task n5"));
        assertThat(report.valid()).isFalse();
    }

    @Test
    void reportsMissingTimesAndNegativeStarts() {
        List<ScheduleEntry> entries = new ArrayList<>(plan("dag", null, HEFT).entries());
        entries.set(0, new ScheduleEntry("n1", null, null, null, null, -1L, null, 7));
        ScheduleDocument doc = new ScheduleDocument(ScheduleDocument.FORMAT, 1, "dag", "topcuoglu2002", null, "unit", null, entries, null, "t");
        assertThat(DagVerifier.verify(DAG, doc).violations()).containsExactly(
                new Violation("C1", List.of("n1"), "missing processor: n1 has no resource"),
                new Violation("C3", List.of("n1"), "negative start: n1 starts at -1"),
                new Violation("C3", List.of("n1"), "missing end: n1 has no end"));
    }

    private static String[] replace(String id, String row) {
        UnaryOperator<String> swap = r -> r.split(" ")[0].equals(id) ? row : r;
        return java.util.Arrays.stream(HEFT).map(swap).toArray(String[]::new);
    }

    private static ScheduleDocument plan(String family, Long makespan, String... rows) {
        List<ScheduleEntry> entries = new ArrayList<>();
        for (String row : rows) {
            String[] f = row.split(" ");
            entries.add(new ScheduleEntry(f[0], null, null, null, Integer.valueOf(f[1]), Long.valueOf(f[2]), Long.valueOf(f[3]), 0));
        }
        return new ScheduleDocument(ScheduleDocument.FORMAT, 1, family, "topcuoglu2002", null, "unit", makespan, entries, null, "test");
    }
}
