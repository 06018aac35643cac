package dev.gantry.instances.schedule;

import dev.gantry.instances.jobshop.BundledInstances;
import dev.gantry.modeling.api.InputFormatException;
import dev.gantry.modeling.jobshop.JobShop;
import dev.gantry.modeling.jobshop.JobShopSchedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScheduleJsonTest {

    /** The spec §7.1 example, laid out over several lines, plus a field this reader does not know. */
    private static final String SPEC_EXAMPLE = """
            {"format":"gantry-schedule","version":1,"family":"jobshop","instance":"ta01js",
             "source":"data/jobshop/instances/Taillard1993/ta01js.txt","timeUnit":"unit","makespan":1231,
             "comment": {"ignored": [1, 2]},
             "entries":[{"id":"J0.O0","job":0,"index":0,"machine":6,"start":0,"end":94},
                 {"id":"J0.O1", "colour": "red",
                  "job":0,"index":1,"machine":12,"start":94,"end":160}],
             "solver":{"name":"cpsat","version":"9.14.6206","status":"OPTIMAL","bound":1231,
                       "workers":8,"seed":1,"timeLimitS":600,"wallS":41.7}}
            """;

    @Test
    void readsTheSpecExampleWithEntryLines() {
        ScheduleDocument doc = ScheduleJson.parse("plan.json", SPEC_EXAMPLE);

        assertThat(doc).isEqualTo(new ScheduleDocument("gantry-schedule", 1, "jobshop", "ta01js",
                "data/jobshop/instances/Taillard1993/ta01js.txt", "unit", 1231L,
                List.of(new ScheduleEntry("J0.O0", 0, 0, 6, null, 0L, 94L, 4),
                        new ScheduleEntry("J0.O1", 0, 1, 12, null, 94L, 160L, 5)),
                new SolverInfo("cpsat", "9.14.6206", "OPTIMAL", 1231L, 8, 1L, 600.0, 41.7),
                "plan.json"));
    }

    @Test
    void onlyFormatAndEntriesAreRequired() {
        ScheduleDocument doc = ScheduleJson.parse("p.json", "{\"format\":\"gantry-schedule\",\"entries\":[{}]}");

        assertThat(doc).isEqualTo(new ScheduleDocument("gantry-schedule", null, null, null, null, null, null,
                List.of(new ScheduleEntry(null, null, null, null, null, null, null, 1)), null, "p.json"));
    }

    @Test
    void writesOneEntryPerLine() {
        JobShop shop = BundledInstances.jobShop("ft06").orElseThrow();
        JobShopSchedule schedule = JobShopSchedule.fromStarts(
                new JobShop("two", 6, shop.jobs().subList(0, 1)), new long[][] {{0, 1, 4, 10, 17, 20}});

        String json = ScheduleJson.write(schedule, "bundled:ft06", Optional.of(
                new SolverInfo("greedy", null, "FEASIBLE", null, 1, null, null, 0.25)));

        assertThat(json).isEqualTo("""
                {
                  "format": "gantry-schedule",
                  "version": 1,
                  "family": "jobshop",
                  "instance": "two",
                  "source": "bundled:ft06",
                  "timeUnit": "unit",
                  "makespan": 26,
                  "entries": [
                    {"id":"J0.O0","job":0,"index":0,"machine":2,"start":0,"end":1},
                    {"id":"J0.O1","job":0,"index":1,"machine":0,"start":1,"end":4},
                    {"id":"J0.O2","job":0,"index":2,"machine":1,"start":4,"end":10},
                    {"id":"J0.O3","job":0,"index":3,"machine":3,"start":10,"end":17},
                    {"id":"J0.O4","job":0,"index":4,"machine":5,"start":17,"end":20},
                    {"id":"J0.O5","job":0,"index":5,"machine":4,"start":20,"end":26}
                  ],
                  "solver": {"name":"greedy","status":"FEASIBLE","workers":1,"wallS":0.25}
                }
                """);
    }

    @Test
    void roundTripsThroughAFileAndKeepsEachEntrysLine(@TempDir Path dir) throws IOException {
        JobShop ft06 = BundledInstances.jobShop("ft06").orElseThrow();
        long[][] starts = new long[6][6];
        for (int j = 0; j < 6; j++) {
            for (int k = 0; k < 6; k++) {
                starts[j][k] = 100L * j + 10L * k;
            }
        }
        ScheduleDocument written = ScheduleDocument.ofJobShop(JobShopSchedule.fromStarts(ft06, starts), "ft06.txt",
                new SolverInfo("x", "1", "FEASIBLE", 55L, 2, 7L, 10.0, 1.5));
        Path file = dir.resolve("plan.json");
        Files.writeString(file, ScheduleJson.write(written));

        ScheduleDocument read = ScheduleJson.read(file);

        assertThat(read).usingRecursiveComparison().ignoringFields("origin", "entries.line").isEqualTo(written);
        assertThat(read.origin()).isEqualTo(file.toString());
        // Nine header lines precede the entries, one entry per line.
        assertThat(read.entries().stream().map(ScheduleEntry::line).toList())
                .isEqualTo(java.util.stream.IntStream.rangeClosed(10, 45).boxed().toList());
    }

    @Test
    void roundTripsAnEmptyPlan() {
        ScheduleDocument empty = new ScheduleDocument("gantry-schedule", 1, null, null, null, null, null,
                List.of(), null, "p.json");

        assertThat(ScheduleJson.parse("p.json", ScheduleJson.write(empty))).isEqualTo(empty);
    }

    @Test
    void wrongTypeNamesTheEntryField() {
        String text = """
                {"format": "gantry-schedule",
                 "entries": [
                   {"id": "J0.O0", "start": 0, "end": 1},
                   {"id": "J0.O1", "start": 1, "end": 2},
                   {"id": "J0.O2", "start": 2, "end": 3},
                   {"id": "J0.O3",
                    "start": "abc", "end": 4}]}
                """;

        assertThatThrownBy(() -> ScheduleJson.parse("plan.json", text))
                .isInstanceOf(InputFormatException.class)
                .hasMessage("plan.json:7: entries[3].start: expected an integer, found \"abc\"");
    }

    @Test
    void nonIntegerNumbersAreBadInput() {
        assertThatThrownBy(() -> ScheduleJson.parse("p.json",
                "{\"format\":\"gantry-schedule\",\"entries\":[\n{\"start\": 1.5}]}"))
                .hasMessage("p.json:2: entries[0].start: expected an integer, found 1.5");
        assertThatThrownBy(() -> ScheduleJson.parse("p.json",
                "{\"format\":\"gantry-schedule\",\"makespan\":5.0,\"entries\":[]}"))
                .hasMessage("p.json:1: makespan: expected an integer, found 5.0");
        assertThatThrownBy(() -> ScheduleJson.parse("p.json",
                "{\"format\":\"gantry-schedule\",\"entries\":[{\"job\": 1e3}]}"))
                .hasMessage("p.json:1: entries[0].job: expected an integer, found 1000.0");
    }

    @Test
    void formatMustBeGantrySchedule() {
        assertThatThrownBy(() -> ScheduleJson.parse("p.json", "{\"entries\": []}"))
                .hasMessage("p.json:1: format: missing; expected \"gantry-schedule\"");
        assertThatThrownBy(() -> ScheduleJson.parse("p.json", "{\"name\": \"not a plan\"}"))
                .hasMessage("p.json:1: format: missing; expected \"gantry-schedule\"");
        assertThatThrownBy(() -> ScheduleJson.parse("p.json", "{\n\"format\": \"gantt\", \"entries\": []}"))
                .hasMessage("p.json:2: format: expected \"gantry-schedule\", found \"gantt\"");
        assertThatThrownBy(() -> ScheduleJson.parse("p.json", "{\"format\": 1, \"entries\": []}"))
                .hasMessage("p.json:1: format: expected a string, found 1");
        assertThatThrownBy(() -> ScheduleJson.parse("p.json",
                "{\"format\": \"gantry-schedule\", \"version\": 2, \"entries\": []}"))
                .hasMessage("p.json:1: version: unsupported version 2; this reader knows version 1");
    }

    @Test
    void entriesMustBeAnArrayOfObjects() {
        assertThatThrownBy(() -> ScheduleJson.parse("p.json", "{\"format\": \"gantry-schedule\"}"))
                .hasMessage("p.json:1: entries: missing; expected an array of entries");
        assertThatThrownBy(() -> ScheduleJson.parse("p.json",
                "{\"format\": \"gantry-schedule\",\n \"entries\": {\"id\": \"J0.O0\"}}"))
                .hasMessage("p.json:2: entries: expected an array of entries, found an object");
        assertThatThrownBy(() -> ScheduleJson.parse("p.json",
                "{\"format\": \"gantry-schedule\", \"entries\": [{},\n \"J0.O1\"]}"))
                .hasMessage("p.json:2: entries[1]: expected an object, found \"J0.O1\"");
    }

    @Test
    void malformedJsonAndWrongTopLevel() {
        assertThatThrownBy(() -> ScheduleJson.parse("p.json", "{\"format\": \"gantry-schedule\",\n"
                + "\"entries\": [{\"start\": 1,}]}"))
                .isInstanceOf(InputFormatException.class)
                .satisfies(e -> {
                    InputFormatException ife = (InputFormatException) e;
                    assertThat(ife.line()).isEqualTo(2);
                    assertThat(ife.field()).isEqualTo("json");
                    assertThat(ife.getMessage()).startsWith("p.json:2: json: malformed JSON: ");
                });
        assertThatThrownBy(() -> ScheduleJson.parse("p.json", "[]"))
                .hasMessage("p.json:1: json: expected an object, found an array");
    }

    @Test
    void solverFieldsAreTyped() {
        assertThatThrownBy(() -> ScheduleJson.parse("p.json",
                "{\"format\": \"gantry-schedule\", \"entries\": [],\n \"solver\": {\"workers\": \"eight\"}}"))
                .hasMessage("p.json:2: solver.workers: expected an integer, found \"eight\"");
    }
}
