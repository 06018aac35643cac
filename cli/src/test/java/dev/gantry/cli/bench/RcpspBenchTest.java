package dev.gantry.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.instances.TestData;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RcpspBenchTest {
    @Test
    void printsARowPerInstanceAndTheSummaries() throws Exception {
        Path data = TestData.require("rcpsp/j30/optimum/optimum.csv").getParent().getParent().getParent().getParent();
        StringWriter text = new StringWriter();
        new RcpspBench(data, Duration.ofSeconds(5), 2, 1, new PrintWriter(text)).run("j30", 2);
        String out = text.toString();
        // j301_1: CPM 38, optimum 43; LFT serial 49, parallel 43 (spec §2.4)
        assertThat(out).containsPattern("j301_1 +38 +43 +43 \\| +49 +43 +43 \\| OPTIMAL +43 +43 .* yes")
                .containsPattern("j301_2 +\\d+ +47 +47 \\|.*\\| OPTIMAL +47 +47 .* yes")
                .containsPattern("j301_2 +42 +47 +47 \\| +51 +50 +47 \\|")
                .containsPattern("serial-lft +0/2 ")
                .containsPattern("parallel-lft +1/2 ")
                .containsPattern("best-sgs +2/2 +0\\.00%")
                .containsPattern("cpsat +2/2 +0\\.00%")
                .contains("cpsat: 2 of 2 at the known optimum (2 with a known optimum), 2 proven optimal, 2 with a plan")
                .contains("plans failing verification: 0");
    }
}
