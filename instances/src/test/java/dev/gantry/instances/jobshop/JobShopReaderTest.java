package dev.gantry.instances.jobshop;

import dev.gantry.instances.TestData;
import dev.gantry.modeling.api.InputFormatException;
import dev.gantry.modeling.jobshop.JobShop;
import dev.gantry.modeling.jobshop.Operation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JobShopReaderTest {

    @Test
    void parsesJobsWithCommentsBlankLinesAndAnyWhitespace() {
        String text = "# JSPLIB-style header\n"
                + "#  instance tiny\n"
                + "\n"
                + "2 3\n"
                + " 0 5 1 0\t2 7 \n"
                + "\n"
                + "  # a comment between jobs\n"
                + "2 1 0 3 1 4\n";

        JobShop shop = JobShopReader.parse("dir/tiny.txt", text);

        assertThat(shop.name()).isEqualTo("tiny");
        assertThat(shop.machineCount()).isEqualTo(3);
        assertThat(shop.jobs()).containsExactly(
                List.of(new Operation(0, 5), new Operation(1, 0), new Operation(2, 7)),
                List.of(new Operation(2, 1), new Operation(0, 3), new Operation(1, 4)));
    }

    @Test
    void readsStagedFt06() throws IOException {
        JobShop ft06 = JobShopReader.read(TestData.require("jobshop/instances/FisherThompson1963/ft06.txt"));

        assertThat(ft06.name()).isEqualTo("ft06");
        assertThat(ft06.jobCount()).isEqualTo(6);
        assertThat(ft06.machineCount()).isEqualTo(6);
        assertThat(ft06.jobs().get(0)).containsExactly(new Operation(2, 1), new Operation(0, 3),
                new Operation(1, 6), new Operation(3, 7), new Operation(5, 3), new Operation(4, 6));
        assertThat(ft06.totalDuration()).isEqualTo(197);
    }

    @Test
    void readsTaillardLinesThatStartWithASpace() throws IOException {
        JobShop ta01 = JobShopReader.read(TestData.require("jobshop/instances/Taillard1993/ta01js.txt"));

        assertThat(ta01.name()).isEqualTo("ta01js");
        assertThat(ta01.jobCount()).isEqualTo(15);
        assertThat(ta01.machineCount()).isEqualTo(15);
        assertThat(ta01.jobs().get(0).subList(0, 3))
                .containsExactly(new Operation(6, 94), new Operation(12, 66), new Operation(4, 10));
    }

    @Test
    void readsEveryStagedInstance() throws IOException {
        Path folder = TestData.require("jobshop/instances");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }

        for (Path file : files) {
            JobShop shop = JobShopReader.read(file);
            // Every staged job visits every machine once (spec §1.2).
            for (List<Operation> job : shop.jobs()) {
                assertThat(job.stream().map(Operation::machine).sorted().toList())
                        .as(file + " job machines")
                        .isEqualTo(java.util.stream.IntStream.range(0, shop.machineCount()).boxed().toList());
            }
        }
        assertThat(files).hasSize(162);
    }

    @Test
    void emptyFileNeedsAHeader() {
        assertThatThrownBy(() -> JobShopReader.parse("e.txt", ""))
                .isInstanceOf(InputFormatException.class)
                .hasMessage("e.txt: header: the file is empty; expected a header line 'n m'");
        assertThatThrownBy(() -> JobShopReader.parse("c.txt", "# only\n\n# comments\n"))
                .hasMessage("c.txt: header: the file holds only comments; expected a header line 'n m'");
    }

    @Test
    void headerMustBeTwoPositiveIntegers() {
        assertThatThrownBy(() -> JobShopReader.parse("h.txt", "# c\n3 3 3\n"))
                .hasMessage("h.txt:2: header: expected 2 integers 'n m', found 3 tokens");
        assertThatThrownBy(() -> JobShopReader.parse("h.txt", "n 3\n"))
                .hasMessage("h.txt:1: header n: expected a non-negative integer, found 'n'");
        assertThatThrownBy(() -> JobShopReader.parse("h.txt", "2 0\n"))
                .hasMessage("h.txt:1: header m: expected an integer in 1..2147483647, found 0");
        assertThatThrownBy(() -> JobShopReader.parse("h.txt", "0 2\n"))
                .hasMessage("h.txt:1: header n: expected an integer in 1..2147483647, found 0");
        assertThatThrownBy(() -> JobShopReader.parse("h.txt", "3000000000 2\n"))
                .hasMessage("h.txt:1: header n: expected an integer in 1..2147483647, found 3000000000");
        assertThatThrownBy(() -> JobShopReader.parse("h.txt", "99999999999999999999 2\n"))
                .hasMessage("h.txt:1: header n: expected a non-negative integer, found '99999999999999999999'");
    }

    @Test
    void truncatedJobLineNamesTheExpectedCount() {
        String text = "4 6\n"
                + "0 1 1 1 2 1 3 1 4 1 5 1\n"
                + "0 1 1 1 2 1 3 1 4 1 5 1\n"
                + "# a comment\n"
                + "0 1 1 1 2 1 3 1 4 1 5 1\n"
                + "0 1 1 1 2 1 3\n";

        assertThatThrownBy(() -> JobShopReader.parse("t.txt", text))
                .isInstanceOf(InputFormatException.class)
                .hasMessage("t.txt:6: job 3: expected 12 tokens (6 machine/duration pairs), found 7");
    }

    @Test
    void badTokensNameJobOperationAndField() {
        assertThatThrownBy(() -> JobShopReader.parse("b.txt", "1 2\n0 5 1 x\n"))
                .hasMessage("b.txt:2: job 0 operation 1 duration: expected a non-negative integer, found 'x'");
        assertThatThrownBy(() -> JobShopReader.parse("b.txt", "1 2\n0 5 1 -4\n"))
                .hasMessage("b.txt:2: job 0 operation 1 duration: expected a non-negative integer, found '-4'");
        assertThatThrownBy(() -> JobShopReader.parse("b.txt", "1 2\n0 5 1 99999999999999999999\n"))
                .hasMessage("b.txt:2: job 0 operation 1 duration: "
                        + "expected a non-negative integer, found '99999999999999999999'");
        assertThatThrownBy(() -> JobShopReader.parse("b.txt", "1 2\n-1 5 1 4\n"))
                .hasMessage("b.txt:2: job 0 operation 0 machine: expected a non-negative integer, found '-1'");
        assertThatThrownBy(() -> JobShopReader.parse("b.txt", "1 6\n0 1 1 1 7 1 3 1 4 1 5 1\n"))
                .hasMessage("b.txt:2: job 0 operation 2 machine: machine 7 is outside 0..5");
    }

    @Test
    void missingJobLinesAreReportedAtTheLastLine() {
        assertThatThrownBy(() -> JobShopReader.parse("m.txt", "3 1\n0 4\n0 5\n\n"))
                .hasMessage("m.txt:4: job 2: the header announces 3 jobs, found only 2 job lines");
    }

    @Test
    void dataAfterTheLastJobIsAnError() {
        assertThatThrownBy(() -> JobShopReader.parse("x.txt", "1 1\n0 4\n# fine\n0 5\n"))
                .hasMessage("x.txt:4: end of file: unexpected data after the 1 job lines the header announces");
    }
}
