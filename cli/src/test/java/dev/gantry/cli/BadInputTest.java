package dev.gantry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Acceptance 4: bad input gives one readable line naming file, line and field, exit code 2, and no stack trace.
 */
class BadInputTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private static void assertOneLineError(CliRun run, String... fragments) {
        assertThat(run.exit()).isEqualTo(2);
        String message = run.err().strip();
        assertThat(message.lines().filter(l -> !l.startsWith("WARNING")).count()).as(run.err()).isEqualTo(1);
        assertThat(message).doesNotContain("Exception").doesNotContain("\tat ");
        for (String f : fragments) {
            assertThat(message).contains(f);
        }
        assertThat(run.out()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "empty file        | ''                                  | empty.txt:  | header",
            "truncated line    | '2 2\\n0 3 1 2\\n1 4 0'             | bad.txt:3:  | job 1",
            "non-numeric token | '2 2\\n0 3 1 x\\n1 4 0 5'           | bad.txt:2:  | job 0 operation 1 duration",
            "negative duration | '2 2\\n0 3 1 -2\\n1 4 0 5'          | bad.txt:2:  | duration",
            "machine range     | '2 2\\n0 3 7 2\\n1 4 0 5'           | bad.txt:2:  | machine"})
    void badInstanceFilesAreReportedWithFileLineAndField(String what, String text, String location, String field) throws IOException {
        String name = location.substring(0, location.indexOf(':'));
        Path file = write(name, text.replace("\\n", "\n"));
        CliRun run = CliRun.of("solve", file.toString(), "--problem", "jobshop");
        assertOneLineError(run, location, field);
    }

    @Test
    void planWithAnUnknownOperationIsBadInput() throws IOException {
        Path plan = write("plan.json", """
                {"format":"gantry-schedule","version":1,"family":"jobshop",
                 "entries":[
                  {"id":"J9.O0","job":9,"index":0,"machine":0,"start":0,"end":3}
                 ]}
                """);
        assertOneLineError(CliRun.of("verify", "ft06", plan.toString()), "plan.json:3", "entries[0].job", "J9.O0");
    }

    @Test
    void planEntryNamingNoOperationIsBadInput() throws IOException {
        Path plan = write("plan.json", """
                {"format":"gantry-schedule","version":1,"family":"jobshop",
                 "entries":[
                  {"machine":0,"start":0,"end":3}
                 ]}
                """);
        assertOneLineError(CliRun.of("verify", "ft06", plan.toString()), "plan.json:3", "entries[0].job", "neither a job nor an id");
    }

    @Test
    void malformedPlanJsonIsBadInput() throws IOException {
        Path plan = write("plan.json", "{\"format\":\"gantry-schedule\",\n\"entries\": [ {\"job\": 0,, } ]}");
        assertOneLineError(CliRun.of("verify", "ft06", plan.toString()), "plan.json:2", "json");
    }

    @Test
    void missingFileIsBadInput() {
        assertOneLineError(CliRun.of("solve", dir.resolve("nope.txt").toString()), "nope.txt", "no such file");
    }

    @Test
    void unknownEngineAndBadOptionsAreUsageErrors() {
        assertOneLineError(CliRun.of("solve", "ft06", "--engine", "gurobi"), "engine 'gurobi'", "cpsat");
        assertOneLineError(CliRun.of("solve", "ft06", "--time-limit", "soon"), "'soon' is not a duration");
        assertOneLineError(CliRun.of("solve", "ft06", "--time-limit", "0s"), "must be positive");
        assertOneLineError(CliRun.of("solve", "ft06", "--problem", "sudoku"), "unknown problem kind 'sudoku'", "tsp");
    }
}
