package dev.gantry.instances.rcpsp;

import dev.gantry.instances.TestData;
import dev.gantry.modeling.api.InputFormatException;
import dev.gantry.modeling.rcpsp.Job;
import dev.gantry.modeling.rcpsp.Rcpsp;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SmReaderTest {
    /** A 2-job project on 2 resources in PSPLIB layout; line numbers in the tests refer to this text. */
    static final String TINY = """
            ************************************************************************
            file with basedata            : tiny.bas
            initial value random generator: 1
            ************************************************************************
            projects                      :  1
            jobs (incl. supersource/sink ):  4
            horizon                       :  5
            RESOURCES
              - renewable                 :  2   R
              - nonrenewable              :  0   N
              - doubly constrained        :  0   D
            ************************************************************************
            PROJECT INFORMATION:
            pronr.  #jobs rel.date duedate tardcost  MPM-Time
                1      2      0        3       1        3
            ************************************************************************
            PRECEDENCE RELATIONS:
            jobnr.    #modes  #successors   successors
               1        1          2           2   3
               2        1          1           4
               3        1          1           4
               4        1          0
            ************************************************************************
            REQUESTS/DURATIONS:
            jobnr. mode duration  R 1  R 2
            ------------------------------------------------------------------------
              1      1     0       0    0
              2      1     3       2    1
              3      1     2       1    1
              4      1     0       0    0
            ************************************************************************
            RESOURCEAVAILABILITIES:
              R 1  R 2
                2    4
            ************************************************************************
            """;

    @Test
    void readsATinyProjectByTitlesAndTokens() {
        Rcpsp p = SmReader.parse("dir/tiny.sm", TINY);

        assertThat(p.name()).isEqualTo("tiny");
        assertThat(p.capacities()).containsExactly(2L, 4L);
        assertThat(p.jobs()).containsExactly(
                new Job(0, List.of(0L, 0L), List.of(1, 2)),
                new Job(3, List.of(2L, 1L), List.of(3)),
                new Job(2, List.of(1L, 1L), List.of(3)),
                new Job(0, List.of(0L, 0L), List.of()));
        assertThat(p.criticalPath().length()).isEqualTo(3);
    }

    @Test
    void readsJ301_1() throws IOException {
        Rcpsp p = SmReader.read(TestData.require("rcpsp/j30/j301_1.sm"));

        assertThat(p.name()).isEqualTo("j301_1");
        assertThat(p.jobCount()).isEqualTo(32);
        assertThat(p.capacities()).containsExactly(12L, 13L, 4L, 12L);
        assertThat(p.job(0).successors()).containsExactly(1, 2, 3); // jobs 2 3 4
        assertThat(p.job(1)).isEqualTo(new Job(8, List.of(4L, 0L, 0L, 0L), List.of(5, 10, 14)));
        assertThat(p.job(31).successors()).isEmpty();
        assertThat(p.totalDuration()).isEqualTo(158); // the header's horizon
        assertThat(p.criticalPath().length()).isEqualTo(38); // the file's MPM-Time
    }

    @Test
    void readsEveryStagedFileWithItsMpmTimeAsCriticalPath() throws IOException {
        for (String set : List.of("j30", "j120")) {
            Path dir = TestData.require("rcpsp/" + set);
            List<Path> files;
            try (Stream<Path> s = Files.list(dir)) {
                files = s.filter(f -> f.getFileName().toString().matches("j\\d+_\\d+\\.sm")).sorted().toList();
            }
            assertThat(files).hasSize(set.equals("j30") ? 480 : 600);
            for (Path f : files) {
                Rcpsp p = SmReader.read(f);
                String mpm = Files.readAllLines(f).stream().dropWhile(l -> !l.startsWith("PROJECT INFORMATION:")).skip(2).findFirst()
                        .orElseThrow().strip().split("\\s+")[5];
                assertThat(p.criticalPath().length()).as(f.toString()).isEqualTo(Long.parseLong(mpm));
                assertThat(p.jobCount()).isEqualTo(set.equals("j30") ? 32 : 122);
            }
        }
    }

    @Test
    void rejectsNonRenewableResources() {
        assertThatThrownBy(() -> SmReader.parse("t.sm", TINY.replace("nonrenewable              :  0", "nonrenewable              :  2")))
                .isInstanceOf(InputFormatException.class)
                .hasMessage("t.sm:10: nonrenewable: 2 nonrenewable resources; only renewable resources are supported");
        assertThatThrownBy(() -> SmReader.parse("t.sm", TINY.replace("doubly constrained        :  0", "doubly constrained        :  1")))
                .hasMessage("t.sm:11: doubly constrained: 1 doubly constrained resources; only renewable resources are supported");
    }

    @Test
    void rejectsADemandAboveCapacity() {
        assertThatThrownBy(() -> SmReader.parse("t.sm", TINY.replace("  2      1     3       2    1", "  2      1     3       3    1")))
                .isInstanceOf(InputFormatException.class)
                .hasMessage("t.sm:28: R 1: job 2 demands 3 but the capacity is 2: no schedule exists");
    }

    @Test
    void acceptsALowerNumberedSuccessorButRejectsACycle() {
        // job 3 before job 2: a renumbering the staged files never use, still a DAG
        String reordered = TINY.replace("   2        1          1           4", "   2        1          1           4")
                .replace("   1        1          2           2   3", "   1        1          1           3")
                .replace("   3        1          1           4", "   3        1          2           2   4");
        Rcpsp p = SmReader.parse("t.sm", reordered);
        assertThat(p.job(2).successors()).containsExactly(1, 3);
        assertThat(p.criticalPath().length()).isEqualTo(5);

        String cycle = TINY.replace("   2        1          1           4", "   2        1          1           3")
                .replace("   3        1          1           4", "   3        1          1           2");
        assertThatThrownBy(() -> SmReader.parse("t.sm", cycle))
                .isInstanceOf(InputFormatException.class).hasMessage("t.sm:21: successors: the arc from job 3 to job 2 closes a cycle");
    }

    @Test
    void namesLineAndFieldOfBadRows() {
        assertThatThrownBy(() -> SmReader.parse("t.sm", TINY.replace("   2        1          1           4", "   2        1          2           4")))
                .hasMessage("t.sm:20: successors: #successors says 2, found 1 successors");
        assertThatThrownBy(() -> SmReader.parse("t.sm", TINY.replace("   2        1          1           4", "   2        1          1           9")))
                .hasMessage("t.sm:20: successor 1: job 9 does not exist (jobs 1..4)");
        assertThatThrownBy(() -> SmReader.parse("t.sm", TINY.replace("  3      1     2       1    1", "  3      1     x       1    1")))
                .hasMessage("t.sm:29: duration: expected a non-negative integer, found 'x'");
        assertThatThrownBy(() -> SmReader.parse("t.sm", TINY.replace("  3      1     2       1    1", "  5      1     2       1    1")))
                .hasMessage("t.sm:29: jobnr.: expected job 3 (jobs in order from 1), found 5");
        assertThatThrownBy(() -> SmReader.parse("t.sm", TINY.replace("    2    4\n", "    2\n")))
                .hasMessage("t.sm:34: capacities: the header declares 2 renewable resources, found 1 capacities");
        assertThatThrownBy(() -> SmReader.parse("t.sm", TINY.replace("    1      2      0", "    1      3      0")))
                .hasMessage("t.sm:15: #jobs: 3 jobs, but the header counts 4 with source and sink, so 2");
        assertThatThrownBy(() -> SmReader.parse("t.sm", TINY.replace("RESOURCEAVAILABILITIES:", "AVAILABILITIES:")))
                .hasMessageContaining("t.sm:");
        assertThatThrownBy(() -> SmReader.parse("t.sm", TINY.replace("jobs (incl. supersource/sink ):  4", "jobs (incl. supersource/sink ):  5")))
                .hasMessage("t.sm:15: #jobs: 2 jobs, but the header counts 5 with source and sink, so 3");
        assertThatThrownBy(() -> SmReader.parse("t.sm", ""))
                .hasMessage("t.sm: file: the file is empty; expected a PSPLIB .sm file");
    }
}
